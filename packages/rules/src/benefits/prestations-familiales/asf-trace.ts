import { used } from '../../parameters.ts';
import { formatMonth } from '../../periods.ts';
import type { MonthState } from '../../month-state.ts';
import type { Tracer } from '../../trace.ts';
import { commonParameters as common } from '../../../parameters/common.ts';
import { prestationsFamilialesParameters as pf } from './prestations-familiales-parameters.ts';
import type { FamilyLocals } from './prestations-familiales-trace.ts';

/** Records the allocation de soutien familial of the traced famille: a parent alone, per child, minus the alimony. */
export function traceAsf(tracer: Tracer, s: MonthState, l: FamilyLocals): void {
  const m = s.month;
  const period = formatMonth(m);
  const step = tracer.step.bind(tracer);
  tracer.add(
    step(
      'asf',
      'Allocation de soutien familial',
      period,
      s.asf[tracer.index]!,
      [used('Seuil de versement', pf.asfSeuil, m)],
      [
        step('asf_parent_isole', 'Parent qui élève seul ses enfants', period, l.isolated),
        step(
          'asf_nb_enfants',
          'Enfants à charge de moins de 20 ans',
          period,
          l.asfChildren,
          [used('Âge limite', pf.afAgeForfaitaire, m)],
          [],
          'nombre',
        ),
        step('asf_montant_enfants', 'Montant pour ces enfants', period, l.asfGross, [
          used('Base mensuelle des allocations familiales (BMAF)', common.bmaf, m),
          used('Taux par enfant (part de la BMAF)', pf.asfTaux, m),
        ]),
        step('asf_pensions_alimentaires', 'Pension alimentaire reçue, déduite', period, l.alimony),
      ],
    ),
  );
}
