import { Role } from '../../entities.ts';
import { groupByMonth, valueAt } from '../../parameters.ts';
import { yearOf } from '../../periods.ts';
import type { Population } from '../../population.ts';
import type { MonthState } from '../../month-state.ts';
import type { BenefitColumns } from '../../results.ts';
import type { Tracer } from '../../trace.ts';
import { traceArs } from './ars-trace.ts';
import { arsParameters } from './ars-parameters.ts';
import { commonParameters as common } from '../../../parameters/common.ts';
import { prestationsFamilialesParameters as pf } from '../prestations-familiales/prestations-familiales-parameters.ts';

const arsAt = groupByMonth(arsParameters);

/** Why a famille gets no allocation de rentrée scolaire, by code. */
export const arsReasons = [
  '',
  "Aucun enfant à charge n'a entre 6 et 18 ans à la rentrée scolaire.",
  'Les ressources de la famille dépassent le plafond, majoré du montant de l’allocation.',
] as const;

/** Days since 1970-01-01 of the first day of month (year, monthIndex 0-11). */
function dayOf(year: number, monthIndex: number): number {
  return Date.UTC(year, monthIndex, 1) / 86_400_000;
}

/**
 * Allocation de rentrée scolaire (L543-1 CSS) for the school year starting in the year of M:
 * for each child à charge aged 6 to 18, a share of the BMAF of October by age band at 31
 * December (6–10, 11–14, 15–18; an 18-year-old still counts until 18 years and 2 months), when
 * the famille's year-N-2 resources stay under a ceiling raised by 30 % per child à charge in
 * October; above it, the amount minus the excess (differential ARS, paid from 15 €). Ages are
 * counted as OpenFisca counts them.
 */
export function computeArs(
  pop: Population,
  s: MonthState,
  birthDays: Float64Array,
  out: BenefitColumns,
  tracer?: Tracer,
): void {
  const { amount, eligible, reason } = out;
  const year = yearOf(s.month);
  const october = year * 12 + 9;
  const P = arsAt(october);
  const bmaf = valueAt(common.bmaf, october);
  const childLimit = valueAt(pf.ageLimite, october);
  const schoolAge = valueAt(pf.ageIntermediaire, october);
  const octoberDay = dayOf(year, 9);
  const decemberDay = dayOf(year, 11);
  for (let f = 0; f < pop.nFamilies; f++) {
    const first = pop.firstPerson[f]!;
    const last = first + pop.personCount[f]!;
    let base = 0;
    let childrenInOctober = 0;
    for (let i = first; i < last; i++) {
      if (pop.role[i] !== Role.enfant) continue;
      const birth = birthDays[i]!;
      const autonomous = s.autonomous[i] === 1;
      const ageOctober = Math.floor(((octoberDay - birth + 1) * 400) / 146_097);
      if (ageOctober >= 0 && (ageOctober < schoolAge || (ageOctober < childLimit && !autonomous)))
        childrenInOctober++;
      if (autonomous) continue;
      const livedDecember = decemberDay - birth + 1;
      const age = Math.floor((livedDecember * 400) / 146_097);
      const months = Math.floor((livedDecember * 4800) / 146_097);
      if (age >= P.ageEntreePrimaire && age < P.ageEntreeCollege) base += P.tauxPrimaire;
      else if (age >= P.ageEntreeCollege && age < P.ageEntreeLycee) base += P.tauxCollege;
      else if (age >= P.ageEntreeLycee && age < P.ageSortie) base += P.tauxLycee;
      else if (months >= 12 * P.ageSortie && months <= 12 * P.ageSortie + 2) base += P.tauxLycee;
    }
    const traced = tracer?.index === f;
    if (base === 0) {
      reason[f] = 1;
      if (traced)
        traceArs(tracer, pop, s, october, {
          base,
          childrenInOctober,
          ceiling: 0,
          full: 0,
          paid: 0,
        });
      continue;
    }
    const ceiling = P.plafond * (1 + childrenInOctober * P.majorationParEnfant);
    const value = Math.max(0, bmaf * base - Math.max(0, s.pfResources[f]! - ceiling));
    if (value >= P.montantMinimum) {
      amount[f] = value;
      eligible[f] = value > 0 ? 1 : 0;
    } else reason[f] = 2;
    if (traced)
      traceArs(tracer, pop, s, october, {
        base,
        childrenInOctober,
        ceiling,
        full: bmaf * base,
        paid: amount[f]!,
      });
  }
}
