import { formatMonth } from '../periods.ts';
import { used, type UsedParameter } from '../parameters.ts';
import type { MonthState } from '../month-state.ts';
import type { Tracer } from '../trace.ts';
import { aidesLogementParameters as al } from '../../parameters/aides-logement.ts';

type Column =
  'alLoyerPlafond' | 'alLoyerRetenu' | 'alCharges' | 'alResources' | 'alParticipation' | 'rls';

/** Records the housing-aid computation of the traced famille, from the columns of month M. */
export function traceAidesLogement(s: MonthState, tracer: Tracer): void {
  const f = tracer.index;
  const m = s.month;
  const period = formatMonth(m);
  const steps: [string, string, Column, UsedParameter[]][] = [
    [
      'aide_logement_loyer_plafond',
      'Loyer plafond (zone et composition du foyer)',
      'alLoyerPlafond',
      [],
    ],
    ['aide_logement_loyer_retenu', 'Loyer retenu', 'alLoyerRetenu', []],
    [
      'aide_logement_charges',
      'Forfait de charges',
      'alCharges',
      [used('Forfait de charges', al.chargesBase, m)],
    ],
    [
      'aide_logement_base_ressources',
      'Ressources annuelles retenues (12 derniers mois, arrondies à la centaine)',
      'alResources',
      [],
    ],
    [
      'aide_logement_participation_personnelle',
      'Participation personnelle',
      'alParticipation',
      [used('Participation minimale P0', al.p0Forfait, m), used('Taux P0', al.p0Taux, m)],
    ],
    [
      'reduction_loyer_solidarite',
      'Réduction de loyer de solidarité (logement social)',
      'rls',
      [used("Part de la RLS déduite de l'aide", al.rlsFractionBaisseAide, m)],
    ],
  ];
  tracer.add(
    tracer.step(
      'aide_logement',
      'Aide au logement versée',
      period,
      s.aideLogement[f]!,
      [used('Minoration forfaitaire', al.minorationForfaitaire, m)],
      steps.map(([variable, label, column, parameters]) =>
        tracer.step(variable, label, period, s[column][f]!, parameters),
      ),
    ),
  );
}
