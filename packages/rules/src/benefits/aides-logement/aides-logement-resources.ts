import { Activite, isTenant } from '../../entities.ts';
import { valueAt } from '../../parameters.ts';
import { monthOfYear, previousYear, yearNMinus2 } from '../../periods.ts';
import { Extra, monthlyAt, yearlyAt, type Population, R, Y } from '../../population.ts';
import { microRates, microTaxable } from '../../shared/micro-resources.ts';
import { patrimoineParameters as pat } from '../../../parameters/patrimoine.ts';
import type { MonthState } from '../../month-state.ts';
import { commonParameters as common } from '../../../parameters/common.ts';
import { aidesLogementParameters as al } from './aides-logement-parameters.ts';
import { handicapVieillesseParameters as hv } from '../handicap-vieillesse/handicap-vieillesse-parameters.ts';
import { accessionEligible, accessionScales } from './aides-logement-accession.ts';
import {
  pensionsAfterAllowance,
  salaryDeduction,
  taxAllowances,
} from '../../shared/tax-allowances.ts';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of the first day of month m. */
function firstDayOf(m: number): number {
  return Date.UTC(Math.floor(m / 12), monthOfYear(m) - 1, 1) / DAY_MS;
}

/**
 * Yearly resources of housing aid (R822-3 s. CCH, since January 2021): each parent's taxable
 * pay and unemployment benefit of the rolling year (M-13 … M-2) after the 10 % deduction, with
 * the 30 % allowance for people unemployed for more than two months, retired or on AAH
 * (R822-13, R822-14), neutralised for a parent long unemployed without benefit (R822-15 s.);
 * pensions and alimony after their 10 % allowance; dependants' resources above 1.25 ASPA; minus
 * the allowance for a couple of earners; students at the flat amount; rounded up to 100 €.
 */
