import { groupByMonth } from '../parameters.ts';
import { R, WINDOW, type Population } from '../population.ts';
import type { MonthState } from '../month-state.ts';
import { rsaParameters as rsaP } from '../../parameters/rsa.ts';

const rsaPAt = groupByMonth(rsaP);

/**
 * Monthly resources of every individu for RSA in the month of `s`, into `s.rsaActivity` and
 * `s.rsaOther`: the average of the three previous months (R262-7 CASF) of pay, unemployment
 * benefit, pensions and alimony. A resource that stopped this month (none now, some last month)
 * is neutralised (R262-13 CASF): earnings and replacement income entirely when nothing replaces
 * them, other resources by up to three montants forfaitaires. One pass per resource, so each
 * loop reads its columns in order.
 */
export function computeRsaIndividualResources(pop: Population, s: MonthState): void {
  const n = pop.nPersons;
  const o = s.offset;
  const cap = 3 * rsaPAt(s.month).montantDeBase;
  const replaced = new Uint8Array(n);
  const chomage = at(pop, R.chomageNet, o);
  const retraite = at(pop, R.retraiteNette, o);
  for (let i = 0; i < n; i++) {
    replaced[i] = pop.monthlyData[chomage + i]! + pop.monthlyData[retraite + i]! > 0 ? 1 : 0;
  }
  s.rsaActivity.fill(0);
  s.rsaOther.fill(0);
  const professional = (r: number, out: Float64Array): void => {
    const now = at(pop, r, o);
    const d = pop.monthlyData;
    for (let i = 0; i < n; i++) {
      const m1 = d[now - n + i]!;
      const stopped = d[now + i] === 0 && m1 > 0;
      if (stopped && !replaced[i]) continue;
      out[i] = out[i]! + (m1 + d[now - 2 * n + i]! + d[now - 3 * n + i]!) / 3;
    }
  };
  const other = (r: number): void => {
    const now = at(pop, r, o);
    const d = pop.monthlyData;
    for (let i = 0; i < n; i++) {
      const m1 = d[now - n + i]!;
      const quarter = m1 + d[now - 2 * n + i]! + d[now - 3 * n + i]!;
      if (quarter === 0) continue;
      const stopped = d[now + i] === 0 && m1 > 0;
      s.rsaOther[i] = s.rsaOther[i]! + Math.max(0, quarter - (stopped ? cap : 0)) / 3;
    }
  };
  professional(R.salaireNet, s.rsaActivity);
  professional(R.chomageNet, s.rsaOther);
  professional(R.retraiteNette, s.rsaOther);
  other(R.pensionsAlimentaires);
  other(R.pensionsInvalidite);
}

/** Index in `monthlyData` of resource r, `offset` months before M, for individu 0. */
function at(pop: Population, r: number, offset: number): number {
  return (r * WINDOW + WINDOW - 1 - offset) * pop.nPersons;
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
      if (s.rsaActivity[i]! + s.rsaOther[i]! < childIncrease) {
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
