import { groupByMonth } from '../../parameters.ts';
import { Extra, R, WINDOW, type Population } from '../../population.ts';
import { capitalIncome, savingsRates, type SavingsRates } from '../../shared/capital-resources.ts';
import {
  autoEntrepreneurProfit,
  lastKnownMicroMonthly,
  microRates,
} from '../../shared/micro-resources.ts';
import type { MonthState } from '../../month-state.ts';
import { rsaParameters as rsaP } from './rsa-parameters.ts';

const rsaPAt = groupByMonth(rsaP);

/**
 * Monthly resources of the individus of the month's active familles for RSA in the month of `s`,
 * into `s.rsaActivity` and `s.rsaOther`: the average of the three previous months (R262-7 CASF)
 * of pay, unemployment benefit, pensions and alimony. A resource that stopped this month (none
 * now, some last month) is neutralised (R262-13 CASF): earnings and replacement income entirely
 * when nothing replaces them, other resources by up to three montants forfaitaires. One pass over
 * the individus reads the five resources' months side by side.
 */
export function computeRsaIndividualResources(pop: Population, s: MonthState): void {
  const n = pop.nPersons;
  const o = s.offset;
  const cap = 3 * rsaPAt(s.month).montantDeBase;
  const d = pop.monthlyData;
  const pay = at(pop, R.salaireNet, o);
  const chomage = at(pop, R.chomageNet, o);
  const retraite = at(pop, R.retraiteNette, o);
  const alimony = at(pop, R.pensionsAlimentaires, o);
  const invalidity = at(pop, R.pensionsInvalidite, o);
  const apprentice = at(pop, R.remunerationApprenti, o);
  // Savings and micro profit are read month by month with each month's rates.
  const savings: SavingsRates[] = [0, 1, 2, 3].map((j) => savingsRates(s.month - j));
  const micro = [0, 1, 2, 3].map((j) => microRates(s.month - j));
  const microYear = Math.floor(s.month / 12);
  /** Average of the quarter of a professional or replacement income; 0 when neutralised. */
  const professional = (now: number, replaced: boolean): number => {
    const m1 = d[now - n]!;
    const stopped = d[now] === 0 && m1 > 0;
    return stopped && !replaced ? 0 : (m1 + d[now - 2 * n]! + d[now - 3 * n]!) / 3;
  };
  /** Average of the quarter of another resource, less the neutralisation when it stopped. */
  const other = (now: number): number => {
    const m1 = d[now - n]!;
    const quarter = m1 + d[now - 2 * n]! + d[now - 3 * n]!;
    if (quarter === 0) return 0;
    const stopped = d[now] === 0 && m1 > 0;
    return Math.max(0, quarter - (stopped ? cap : 0)) / 3;
  };
  for (let f = 0; f < pop.nFamilies; f++) {
    if (!s.active[f]) continue;
    const last = pop.firstPerson[f]! + pop.personCount[f]!;
    for (let i = pop.firstPerson[f]!; i < last; i++) {
      const replaced = d[chomage + i]! + d[retraite + i]! > 0;
      let activity = professional(pay + i, replaced);
      let others = 0;
      const extra = pop.extra[i]!;
      if (extra & Extra.apprenti) activity += professional(apprentice + i, replaced);
      if (extra & Extra.micro) {
        // Micro-entrepreneur: the quarter's profit, and the last known yearly profit (R262-6 CASF).
        const profit = [0, 1, 2, 3].map((j) => autoEntrepreneurProfit(pop, i, o + j, micro[j]!));
        const stopped = profit[0] === 0 && profit[1]! > 0;
        if (!stopped || replaced) activity += (profit[1]! + profit[2]! + profit[3]!) / 3;
        activity += lastKnownMicroMonthly(pop, i, microYear, micro[0]!);
      }
      if (extra & Extra.capital) {
        // Capital: interest paid, 3 % a year of capital yielding nothing (R132-1 by R262-6 CASF).
        const income = [0, 1, 2, 3].map((j) => capitalIncome(pop, i, o + j, savings[j]!));
        const quarter = income[1]! + income[2]! + income[3]!;
        const stopped = income[0] === 0 && income[1]! > 0;
        others += Math.max(0, quarter - (stopped ? cap : 0)) / 3;
      }
      s.rsaActivity[i] = activity;
      others += professional(chomage + i, replaced);
      others += professional(retraite + i, replaced);
      others += other(alimony + i);
      others += other(invalidity + i);
      s.rsaOther[i] = others;
    }
  }
}

