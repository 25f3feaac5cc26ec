import { groupByMonth } from '../parameters.ts';
import { monthlySum, R, type Population } from '../population.ts';
import type { MonthState } from '../month-state.ts';
import type { BenefitColumns } from '../results.ts';
import type { Tracer } from '../trace.ts';
import { rsaParameters as rsaP } from '../../parameters/rsa.ts';
import { forfaitLogement } from './forfait-logement.ts';
import { familyBenefitsCounted } from './rsa-resources.ts';
import { sizeRate } from './size-rate.ts';
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
): void {
  const s = states[3]!;
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
      minima += (states[0]!.aah[i]! + states[1]!.aah[i]! + states[2]!.aah[i]!) / 3;
      minima += (states[0]!.asi[i]! + states[1]!.asi[i]! + states[2]!.asi[i]!) / 3;
      // ASS of the last quarter, as paid each month (R262-6 CASF).
      minima += monthlySum(pop, R.ass, i, 1, 3) / 3;
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
