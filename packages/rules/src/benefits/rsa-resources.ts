import { groupByMonth } from '../parameters.ts';
import { monthlyAt, monthlySum, type Population, R } from '../population.ts';
import type { MonthState } from '../month-state.ts';
import { rsaParameters as rsaP } from '../../parameters/rsa.ts';

const rsaPAt = groupByMonth(rsaP);

/** A resource stopped this month (none now, some last month): the law neutralises it (R262-13 CASF). */
function stopped(pop: Population, r: number, i: number, offset: number): boolean {
  return monthlyAt(pop, r, i, offset) === 0 && monthlyAt(pop, r, i, offset + 1) > 0;
}

/**
 * Monthly resources of individu i for RSA in the month of `s`: the average of the three previous
 * months (R262-7 CASF) of pay, unemployment benefit, pensions and alimony. Earnings and
 * replacement income that stopped are neutralised when nothing replaces them; other resources
 * that stopped are reduced by up to three montants forfaitaires.
 */
export function rsaIndividualResources(
  pop: Population,
  s: MonthState,
  i: number,
  out: RsaResources,
): RsaResources {
  const o = s.offset;
  const replaced = monthlyAt(pop, R.chomageNet, i, o) + monthlyAt(pop, R.retraiteNette, i, o) > 0;
  const cap = 3 * rsaPAt(s.month).montantDeBase;
  out.activity = professional(pop, R.salaireNet, i, o, replaced) / 3;
  out.other =
    (professional(pop, R.chomageNet, i, o, replaced) +
      professional(pop, R.retraiteNette, i, o, replaced) +
      otherResource(pop, R.pensionsAlimentaires, i, o, cap) +
      otherResource(pop, R.pensionsInvalidite, i, o, cap)) /
    3;
  return out;
}

/** Earnings and replacement income of the quarter, neutralised when they stopped unreplaced. */
function professional(pop: Population, r: number, i: number, o: number, replaced: boolean): number {
  return stopped(pop, r, i, o) && !replaced ? 0 : monthlySum(pop, r, i, o + 1, 3);
}

/** Other resources of the quarter, reduced by up to `cap` when they stopped. */
function otherResource(pop: Population, r: number, i: number, o: number, cap: number): number {
  return Math.max(0, monthlySum(pop, r, i, o + 1, 3) - (stopped(pop, r, i, o) ? cap : 0));
}

/** Monthly RSA resources of one individu: earnings, and everything else. */
export interface RsaResources {
  activity: number;
  other: number;
}

/**
 * Who counts in the RSA famille in the month of `s` (R262-3 CASF): dependent children under 25
 * whose own resources stay under the increase they bring (40 % of the montant forfaitaire), and
 * whether a single parent of a child under 3 opens the RSA majoré (L262-9 CASF).
 */
export function computeRsaComposition(pop: Population, s: MonthState): void {
  const m = s.month;
  const P = rsaPAt(m);
  const base = P.montantDeBase;
  const childIncrease = P.majorationPersonneSupplementaire * base;
  const ageLimit = P.ageMinimum;
  const youngChild = P.majorationIsolementAgeEnfant;
  const scratch: RsaResources = { activity: 0, other: 0 };
  for (let f = 0; f < pop.nFamilies; f++) {
    if (!s.active[f]) continue;
    const first = pop.firstPerson[f]!;
    const last = first + pop.personCount[f]!;
    let children = 0;
    let hasYoungChild = false;
    for (let i = first; i < last; i++) {
      s.rsaChild[i] = 0;
      if (pop.role[i] !== 2 || s.autonomous[i] === 1) continue;
      const age = s.age[i]!;
      if (age >= 0 && age < youngChild) hasYoungChild = true;
      if (age >= ageLimit) continue;
      const own = rsaIndividualResources(pop, s, i, scratch);
      if (own.activity + own.other < childIncrease) {
        s.rsaChild[i] = 1;
        children++;
      }
    }
    s.rsaNbEnfants[f] = children;
    // L262-9 CASF: a single parent of a child under 3, or a single pregnant woman.
    const pregnant = s.pregnancy[f] === 1;
    s.rsaMajoreEligible[f] =
      s.nbParents[f] === 1 && (children > 0 || pregnant) && (hasYoungChild || pregnant) ? 1 : 0;
  }
}

/** Family benefits counted by RSA and the prime d'activité (R262-11 CASF, R844-4 s. CSS). */
export function familyBenefitsCounted(s: MonthState, f: number): number {
  const cf = s.cf[f]! > 0 ? s.cfNonMajore[f]! : 0;
  return s.paje[f]! + s.rsaForfaitAsf[f]! + cf + Math.min(s.afBase[f]!, s.af[f]!);
}