/** Index in `monthlyData` of resource r, `offset` months before M, for individu 0. */
function at(pop: Population, r: number, offset: number): number {
  return (r * WINDOW + WINDOW - 1 - offset) * pop.nPersons;
}

/**
 * Who counts in the RSA famille in the month of `s` (R262-3 CASF): dependent children under 25
 * whose own resources stay under the increase they bring (40 % of the montant forfaitaire), and
 * whether a single parent opens the RSA majoré (L262-9 CASF): with a child under 3, or within 18
 * months of becoming alone (`rsa_isolement_recent`), or pregnant.
 */
export function computeRsaComposition(pop: Population, s: MonthState): void {
  const m = s.month;
  const P = rsaPAt(m);
  const base = P.montantDeBase;
  const childIncrease = P.majorationPersonneSupplementaire * base;
  const ageLimit = P.ageMinimum;
  const youngChild = P.majorationIsolementAgeEnfant;
  // A child whose presence opens the RSA majoré of a recently isolated parent counts while its
  // resources stay under the increase it brings (the majoration for one child, L262-9 CASF).
  const loneChildIncrease = (P.majorationIsolementBase - 1 + P.majorationIsolementParEnfant) * base;
  for (let f = 0; f < pop.nFamilies; f++) {
    if (!s.active[f]) continue;
    const first = pop.firstPerson[f]!;
    const last = first + pop.personCount[f]!;
    const pregnant = s.pregnancy[f] === 1;
    // Isolement récent: alone for less than 18 months after a separation or a death (L262-9 CASF).
    const recentlyAlone = s.nbParents[f] === 1 && ((pop.isolementRecent[f]! >> s.k) & 1) === 1;
    let candidates = 0;
    if (recentlyAlone && !pregnant) {
      for (let i = first; i < last; i++)
        if (pop.role[i] === 2 && s.autonomous[i] === 0 && s.age[i]! < ageLimit) candidates++;
    }
    const limit = recentlyAlone && !pregnant && candidates <= 1 ? loneChildIncrease : childIncrease;
    let children = 0;
    let hasYoungChild = false;
    for (let i = first; i < last; i++) {
      s.rsaChild[i] = 0;
      if (pop.role[i] !== 2 || s.autonomous[i] === 1) continue;
      const age = s.age[i]!;
      if (age >= 0 && age < youngChild) hasYoungChild = true;
      if (age >= ageLimit) continue;
      if (s.rsaActivity[i]! + s.rsaOther[i]! < limit) {
        s.rsaChild[i] = 1;
        children++;
      }
    }
    s.rsaNbEnfants[f] = children;
    // L262-9 CASF: a single parent of a child under 3, or recently alone with a child, or a
    // single pregnant woman.
    s.rsaMajoreEligible[f] =
      s.nbParents[f] === 1 &&
      (children > 0 || pregnant) &&
      (hasYoungChild || pregnant || recentlyAlone)
        ? 1
        : 0;
  }
}

/** Family benefits counted by RSA and the prime d'activité (R262-11 CASF, R844-4 s. CSS). */
export function familyBenefitsCounted(s: MonthState, f: number): number {
  const cf = s.cf[f]! > 0 ? s.cfNonMajore[f]! : 0;
  return s.paje[f]! + s.rsaForfaitAsf[f]! + cf + Math.min(s.afBase[f]!, s.af[f]!);
}
