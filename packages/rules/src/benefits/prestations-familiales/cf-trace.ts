import { used } from '../../parameters.ts';
import { formatMonth, yearNMinus2 } from '../../periods.ts';
import type { MonthState } from '../../month-state.ts';
import type { Tracer } from '../../trace.ts';
import { commonParameters as common } from '../../../parameters/common.ts';
import { prestationsFamilialesParameters as pf } from './prestations-familiales-parameters.ts';
import type { FamilyLocals } from './prestations-familiales-trace.ts';

/** Records the complément familial of the traced famille: children aged 3 or more, resources, ceiling. */
export function traceCf(tracer: Tracer, s: MonthState, l: FamilyLocals): void {
  const m = s.month;
  const f = tracer.index;
  const period = formatMonth(m);
  const step = tracer.step.bind(tracer);
  tracer.add(
    step(
      'cf',
      'Complément familial',
      period,
      s.cf[f]!,
      [
        used('Base mensuelle des allocations familiales (BMAF)', common.bmaf, m),
        used('Taux du complément familial (part de la BMAF)', pf.cfTaux, m),
        used('Taux du complément majoré', pf.cfTauxMajore, m),
      ],
      [
        step(
          'cf_nb_enfants',
          'Enfants à charge de 3 à 21 ans',
          period,
          l.cfEligibleChildren,
          [
            used("Nombre d'enfants ouvrant le droit", pf.cfNbEnfantsMin, m),
            used('Âge minimal', pf.cfAgeMin, m),
            used('Âge limite', pf.cfAgeMax, m),
          ],
          [],
          'nombre',
        ),
        step(
          'cf_base_ressources',
          `Ressources du foyer en ${yearNMinus2(m)}`,
          period,
          l.cfResources,
        ),
        step('cf_plafond', 'Plafond de ressources pour ce foyer', period, l.cfCeiling, [
          used('Plafond pour un enfant', pf.cfPlafond, m),
          used('Majoration pour chacun des deux premiers enfants', pf.cfMajorationDeuxPremiers, m),
          used('Majoration par enfant suivant', pf.cfMajorationSuivants, m),
          used('Majoration pour deux revenus ou un parent seul', pf.cfMajorationBiactifsIsoles, m),
          used('Coefficient du plafond du complément majoré', pf.cfPlafondMajore, m),
        ]),
        step('cf_non_majore', 'Complément familial selon les ressources', period, l.cfNonMajore),
        step('cf_majore', 'Complément familial majoré', period, l.cfMajore),
        step('cf_paje_base', 'PAJE de base reçue (non cumulable)', period, s.paje[f]!),
      ],
    ),
  );
}
