import { used } from '../../parameters.ts';
import { formatMonth, yearNMinus2 } from '../../periods.ts';
import type { MonthState } from '../../month-state.ts';
import type { Tracer } from '../../trace.ts';
import { commonParameters as common } from '../../../parameters/common.ts';
import { prestationsFamilialesParameters as pf } from './prestations-familiales-parameters.ts';
import type { FamilyLocals } from './prestations-familiales-trace.ts';

/** Records the PAJE allocation de base of the traced famille: a child under 3, resources against two ceilings. */
export function tracePajeBase(tracer: Tracer, s: MonthState, l: FamilyLocals): void {
  const m = s.month;
  const period = formatMonth(m);
  const step = tracer.step.bind(tracer);
  tracer.add(
    step(
      'paje_base',
      'PAJE : allocation de base',
      period,
      s.paje[tracer.index]!,
      [
        used('Base mensuelle des allocations familiales (BMAF)', common.bmaf, m),
        used('Taux plein (part de la BMAF)', pf.pajeTaux, m),
      ],
      [
        step('paje_enfant_moins_3_ans', 'Enfant de moins de 3 ans à charge', period, l.pajeChild, [
          used('Âge limite', pf.pajeAgeLimite, m),
        ]),
        step('paje_age_plus_jeune', 'Âge du plus jeune enfant', period, l.youngest, [], [], 'ans'),
        step(
          'paje_base_ressources',
          `Ressources du foyer en ${yearNMinus2(m)}`,
          period,
          l.resources,
        ),
        step(
          'paje_plafond_taux_plein',
          'Plafond du taux plein pour ce foyer',
          period,
          l.pajeCeilingFull,
          [
            used('Plafond pour un enfant', pf.pajePlafondPlein, m),
            used(
              'Majoration pour deux revenus ou un parent seul',
              pf.pajeMajorationBiactifsPlein,
              m,
            ),
            used(
              'Majoration pour chacun des deux premiers enfants',
              pf.pajeMajorationDeuxPremiers,
              m,
            ),
            used('Majoration par enfant suivant', pf.pajeMajorationSuivants, m),
          ],
        ),
        step(
          'paje_plafond_taux_partiel',
          'Plafond du taux partiel pour ce foyer',
          period,
          l.pajeCeilingPartial,
          [
            used('Plafond pour un enfant', pf.pajePlafondPartiel, m),
            used(
              'Majoration pour deux revenus ou un parent seul',
              pf.pajeMajorationBiactifsPartiel,
              m,
            ),
          ],
        ),
      ],
    ),
  );
}
