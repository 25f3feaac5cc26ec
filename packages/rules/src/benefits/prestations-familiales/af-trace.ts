import { used } from '../../parameters.ts';
import { formatMonth, yearNMinus2 } from '../../periods.ts';
import type { MonthState } from '../../month-state.ts';
import type { Tracer } from '../../trace.ts';
import { commonParameters as common } from '../../../parameters/common.ts';
import { prestationsFamilialesParameters as pf } from './prestations-familiales-parameters.ts';
import type { FamilyLocals } from './prestations-familiales-trace.ts';

/** Records the allocations familiales of the traced famille: base, age supplements, forfait, complément dégressif. */
export function traceAf(tracer: Tracer, s: MonthState, l: FamilyLocals): void {
  const m = s.month;
  const period = formatMonth(m);
  const step = tracer.step.bind(tracer);
  tracer.add(
    step(
      'af',
      'Allocations familiales',
      period,
      s.af[tracer.index]!,
      [used('Base mensuelle des allocations familiales (BMAF)', common.bmaf, m)],
      [
        step(
          'af_nb_enfants',
          'Enfants à charge de moins de 20 ans',
          period,
          l.nbEnf,
          [
            used("Nombre d'enfants ouvrant le droit", pf.afNbEnfantsMin, m),
            used('Âge limite des enfants à charge', pf.ageLimite, m),
          ],
          [step('af_enfants', 'Enfants du foyer', period, l.children, [], [], 'nombre')],
          'nombre',
        ),
        step(
          'af_base_ressources',
          `Ressources du foyer en ${yearNMinus2(m)}`,
          period,
          l.resources,
          [
            used('Premier plafond (sans enfant)', pf.afPlafondTranche1, m),
            used('Second plafond (sans enfant)', pf.afPlafondTranche2, m),
            used('Majoration des plafonds par enfant', pf.afPlafondParEnfant, m),
          ],
        ),
        step('af_base', 'Montant de base, selon les ressources', period, l.afBase, [
          used('Taux pour deux enfants (part de la BMAF)', pf.afTauxDeuxEnfants, m),
          used('Taux par enfant en plus', pf.afTauxParEnfantSupp, m),
          used('Part versée entre les deux plafonds', pf.afModulationTranche2, m),
          used('Part versée au-delà du second plafond', pf.afModulationTranche3, m),
        ]),
        step('af_majoration', 'Majorations pour âge', period, l.afMajoration, [
          used('Âge de la majoration', pf.afAgeMajoration, m),
          used('Taux de la majoration (part de la BMAF)', pf.afTauxMajoration, m),
        ]),
        step(
          'af_allocation_forfaitaire',
          'Allocation forfaitaire (enfant de 20 ans)',
          period,
          l.afForfait,
          [
            used("Âge de l'allocation forfaitaire", pf.afAgeForfaitaire, m),
            used("Taux de l'allocation forfaitaire", pf.afTauxForfaitaire, m),
          ],
        ),
        step(
          'af_complement_degressif',
          'Complément dégressif (ressources juste au-dessus d’un plafond)',
          period,
          l.afDegressive,
        ),
      ],
    ),
  );
}
