import { used } from '../../parameters.ts';
import { formatMonth, yearNMinus2, type Month } from '../../periods.ts';
import { Role } from '../../entities.ts';
import type { MonthState } from '../../month-state.ts';
import type { Population } from '../../population.ts';
import type { Tracer } from '../../trace.ts';
import { arsParameters as ars } from './ars-parameters.ts';
import { commonParameters as common } from '../../../parameters/common.ts';

/** What the ARS formula computed for the traced famille. */
export interface ArsLocals {
  /** Sum of the children's rates (shares of the BMAF), by age band. */
  base: number;
  /** Children à charge in October, who raise the ceiling. */
  childrenInOctober: number;
  ceiling: number;
  /** The allocation for these children before the resources are compared with the ceiling. */
  full: number;
  /** The allocation paid (0 under the payment threshold). */
  paid: number;
}

/** Records the allocation de rentrée scolaire of the traced famille, read at October of the year. */
export function traceArs(
  tracer: Tracer,
  pop: Population,
  s: MonthState,
  october: Month,
  l: ArsLocals,
): void {
  const f = tracer.index;
  const period = formatMonth(october);
  let children = 0;
  for (let i = pop.firstPerson[f]!; i < pop.firstPerson[f]! + pop.personCount[f]!; i++)
    if (pop.role[i] === Role.enfant) children++;
  const step = tracer.step.bind(tracer);
  tracer.add(
    step(
      'ars',
      'Allocation de rentrée scolaire',
      period,
      l.paid,
      [used('Seuil de versement', ars.montantMinimum, october)],
      [
        step('ars_enfants', 'Enfants du foyer', period, children, [], [], 'nombre'),
        step(
          'ars_taux',
          'Somme des taux des enfants de 6 à 18 ans (part de la BMAF)',
          period,
          l.base,
          [
            used('Âge d’ouverture', ars.ageEntreePrimaire, october),
            used('Âge de sortie', ars.ageSortie, october),
            used('Taux de 6 à 10 ans', ars.tauxPrimaire, october),
            used('Taux de 11 à 14 ans', ars.tauxCollege, october),
            used('Taux de 15 à 18 ans', ars.tauxLycee, october),
          ],
          [],
          'taux',
        ),
        step('ars_montant_plein', 'Montant pour ces enfants', period, l.full, [
          used('Base mensuelle des allocations familiales (BMAF)', common.bmaf, october),
        ]),
        step(
          'ars_base_ressources',
          `Ressources du foyer en ${yearNMinus2(s.month)}`,
          period,
          s.pfResources[f]!,
        ),
        step('ars_plafond', 'Plafond de ressources pour ce foyer', period, l.ceiling, [
          used('Plafond pour un enfant', ars.plafond, october),
          used('Majoration par enfant à charge', ars.majorationParEnfant, october),
        ]),
      ],
    ),
  );
}
