import { formatMonth } from '../periods.ts';
import { used } from '../parameters.ts';
import type { MonthState } from '../month-state.ts';
import type { Tracer } from '../trace.ts';
import { aidesLogementParameters as al } from '../../parameters/aides-logement.ts';

/** Records the housing-aid computation of the traced famille, from the columns of month M. */
export function traceAidesLogement(s: MonthState, tracer: Tracer): void {
  const f = tracer.index;
  const m = s.month;
  const period = formatMonth(m);
  tracer.add(
    tracer.step(
      'aide_logement',
      'Aide au logement versée',
      period,
      s.aideLogement[f]!,
      [used('Minoration forfaitaire', al.minorationForfaitaire, m)],
      [
        tracer.step(
          'aide_logement_loyer_plafond',
          'Loyer plafond (zone et composition du foyer)',
          period,
          s.alLoyerPlafond[f]!,
        ),
        tracer.step('aide_logement_loyer_retenu', 'Loyer retenu', period, s.alLoyerRetenu[f]!),
        tracer.step('aide_logement_charges', 'Forfait de charges', period, s.alCharges[f]!, [
          used('Forfait de charges', al.chargesBase, m),
          used('Majoration par personne à charge', al.chargesParPac, m),
        ]),
        tracer.step(
          'aide_logement_base_ressources',
          'Ressources annuelles retenues (12 derniers mois, arrondies à la centaine)',
          period,
          s.alResources[f]!,
        ),
        tracer.step(
          'aide_logement_participation_personnelle',
          'Participation personnelle',
          period,
          s.alParticipation[f]!,
          [used('Participation minimale P0', al.p0Forfait, m), used('Taux P0', al.p0Taux, m)],
        ),
        tracer.step(
          'reduction_loyer_solidarite',
          'Réduction de loyer de solidarité (logement social)',
          period,
          s.rls[f]!,
          [used("Part de la RLS déduite de l'aide", al.rlsFractionBaisseAide, m)],
        ),
      ],
    ),
  );
}
