import { groupByMonth } from '../../parameters.ts';
import { Extra, monthlySum, R, Y, yearlyAt, type Population } from '../../population.ts';
import { Housing, isTenant } from '../../entities.ts';
import type { MonthState } from '../../month-state.ts';
import type { BenefitColumns } from '../../results.ts';
import type { Tracer } from '../../trace.ts';
import { rsaParameters as rsaP } from './rsa-parameters.ts';
import { forfaitLogement } from '../../shared/forfait-logement.ts';
import { familyBenefitsCounted } from './rsa-resources.ts';
import { sizeRate } from '../../shared/size-rate.ts';
import { traceRsa } from './rsa-trace.ts';

const rsaPAt = groupByMonth(rsaP);

/** Why a famille gets no RSA, in plain French (index = reason code). */
export const rsaReasons = [
  '',
  "Le demandeur a moins de 25 ans, n'a pas d'enfant à charge et n'attend pas d'enfant.",
  "Les étudiants n'ont pas droit au RSA, sauf s'ils élèvent seuls un jeune enfant.",
  'Les ressources du foyer dépassent le montant forfaitaire du RSA.',
  'Le montant calculé est inférieur au seuil de versement de 6 €.',
] as const;

/**
 * Revenu de solidarité active of month M (L262-2 CASF): the montant forfaitaire for the famille's
 * size, or the RSA majoré of a single parent, minus the forfait logement and the resources of the
 * last quarter (earnings, replacement income, alimony, family benefits, other minima sociaux).
 * `states` are the four evaluated months, the last being M.
 */
export function computeRsa(
  pop: Population,
  states: MonthState[],
  out: BenefitColumns,
  tracer?: Tracer,
  at = 3,
): void {
  const s = states[at]!;
  // The quarter before the month; before M-3, the months evaluated stand for it (AAH, ASI).
  const q0 = states[at - 3] ?? states[0]!;
  const q1 = states[at - 2] ?? states[0]!;
  const q2 = states[at - 1]!;
  const offset = s.offset;
  const m = s.month;
  const P = rsaPAt(m);
  const base = P.montantDeBase;
  const ageMin = P.ageMinimum;
  const threshold = P.montantMinimumVerse;
  const lonerBase = P.majorationIsolementBase;
  const lonerPerChild = P.majorationIsolementParEnfant;
  const flRates = [P.forfaitLogement1, P.forfaitLogement2, P.forfaitLogement3];
  for (let f = 0; f < pop.nFamilies; f++) {
    if (!s.active[f]) continue;
    const first = pop.firstPerson[f]!;
    const last = first + pop.personCount[f]!;
    const children = s.rsaNbEnfants[f]!;
    const parents = s.nbParents[f]!;
    let ageOk = false;
    let anyNonStudent = false;
    let activity = 0;
    let other = 0;
    let minima = 0;
    for (let i = first; i < last; i++) {
      // AAH and ASI of the last quarter, as paid each month.
      minima += (q0.aah[i]! + q1.aah[i]! + q2.aah[i]!) / 3;
      minima += (q0.asi[i]! + q1.asi[i]! + q2.asi[i]!) / 3;
      // ASS of the last quarter, as paid each month (R262-6 CASF).
      if (pop.extra[i]! & Extra.ass) minima += monthlySum(pop, R.ass, i, offset + 1, 3) / 3;
      const isParent = pop.role[i] !== 2;
      if (isParent) {
        const ok = children > 0 || s.age[i]! >= ageMin;
        if (ok && s.student[i] === 0) anyNonStudent = true;
        if (ok) ageOk = true;
      }
      if (isParent || s.rsaChild[i]) {
        activity += s.rsaActivity[i]!;
        other += s.rsaOther[i]!;
      }
    }
    minima += s.aspa[f]!;
    const family = familyBenefitsCounted(s, f);
    const resources = activity + other + family + minima;
    const eligible = anyNonStudent;
    const persons = parents + children;
    const socle = eligible ? base * sizeRate(P, persons, parents) : 0;
    const majore = s.rsaMajoreEligible[f] ? base * (lonerBase + lonerPerChild * children) : 0;
    const forfaitBase = base * sizeRate(P, Math.min(persons, 3), parents);
    const fl = forfaitLogement(
      pop,
      f,
      s.aideLogement[f]!,
      forfaitBase,
      flRates[Math.min(persons, 3) - 1] ?? 0,
    );
    const guaranteed = Math.max(socle, majore);
    let amount = Math.max(0, guaranteed - fl - resources);
    if (amount < threshold) amount = 0;
    out.amount[f] = amount;
    out.eligible[f] = amount > 0 ? 1 : 0;
    out.reason[f] =
      amount > 0 ? 0 : guaranteed === 0 ? (ageOk ? 2 : 1) : guaranteed - fl - resources > 0 ? 4 : 3;

    if (tracer?.index === f)
      traceRsa(tracer, pop, s, {
        amount,
        socle,
        majore,
        forfaitLogement: fl,
        resources,
        activity,
        other,
        family,
        minima,
        ageOk,
        anyNonStudent,
        persons,
      });
  }
}

/**
 * Marks, among the familles not yet evaluated in M-1, those whose RSA of M-1 may be paid and
 * neutralise their earnings for the housing aid of M (R822-17 CCH): tenants or home buyers
 * whose parents earned in the housing-aid year, and whose monthly resources over the quarter
 * before M-1 stay under a bound above any RSA amount for their size.
 */
export function markRsaLastMonth(pop: Population, active: Uint8Array): void {
  const base = rsaPAt(pop.month - 1).montantDeBase;
  for (let f = 0; f < pop.nFamilies; f++) {
    if (active[f]) continue;
    const housing = pop.housing[f]!;
    if (!isTenant(housing) && housing !== Housing.primo_accedant) continue;
    const first = pop.firstPerson[f]!;
    const last = first + pop.personCount[f]!;
    let earned = 0;
    let quarter = 0;
    for (let i = first; i < last; i++) {
      if (pop.role[i] !== 2)
        earned +=
          yearlyAt(pop, Y.salaireImposableRolling, i, 3) +
          yearlyAt(pop, Y.chomageImposableRolling, i, 3);
      quarter +=
        monthlySum(pop, R.salaireNet, i, 2, 3) +
        monthlySum(pop, R.chomageNet, i, 2, 3) +
        monthlySum(pop, R.retraiteNette, i, 2, 3) +
        monthlySum(pop, R.pensionsInvalidite, i, 2, 3) +
        monthlySum(pop, R.pensionsAlimentaires, i, 2, 3);
    }
    if (earned > 0 && quarter / 3 < base * (1 + 0.5 * pop.personCount[f]!)) active[f] = 1;
  }
}
