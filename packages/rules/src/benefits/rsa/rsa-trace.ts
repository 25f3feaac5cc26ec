import { Role } from '../../entities.ts';
import { used } from '../../parameters.ts';
import { formatMonth } from '../../periods.ts';
import type { MonthState } from '../../month-state.ts';
import type { Population } from '../../population.ts';
import type { Tracer } from '../../trace.ts';
import { rsaParameters as rsaP } from './rsa-parameters.ts';

/** What the RSA formula computed for the traced famille. */
export interface RsaLocals {
  amount: number;
  socle: number;
  majore: number;
  forfaitLogement: number;
  /** Monthly resources retained (average of the quarter) and their parts. */
  resources: number;
  activity: number;
  other: number;
  family: number;
  minima: number;
  /** A parent is 25 or has a child à charge. */
  ageOk: boolean;
  /** Such a parent is not a student. */
  anyNonStudent: boolean;
  /** Persons of the foyer (parents and children à charge). */
  persons: number;
}

/** Records the RSA of the traced famille: conditions, guaranteed amount, forfait logement, resources. */
export function traceRsa(tracer: Tracer, pop: Population, s: MonthState, l: RsaLocals): void {
  const f = tracer.index;
  const m = s.month;
  const period = formatMonth(m);
  let eldest = 0;
  for (let i = pop.firstPerson[f]!; i < pop.firstPerson[f]! + pop.personCount[f]!; i++)
    if (pop.role[i] !== Role.enfant) eldest = Math.max(eldest, s.age[i]!);
  const step = tracer.step.bind(tracer);
  tracer.add(
    step(
      'rsa',
      'RSA versé',
      period,
      l.amount,
      [used('Seuil de versement', rsaP.montantMinimumVerse, m)],
      [
        step(
          'rsa_age',
          'Âge du parent le plus âgé',
          period,
          eldest,
          [used('Âge minimal sans enfant', rsaP.ageMinimum, m)],
          [],
          'ans',
        ),
        step('rsa_parents', 'Parents du foyer', period, s.nbParents[f]!, [], [], 'nombre'),
        step('rsa_enfants', 'Enfants à charge', period, s.rsaNbEnfants[f]!, [], [], 'nombre'),
        step('rsa_condition_age', "Condition d'âge remplie (ou enfant à charge)", period, l.ageOk),
        step(
          'rsa_condition_etudiant',
          "Un parent remplissant cette condition n'est pas étudiant",
          period,
          l.anyNonStudent,
        ),
        step('rsa_foyer', 'Personnes du foyer', period, l.persons, [], [], 'nombre'),
        step('rsa_socle', 'Montant forfaitaire', period, l.socle, [
          used('Montant forfaitaire pour une personne', rsaP.montantDeBase, m),
          used('Majoration pour la deuxième personne', rsaP.majorationDeuxiemePersonne, m),
          used('Majoration pour la troisième personne', rsaP.majorationTroisiemePersonne, m),
        ]),
        step('rsa_socle_majore', 'Montant majoré pour parent isolé', period, l.majore, [
          used('Taux du parent isolé', rsaP.majorationIsolementBase, m),
          used('Taux par enfant', rsaP.majorationIsolementParEnfant, m),
        ]),
        step('rsa_forfait_logement', 'Forfait logement déduit', period, l.forfaitLogement, [
          used('Taux pour une personne', rsaP.forfaitLogement1, m),
          used('Taux pour deux personnes', rsaP.forfaitLogement2, m),
          used('Taux pour trois personnes ou plus', rsaP.forfaitLogement3, m),
        ]),
        step(
          'rsa_base_ressources',
          'Ressources mensuelles retenues (moyenne du trimestre)',
          period,
          l.resources,
          [],
          [
            step('rsa_revenu_activite', "Revenus d'activité", period, l.activity),
            step('rsa_autres_revenus', 'Allocations chômage, pensions, retraites', period, l.other),
            step('rsa_prestations_familiales', 'Prestations familiales', period, l.family),
            step('rsa_minima_sociaux', 'AAH, ASI, ASPA', period, l.minima),
          ],
        ),
      ],
    ),
  );
}
