import type { Columns } from '../../columns.ts';
import { entryAt, groupByMonth, valueAt, type Parameter } from '../../parameters.ts';
import {
  ageAt,
  ageInMonthsAt,
  epochDays,
  monthOfYear,
  yearNMinus2,
  yearOf,
  type Month,
} from '../../periods.ts';
import { monthlyAt, monthlySum, PAST_MONTHS, R, type Population } from '../../population.ts';
import { birthEpochDays, newMonthState } from '../../month-state.ts';
import { subPopulation } from '../../sub-population.ts';
import { cssParameters as css } from './css-parameters.ts';
import { commonParameters } from '../../../parameters/common.ts';
import { prestationsFamilialesParameters } from '../prestations-familiales/prestations-familiales-parameters.ts';
import { computeAah } from '../handicap-vieillesse/aah.ts';
import { computeAspaAsi } from '../handicap-vieillesse/aspa-asi.ts';
import { computeFamilyResources } from '../../shared/family-resources.ts';
import {
  afMajorationOpening,
  computePrestationsFamiliales,
} from '../prestations-familiales/prestations-familiales.ts';

const cssAt = groupByMonth(css);
const pf = prestationsFamilialesParameters;

/**
 * The benefits the Complémentaire santé solidaire counts over the twelve months before M
 * (R861-8 CSS), computed month by month with each month's own inputs and parameters, for the
 * familles marked in `exact`: family benefits (AF, ASF, CF) and ASPA per famille, AAH and ASI
 * per individu, each after its CSS allowance of that month.
 */
export interface CssPastYear {
  exact: Uint8Array;
  family: Float64Array;
  person: Float64Array;
}

/**
 * Familles whose CSS resources must be computed month by month: those who may receive family
 * benefits over the year (a child of 21 or less a year before M) and whose benefits of the past
 * months cannot be derived from M — a monthly input changes over the window, alimony makes the
 * ASF differential, or a child is born or crosses an age of the family benefits (3, 14, 16, 20,
 * 21) during the year. Familles with a
 * disabled member or a member of 60 or more keep the derivation (AAH, ASI, ASPA; see
 * docs/divergences.md #11). A famille with RSA in M has the free CSS whatever its resources: it
 * is left out.
 */
export function cssPastFamilies(
  pop: Population,
  age: Int32Array,
  birthDays: Float64Array,
  rsa: Float64Array,
  out: Uint8Array,
): number {
  // Days lived + 1 on the first day of M-12, as `ageAt` counts them.
  const yearBefore = epochDays(yearOf(pop.month - 12), monthOfYear(pop.month - 12), 1) + 1;
  const m = pop.month;
  // Ages at which a child's family benefits change: birth, 3 (PAJE, CF), 16 (autonomy test), 20
  // (AF limit and forfait), 21 (CF limit) and the AF majoration (per child) — each as of M-12
  // and of M: a child between the two values of an age changed by law in the year is not
  // derivable.
  const ages = [pf.cfAgeMin, pf.ageIntermediaire, pf.ageLimite, pf.afAgeForfaitaire, pf.cfAgeMax];
  const low = [0, ...ages.map((p) => Math.min(valueAt(p, m - 12), valueAt(p, m)))];
  const high = [0, ...ages.map((p) => Math.max(valueAt(p, m - 12), valueAt(p, m)))];
  const majorationBefore = valueAt(pf.afAgeMajoration, m - 12);
  const majorationNow = valueAt(pf.afAgeMajoration, m);
  const crosses = (before: number, after: number, lo: number, hi: number): boolean =>
    after >= lo && before <= hi && (before < lo || lo !== hi);
  const limit = valueAt(pf.cfAgeMax, m);
  // Above this, the parents' own resources alone exceed the CSS ceiling with participation for
  // any composition of the famille's size: family benefits cannot change the decision.
  const P = cssAt(m);
  const perPerson = Math.max(P.coeffP2, P.coeffP3P4, P.coeffP5Plus);
  const topCeiling = (persons: number): number =>
    Math.round(P.plafondBase * (1 + perPerson * (persons - 1))) *
    (1 + P.majorationPlafondParticipation);
  let count = 0;
  for (let f = 0; f < pop.nFamilies; f++) {
    if (rsa[f]! > 0) continue;
    const first = pop.firstPerson[f]!;
    const last = first + pop.personCount[f]!;
    let possible = false;
    let derivable = pop.changing[f] === 0;
    let disabledOrOld = false;
    let parentsYear = 0;
    for (let i = first; i < last; i++) {
      // Alimony makes the ASF differential: it does not follow the BMAF.
      if (monthlyAt(pop, R.pensionsAlimentaires, i, 0) > 0) derivable = false;
      const invalidity = monthlyAt(pop, R.pensionsInvalidite, i, 0) > 0;
      if (pop.incapacity[i]! > 0 || pop.handicap[i] === 1 || invalidity) disabledOrOld = true;
      else if (pop.role[i] !== 2) {
        if (age[i]! >= 60) disabledOrOld = true;
      } else {
        const before = Math.floor(((yearBefore - birthDays[i]!) * 400) / 146_097);
        if (before <= limit) possible = true;
        const after = age[i]!;
        for (let t = 0; t < low.length; t++)
          if (crosses(before, after, low[t]!, high[t]!)) derivable = false;
        const o1 = afMajorationOpening(pop, i, majorationBefore);
        const o2 = afMajorationOpening(pop, i, majorationNow);
        if (crosses(before, after, Math.min(o1, o2), Math.max(o1, o2))) derivable = false;
      }
    }
    // AAH, ASI and ASPA of the past months stay derived from M (docs/divergences.md #5, #11):
    // computed month by month here, they move away from OpenFisca's.
    if (disabledOrOld) possible = false;
    if (possible && !derivable) {
      for (let i = first; i < last; i++)
        if (pop.role[i] !== 2)
          parentsYear +=
            (1 - P.abattementChomage) * monthlySum(pop, R.salaireNet, i, 1, 12) +
            monthlySum(pop, R.chomageNet, i, 1, 12) +
            monthlySum(pop, R.retraiteNette, i, 1, 12) +
            monthlySum(pop, R.pensionsAlimentaires, i, 1, 12);
      if (parentsYear > topCeiling(pop.personCount[f]!)) possible = false;
    }
    if (possible && !derivable) {
      out[f] = 1;
      count++;
    }
  }
  return count;
}