export function computeAidesLogementResources(
  pop: Population,
  s: MonthState,
  rsaLastMonth?: Float64Array,
): void {
  const m = s.month;
  const lastYearTax = taxAllowances(previousYear(m) * 12);
  const tax = taxAllowances(m);
  const twoMonthsAgo = firstDayOf(m - 2);
  const allowance = valueAt(al.abattementChomage, m);
  const childAllowance = 1.25 * valueAt(hv.aspaPlafondSeul, yearNMinus2(m) * 12 + 11);
  const biactivityFloor = 12 * valueAt(common.bmaf, m);
  const studentFlat = valueAt(al.etudiantForfait, m);
  const studentScholarship = valueAt(al.etudiantMinorationBoursier, m);
  const studentAgeMax = valueAt(al.etudiantAgeMax, m);
  const coupleOfEarnersAllowance = valueAt(al.abattementDoubleActivite, m);
  const capitalThreshold = valueAt(pat.seuilPatrimoineAidesLogement, m);
  const flatYield = valueAt(pat.tauxCapitalNonProductif, m);
  const n2 = yearNMinus2(m);
  const micro = microRates(n2 * 12);

  for (let f = 0; f < pop.nFamilies; f++) {
    if (!s.active[f]) continue;
    // Only tenants and eligible home buyers get housing aid; the resources of others are never read.
    const accession = accessionEligible(pop, f);
    if (!isTenant(pop.housing[f]!) && !accession) continue;
    const first = pop.firstPerson[f]!;
    const last = first + pop.personCount[f]!;
    // A parent unemployed for more than two months without benefit neutralises the famille's pay.
    // So does the RSA paid to the famille last month (R822-17 CCH).
    let neutralised = rsaLastMonth !== undefined && rsaLastMonth[f]! > 0;
    let earners = 0;
    for (let i = first; i < last; i++) {
      if (pop.role[i] === 2) continue;
      // Unemployed without benefit, or whose benefit is topped up by the ASS (R822-17 CCH).
      const chomage = monthlyAt(pop, R.chomageImposable, i, s.offset);
      const unemployedWithoutBenefit =
        (s.activite[i] === Activite.chomeur && chomage === 0) ||
        (chomage > 0 &&
          (pop.extra[i]! & Extra.ass) !== 0 &&
          monthlyAt(pop, R.ass, i, s.offset) > 0);
      if (unemployedWithoutBenefit && pop.unemploymentStart[i]! < twoMonthsAgo) neutralised = true;
      const ownMicro =
        pop.extra[i]! & Extra.micro ? microTaxable(pop, i, Math.floor(m / 12), micro) : 0;
      if (monthlyAt(pop, R.salaireImposable, i, s.offset) + ownMicro >= biactivityFloor) earners++;
    }
    let parents = 0;
    let children = 0;
    let demandeurStudent = false;
    for (let i = first; i < last; i++) {
      const k = s.k;
      const pay = yearlyAt(pop, Y.salaireImposableRolling, i, k);
      const unemployment = yearlyAt(pop, Y.chomageImposableRolling, i, k);
      const payNet = pay - salaryDeduction(pay + unemployment, lastYearTax);
      // Taxable micro profit of year N-2 joins the pay (R822-3 CCH).
      const selfEmployed = pop.extra[i]! & Extra.micro ? microTaxable(pop, i, n2, micro) : 0;
      const noPayThisMonth =
        monthlyAt(pop, R.salaireImposable, i, s.offset) === 0 && selfEmployed === 0;
      const onAah = s.aah[i]! > 0;
      const retired = s.activite[i] === Activite.retraite;
      const longUnemployed =
        s.activite[i] === Activite.chomeur && pop.unemploymentStart[i]! < twoMonthsAgo;
      const payAllowance = longUnemployed || ((retired || onAah) && noPayThisMonth) ? allowance : 0;
      const benefitAllowance = (retired || onAah) && noPayThisMonth ? allowance : 0;
      let professional =
        (Math.max(0, payNet) + selfEmployed) * (1 - payAllowance) +
        (unemployment + (pay + unemployment > 0 ? Math.min(0, payNet) : 0)) *
          (1 - benefitAllowance);
      const isParent = pop.role[i] !== 2;
      if (isParent && neutralised) professional = 0;
      const pensions = pensionsAfterAllowance(
        yearlyAt(pop, Y.pensionsAlimentairesN1, i, k) +
          yearlyAt(pop, Y.retraiteImposableRolling, i, k) +
          yearlyAt(pop, Y.pensionsInvaliditeN2, i, k),
        tax,
      );
      const own = professional + pensions;
      if (isParent) parents += own;
      else children += Math.max(0, own - childAllowance);
      if (pop.role[i] === 0) {
        demandeurStudent = s.activite[i] === Activite.etudiant && s.age[i]! < studentAgeMax;
      }
    }
    let resources =
      Math.max(0, parents) + children + capitalResource(pop, s, f, capitalThreshold, flatYield);
    if (s.nbParents[f] === 2 && earners === 2) resources -= coupleOfEarnersAllowance;
    resources = Math.max(resources, 0);
    if (demandeurStudent) {
      const demandeur = first;
      resources = Math.max(
        0,
        studentFlat - (pop.boursier[demandeur] === 1 ? studentScholarship : 0),
      );
    }
    resources = Math.round(resources * 100) / 100;
    resources = Math.ceil(resources / 100) * 100;
    // A home buyer's resources are at least a multiple of the repayment (D842-12 CCH).
    s.alResources[f] = accession
      ? Math.max(resources, pop.rent[f]! * accessionScales(m).floorCoef)
      : resources;
  }
}

/**
 * Yearly resource drawn from the famille's savings (L822-5, R822-22 CCH): when savings exceed
 * 30 000 €, 3 % of the capital that yields no taxable income (livret A and other tax-free
 * savings). Not for a famille receiving the AAH, nor in a foyer.
 */
function capitalResource(
  pop: Population,
  s: MonthState,
  f: number,
  threshold: number,
  flatYield: number,
): number {
  const first = pop.firstPerson[f]!;
  const last = first + pop.personCount[f]!;
  let taxFree = 0;
  let total = 0;
  for (let i = first; i < last; i++) {
    if (!(pop.extra[i]! & Extra.capital)) continue;
    if (s.aah[i]! > 0) return 0;
    const free =
      monthlyAt(pop, R.livretA, i, s.offset) + monthlyAt(pop, R.epargneNonImposable, i, s.offset);
    taxFree += free;
    total += free + monthlyAt(pop, R.epargneImposable, i, s.offset);
  }
  if (total <= threshold) return 0;
  for (let i = first; i < last; i++) if (s.aah[i]! > 0) return 0;
  return taxFree * flatYield;
}
