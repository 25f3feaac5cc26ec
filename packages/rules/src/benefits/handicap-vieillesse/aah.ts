import { groupByMonth, valueAt } from '../../parameters.ts';
import { Extra, monthlyAt, monthlySum, yearlyAt, type Population, R, Y } from '../../population.ts';
import { capitalIncomeSum, savingsRates } from '../../shared/capital-resources.ts';
import { microRates, microTaxable, selfEmployedQuarter } from '../../shared/micro-resources.ts';
import type { MonthState } from '../../month-state.ts';
import type { Tracer } from '../../trace.ts';
import { commonParameters as common } from '../../../parameters/common.ts';
import { handicapVieillesseParameters as hv } from './handicap-vieillesse-parameters.ts';
import { holdAahPerson, traceAah } from './aah-trace.ts';

const hvAt = groupByMonth(hv);

/**
 * True when individu i meets the disability and age conditions of the AAH (L821-1, L821-2 CSS);
 * `P`, the parameters of the month of `s`.
 */
export function aahEligible(
  pop: Population,
  s: MonthState,
  i: number,
  P: ReturnType<typeof hvAt>,
): boolean {
  const rate = pop.incapacity[i]!;
  const age = s.age[i]!;
  const severe = rate >= P.aahTauxIncapacite;
  const restricted =
    rate >= P.aahTauxIncapaciteRsdae && pop.rsdae[i] === 1 && age <= P.aahAgeRetraite;
  const oldEnough = age >= P.aahAgeMinimal || (age >= P.aahAgeFinEduc && !s.pfChild[i]);
  return (severe || restricted) && oldEnough;
}

/** Earnings kept after the allowances of D821-9 CSS: a first bracket of 30 % of the SMIC, the rest. */
function earningsAfterAllowances(
  earnings: number,
  firstBracket: number,
  keep1: number,
  keep2: number,
): number {
  const bracket1 = Math.min(firstBracket, earnings);
  const bracket2 = Math.max(0, earnings - bracket1);
  return keep1 * bracket1 + keep2 * bracket2;
}

/**
 * Allocation aux adultes handicapés for the month of `s`, per individu, on the individual
 * (déconjugalisée, since October 2023) resources: the last quarter for people in work (R821-4-1),
 * year N-2 otherwise, with the earnings allowances of D821-9 CSS. `previousAsi` is the ASI the
 * person received the month before, which the AAH does not add to (L821-1).
 */
export function computeAah(
  pop: Population,
  s: MonthState,
  previousAsi: Float64Array,
  tracer?: Tracer,
): void {
  const m = s.month;
  const P = hvAt(m);
  const maximum = P.aahMontant;
  const smicYear = 12 * valueAt(common.smicHoraire, m) * valueAt(common.smicHeuresMensuelles, m);
  const firstBracket = P.aahTrancheSmic * smicYear;
  const keep1 = 1 - P.aahAbattementTranche1;
  const keep2 = 1 - P.aahAbattementTranche2;
  const cessation = P.aahAbattementCessation;
  for (let i = 0; i < pop.nPersons; i++) {
    // Most people have no recognised incapacity: skip them first (the column starts at zero).
    if (pop.incapacity[i]! < P.aahTauxIncapaciteRsdae) continue;
    if (!s.active[pop.famille[i]!]) continue;
    s.aah[i] = 0;
    const traced = tracer?.index === pop.famille[i]! && s.offset === 0;
    if (!aahEligible(pop, s, i, P)) {
      if (traced) holdAahPerson(tracer, pop, s, i, undefined);
      continue;
    }
    const o = s.offset;
    const micro = pop.extra[i]! & Extra.micro;
    const year = Math.floor(s.month / 12);
    const working =
      monthlyAt(pop, R.salaireImposable, i, o) > 0 ||
      (micro !== 0 && microTaxable(pop, i, year - 1, microRates(s.month)) > 0);
    const replacement =
      monthlyAt(pop, R.chomageNet, i, o + 1) +
        monthlyAt(pop, R.retraiteNette, i, o + 1) +
        monthlyAt(pop, R.pensionsInvalidite, i, o + 1) >
      0;
    const interrupted = !(working || s.student[i] === 1);
    const cessationFactor = 1 - cessation * (interrupted || replacement ? 1 : 0);
    let yearlyResources: number;
    if (working) {
      let earnings =
        4 *
        (monthlySum(pop, R.salaireNet, i, o + 1, 3) + monthlySum(pop, R.chomageNet, i, o + 1, 3));
      if (micro) earnings += 4 * selfEmployedQuarter(pop, i, o + 1, year - 1);
      let other =
        4 *
        (monthlySum(pop, R.pensionsAlimentaires, i, o + 1, 3) +
          monthlySum(pop, R.pensionsInvalidite, i, o + 1, 3) +
          monthlySum(pop, R.retraiteNette, i, o + 1, 3) +
          3 * previousAsi[i]!);
      if (pop.extra[i]! & Extra.capital)
        other += 4 * capitalIncomeSum(pop, i, o + 1, 3, (j) => savingsRates(pop.month - j));
      yearlyResources = Math.max(
        0,
        cessationFactor * earningsAfterAllowances(earnings, firstBracket, keep1, keep2) + other,
      );
    } else {
      const earnings =
        yearlyAt(pop, Y.salaireImposableN2, i, s.k) + yearlyAt(pop, Y.chomageImposableN2, i, s.k);
      const other =
        yearlyAt(pop, Y.retraiteImposableN2, i, s.k) +
        yearlyAt(pop, Y.pensionsAlimentairesN2, i, s.k) +
        yearlyAt(pop, Y.pensionsInvaliditeN2, i, s.k);
      yearlyResources =
        cessationFactor * earningsAfterAllowances(earnings, firstBracket, keep1, keep2) + other;
    }
    const f = pop.famille[i]!;
    const ceiling = maximum * (1 + P.aahMajorationParEnfant * s.afNbEnf[f]!);
    const byResources = Math.min(maximum, Math.max(0, ceiling - yearlyResources / 12));
    const notCumulable = monthlyAt(pop, R.pensionsInvalidite, i, o) + previousAsi[i]!;
    s.aah[i] = Math.min(byResources, Math.max(0, maximum - notCumulable));
    if (traced) holdAahPerson(tracer, pop, s, i, { yearlyResources, ceiling, notCumulable });
  }
  if (tracer && s.offset === 0) traceAah(tracer, pop, s);
}
