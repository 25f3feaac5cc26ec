import { used } from '../../parameters.ts';
import { formatMonth } from '../../periods.ts';
import type { MonthState } from '../../month-state.ts';
import type { Population } from '../../population.ts';
import type { Tracer } from '../../trace.ts';
import { handicapVieillesseParameters as hv } from './handicap-vieillesse-parameters.ts';
import { personLabel } from '../../shared/person-label.ts';

/** What the AAH formula computed for an individu meeting its conditions. */
export interface AahPersonLocals {
  /** Yearly resources after the earnings allowances. */
  yearlyResources: number;
  /** Monthly ceiling: the AAH maximum raised per child. */
  ceiling: number;
  /** Invalidity pension and last month's ASI, which the AAH only completes. */
  notCumulable: number;
}

const KEY = 'aah';

/**
 * Keeps the AAH computation of individu i of the traced famille until `traceAah` builds the
 * famille's step; `computed` is absent when the disability or age condition fails.
 */
export function holdAahPerson(
  tracer: Tracer,
  pop: Population,
  s: MonthState,
  i: number,
  computed: AahPersonLocals | undefined,
): void {
  const m = s.month;
  const period = formatMonth(m);
  const step = tracer.step.bind(tracer);
  const conditions = [
    step(
      'aah_age',
      'Âge',
      period,
      s.age[i]!,
      [
        used('Âge minimal', hv.aahAgeMinimal, m),
        used("Âge minimal d'un jeune qui n'est plus à charge", hv.aahAgeFinEduc, m),
        used("Âge légal de la retraite (fin de l'AAH à taux réduit)", hv.aahAgeRetraite, m),
      ],
      [],
      'ans',
    ),
    step(
      'aah_taux_incapacite',
      "Taux d'incapacité reconnu",
      period,
      pop.incapacity[i]!,
      [
        used('Taux ouvrant le droit', hv.aahTauxIncapacite, m),
        used(
          "Taux ouvrant le droit avec une restriction d'accès à l'emploi",
          hv.aahTauxIncapaciteRsdae,
          m,
        ),
      ],
      [],
      'taux',
    ),
    step('aah_rsdae', "Restriction durable d'accès à l'emploi", period, pop.rsdae[i] === 1),
    step(
      'aah_conditions',
      'Conditions de handicap et d’âge remplies',
      period,
      computed !== undefined,
    ),
  ];
  const amounts = computed
    ? [
        step(
          'aah_base_ressources',
          'Ressources retenues sur un an (après abattements)',
          period,
          computed.yearlyResources,
          [
            used('Part du Smic de la première tranche', hv.aahTrancheSmic, m),
            used('Abattement sur la première tranche', hv.aahAbattementTranche1, m),
            used('Abattement au-delà', hv.aahAbattementTranche2, m),
          ],
        ),
        step(
          'aah_plafond',
          'Plafond mensuel (AAH maximale, majorée par enfant)',
          period,
          computed.ceiling,
          [
            used('AAH maximale', hv.aahMontant, m),
            used('Majoration du plafond par enfant à charge', hv.aahMajorationParEnfant, m),
          ],
        ),
        step(
          'aah_non_cumulable',
          "Pension d'invalidité et ASI, que l'AAH complète",
          period,
          computed.notCumulable,
        ),
      ]
    : [];
  tracer.hold(
    KEY,
    step('aah_individu', personLabel(pop, i), period, s.aah[i]!, [], [...conditions, ...amounts]),
  );
}

/** Records the AAH of the traced famille: the sum of its members', one step each. */
export function traceAah(tracer: Tracer, pop: Population, s: MonthState): void {
  const f = tracer.index;
  const m = s.month;
  const period = formatMonth(m);
  const first = pop.firstPerson[f]!;
  const last = first + pop.personCount[f]!;
  let total = 0;
  let highest = 0;
  let declared = false;
  for (let i = first; i < last; i++) {
    total += s.aah[i]!;
    highest = Math.max(highest, pop.incapacity[i]!);
    if (pop.handicap[i] === 1) declared = true;
  }
  const step = tracer.step.bind(tracer);
  tracer.add(
    step(
      'aah',
      'Allocation aux adultes handicapés (AAH)',
      period,
      total,
      [used('AAH maximale', hv.aahMontant, m)],
      [
        step('aah_handicap_declare', 'Un handicap est déclaré dans le foyer', period, declared),
        step(
          'aah_taux_incapacite_max',
          "Taux d'incapacité le plus élevé du foyer",
          period,
          highest,
          [
            used(
              "Taux ouvrant le droit avec une restriction d'accès à l'emploi",
              hv.aahTauxIncapaciteRsdae,
              m,
            ),
          ],
          [],
          'taux',
        ),
        ...tracer.take(KEY),
      ],
    ),
  );
}
