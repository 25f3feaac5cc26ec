import { valueAt } from '../parameters.ts';
import { monthlyAt, monthlySum, yearlyAt, type Population } from '../population.ts';
import type { MonthState } from '../month-state.ts';
import { commonParameters as common } from '../../parameters/common.ts';
import { handicapVieillesseParameters as hv } from '../../parameters/handicap-vieillesse.ts';

/** True when individu i meets the disability and age conditions of the AAH (L821-1, L821-2 CSS). */
export function aahEligible(pop: Population, s: MonthState, i: number): boolean {
  const m = s.month;
  const rate = pop.incapacity[i]!;
  const age = s.age[i]!;
  const severe = rate >= valueAt(hv.aahTauxIncapacite, m);
  const restricted =
    rate >= valueAt(hv.aahTauxIncapaciteRsdae, m) &&
    pop.rsdae[i] === 1 &&
    age <= valueAt(hv.aahAgeRetraite, m);
  const oldEnough =
    age >= valueAt(hv.aahAgeMinimal, m) || (age >= valueAt(hv.aahAgeFinEduc, m) && !s.pfChild[i]);
  return (severe || restricted) && oldEnough;
}

/**
 * Allocation aux adultes handicapés for the month of `s`, per individu, on the individual
 * (déconjugalisée, since October 2023) resources: the last quarter for people in work (R821-4-1),
 * year N-2 otherwise, with the earnings allowances of D821-9 CSS. `previousAsi` is the ASI the
 * person received the month before, which the AAH does not add to (L821-1).
 */
export function computeAah(pop: Population, s: MonthState, previousAsi: Float64Array): void {
  const m = s.month;
  const maximum = valueAt(hv.aahMontant, m);
  const smicYear = 12 * valueAt(common.smicHoraire, m) * valueAt(common.smicHeuresMensuelles, m);
  const firstBracket = valueAt(hv.aahTrancheSmic, m) * smicYear;
  const keep1 = 1 - valueAt(hv.aahAbattementTranche1, m);
  const keep2 = 1 - valueAt(hv.aahAbattementTranche2, m);
  const cessation = valueAt(hv.aahAbattementCessation, m);
  for (let i = 0; i < pop.nPersons; i++) {
    s.aah[i] = 0;
    if (!aahEligible(pop, s, i)) continue;
    const o = s.offset;
    const working = monthlyAt(pop, 'salaireImposable', i, o) > 0;
    const replacement =
      monthlyAt(pop, 'chomageNet', i, o + 1) +
        monthlyAt(pop, 'retraiteNette', i, o + 1) +
        monthlyAt(pop, 'pensionsInvalidite', i, o + 1) >
      0;
    const interrupted = !(working || s.student[i] === 1);
    const cessationFactor = 1 - cessation * (interrupted || replacement ? 1 : 0);
    const earningsBase = (earnings: number): number => {
      const bracket1 = Math.min(firstBracket, earnings);
      const bracket2 = Math.max(0, earnings - bracket1);
      return cessationFactor * (keep1 * bracket1 + keep2 * bracket2);
    };
    let yearlyResources: number;
    if (working) {
      const earnings =
        4 *
        (monthlySum(pop, 'salaireNet', i, o + 1, 3) + monthlySum(pop, 'chomageNet', i, o + 1, 3));
      const other =
        4 *
        (monthlySum(pop, 'pensionsAlimentaires', i, o + 1, 3) +
          monthlySum(pop, 'pensionsInvalidite', i, o + 1, 3) +
          monthlySum(pop, 'retraiteNette', i, o + 1, 3) +
          3 * previousAsi[i]!);
      yearlyResources = Math.max(0, earningsBase(earnings) + other);
    } else {
      const earnings =
        yearlyAt(pop, 'salaireImposableN2', i, s.k) + yearlyAt(pop, 'chomageImposableN2', i, s.k);
      const other =
        yearlyAt(pop, 'retraiteImposableN2', i, s.k) +
        yearlyAt(pop, 'pensionsAlimentairesN2', i, s.k) +
        yearlyAt(pop, 'pensionsInvaliditeN2', i, s.k);
      yearlyResources = earningsBase(earnings) + other;
    }
    const f = pop.famille[i]!;
    const ceiling = maximum * (1 + valueAt(hv.aahMajorationParEnfant, m) * s.afNbEnf[f]!);
    const byResources = Math.min(maximum, Math.max(0, ceiling - yearlyResources / 12));
    const notCumulable = monthlyAt(pop, 'pensionsInvalidite', i, o) + previousAsi[i]!;
    s.aah[i] = Math.min(byResources, Math.max(0, maximum - notCumulable));
  }
}