/** Computes `CssPastYear` for the familles marked in `exact` (see `cssPastFamilies`). */
export function computeCssPastYear(
  pop: Population,
  exact: Uint8Array,
  columns: Columns,
  all = false,
): CssPastYear {
  const family = columns.f64(pop.nFamilies);
  const person = columns.f64(pop.nPersons);
  const { sub, familyIndex, personIndex } = subPopulation(pop, exact, columns);
  const birthDays = birthEpochDays(sub, columns);
  const history: Float64Array[] = [];
  let previousAsi: Float64Array = columns.f64(sub.nPersons);
  const pfIndividual = columns.f64(sub.nPersons);
  // The family benefits of the last month computed for each famille: a famille whose inputs do
  // not change keeps them until a law, the income year or a child's age changes.
  const lastFamily = columns.f64(sub.nFamilies);
  // Months M-12 … M-1: k = -PAST_MONTHS … 2.
  for (let k = -PAST_MONTHS; k < 3; k++) {
    const m = pop.month - (3 - k);
    const active = columns.u8(sub.nFamilies);
    const everyone = all || k === -PAST_MONTHS || lawChanges(m);
    for (let g = 0; g < sub.nFamilies; g++) {
      active[g] = everyone || sub.changing[g] === 1 || childAgeChanges(sub, g, m) ? 1 : 0;
    }
    const s = newMonthState(sub, k, columns, birthDays, active);
    pfIndividual.fill(0);
    computeFamilyResources(sub, s, pfIndividual);
    computePrestationsFamiliales(sub, s, pfIndividual);
    // The familles computed here have no disabled member, no invalidity pension and no member
    // of 60 or more (`cssPastFamilies`) unless all are asked for: AAH, ASI and ASPA only then.
    if (all) {
      computeAah(sub, s, previousAsi);
      history.push(s.aah);
      computeAspaAsi(sub, s, history, undefined, -PAST_MONTHS);
      // The first month has no ASI before it: its AAH is taken against its own ASI, as for M-3.
      if (k === -PAST_MONTHS) computeAah(sub, s, s.asi);
      previousAsi = s.asi;
    }
    const P = cssAt(s.month);
    for (let g = 0; g < sub.nFamilies; g++) {
      const f = familyIndex[g]!;
      if (!active[g]) {
        family[f] = family[f]! + lastFamily[g]!;
        continue;
      }
      const first = sub.firstPerson[g]!;
      const last = first + sub.personCount[g]!;
      const couple = s.nbParents[g] === 2;
      let asiRecipients = 0;
      for (let j = first; j < last; j++) if (sub.role[j] !== 2 && s.asi[j]! > 0) asiRecipients++;
      for (let j = first; j < last; j++) {
        const aah = s.aah[j]!;
        const asi = s.asi[j]!;
        const asiAllowance =
          aah > 0
            ? 0
            : asiRecipients > 1
              ? P.abattementAsiCouple / 2
              : asi > 0
                ? P.abattementAsiSeul
                : 0;
        const i = personIndex[j]!;
        person[i] =
          person[i]! + Math.max(aah - P.abattementAah, 0) + Math.max(asi - asiAllowance, 0);
      }
      const aspa = s.aspa[g]!;
      const aspaNet =
        aspa > 0 ? Math.max(aspa - (couple ? P.abattementAspaCouple : P.abattementAspaSeul), 0) : 0;
      lastFamily[g] = s.af[g]! + s.asf[g]! + s.cf[g]! + aspaNet;
      family[f] = family[f]! + lastFamily[g]!;
    }
  }
  return { exact, family, person };
}

const lawParameters: Parameter<unknown>[] = [
  ...Object.values(prestationsFamilialesParameters),
  ...Object.values(commonParameters),
];

/** Whether a family-benefit or common legal value, or the income year N-2, changes in month m. */
function lawChanges(m: Month): boolean {
  if (yearNMinus2(m) !== yearNMinus2(m - 1)) return true;
  return lawParameters.some((p) => entryAt(p, m) !== entryAt(p, m - 1));
}

/** Whether a child of famille g has a birthday in month m, or is born around it. */
function childAgeChanges(pop: Population, g: number, m: Month): boolean {
  const first = pop.firstPerson[g]!;
  for (let i = first; i < first + pop.personCount[g]!; i++) {
    if (pop.role[i] !== 2) continue;
    const y = pop.birthYear[i]!;
    const mo = pop.birthMonth[i]!;
    const d = pop.birthDay[i]!;
    if (ageInMonthsAt(m, y, mo, d) < 2) return true;
    if (ageAt(m, y, mo, d) !== ageAt(m - 1, y, mo, d)) return true;
  }
  return false;
}
