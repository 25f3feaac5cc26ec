import { Role } from '../../entities.ts';
import { used } from '../../parameters.ts';
import { formatMonth } from '../../periods.ts';
import { monthlyAt, R, type Population } from '../../population.ts';
import type { MonthState } from '../../month-state.ts';
import type { Tracer } from '../../trace.ts';
import { handicapVieillesseParameters as hv } from './handicap-vieillesse-parameters.ts';

/** What the ASPA and ASI formula computed for a famille where either may be paid. */
export interface AspaAsiLocals {
  /** Monthly resources, average of the last quarter. */
  resources: number;
  couple: boolean;
  /** A parent meets the ASPA age condition. */
  aspaEligible: boolean;
  /** A parent meets the ASI condition (invalidity pension, under the ASPA age). */
  asiEligible: boolean;
  /** Monthly ASPA maximum and resource ceiling for this famille. */
  aspaMaximum: number;
  aspaCeiling: number;
  /** Monthly ASI ceiling. */
  asiCeiling: number;
}

/**
 * Records the ASPA and the ASI of the traced famille; `l` is absent when no parent has the age of
 * the ASPA, an invalidity pension or a disability (both are then zero).
 */
export function traceAspaAsi(
  tracer: Tracer,
  pop: Population,
  s: MonthState,
  l: AspaAsiLocals | undefined,
): void {
  const f = tracer.index;
  const m = s.month;
  const period = formatMonth(m);
  const first = pop.firstPerson[f]!;
  const last = first + pop.personCount[f]!;
  let eldest = 0;
  let asi = 0;
  let invalidity = false;
  for (let i = first; i < last; i++) {
    asi += s.asi[i]!;
    if (pop.role[i] === Role.enfant) continue;
    eldest = Math.max(eldest, s.age[i]!);
    if (monthlyAt(pop, R.pensionsInvalidite, i, 0) > 0) invalidity = true;
  }
  const couple = l?.couple ?? s.nbParents[f] === 2;
  const step = tracer.step.bind(tracer);
  const resources = step(
    'aspa_base_ressources',
    'Ressources mensuelles du foyer (moyenne des trois derniers mois)',
    period,
    l?.resources ?? 0,
    [
      used(
        'Abattement sur les salaires, personne seule (part du Smic)',
        hv.aspaAbattementSalairesSeul,
        m,
      ),
      used(
        'Abattement sur les salaires, couple (part du Smic)',
        hv.aspaAbattementSalairesCouple,
        m,
      ),
    ],
  );
  tracer.add(
    step(
      'aspa',
      'Allocation de solidarité aux personnes âgées (ASPA)',
      period,
      s.aspa[f]!,
      [],
      [
        step(
          'aspa_age',
          'Âge de la personne la plus âgée',
          period,
          eldest,
          [
            used("Âge de l'ASPA", hv.aspaAgeMinimal, m),
            used('Âge légal de la retraite (ASPA avec une incapacité)', hv.aahAgeRetraite, m),
            used(
              "Taux d'incapacité pour l'ASPA à l'âge de la retraite",
              hv.aspaTauxIncapaciteAnticipe,
              m,
            ),
          ],
          [],
          'ans',
        ),
        step('aspa_condition_age', "Condition d'âge remplie", period, l?.aspaEligible ?? false),
        resources,
        step('aspa_plafond', 'Plafond mensuel de ressources', period, l?.aspaCeiling ?? 0, [
          used(
            couple ? 'Plafond annuel, couple' : 'Plafond annuel, personne seule',
            couple ? hv.aspaPlafondCouple : hv.aspaPlafondSeul,
            m,
          ),
        ]),
        step('aspa_montant_maximal', 'ASPA maximale par mois', period, l?.aspaMaximum ?? 0, [
          used(
            couple ? 'Montant annuel, couple' : 'Montant annuel, personne seule',
            couple ? hv.aspaMontantCouple : hv.aspaMontantSeul,
            m,
          ),
        ]),
      ],
    ),
  );
  tracer.add(
    step(
      'asi',
      "Allocation supplémentaire d'invalidité (ASI)",
      period,
      asi,
      [],
      [
        step('asi_pension_invalidite', "Pension d'invalidité reçue", period, invalidity),
        step(
          'asi_condition',
          "Condition de l'ASI remplie (pension d'invalidité, avant l'âge de l'ASPA)",
          period,
          l?.asiEligible ?? false,
        ),
        step(
          'asi_age',
          'Âge de la personne la plus âgée',
          period,
          eldest,
          [used("Âge de l'ASPA", hv.aspaAgeMinimal, m)],
          [],
          'ans',
        ),
        { ...resources, variable: 'asi_base_ressources' },
        step('asi_plafond', 'Plafond mensuel de ressources', period, l?.asiCeiling ?? 0, [
          used(
            couple ? 'Plafond annuel, couple' : 'Plafond annuel, personne seule',
            couple ? hv.asiPlafondCouple : hv.asiPlafondSeul,
            m,
          ),
        ]),
      ],
    ),
  );
}
