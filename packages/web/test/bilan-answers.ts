// Answers of a bilan for the unit tests: a single adult, no child, renting in Vénissieux, with
// whatever the test changes on top.
import type { Answers } from '../src/areas/bilan/answers.ts';

export function buildAnswers(overrides: Answers = {}): Answers {
  return {
    'foyer.couple': { value: false },
    'demandeur.date_naissance': { value: '1988-02-01' },
    'foyer.enfants': { value: 0 },
    'demandeur.activite': { value: 'inactif' },
    'demandeur.handicap': { value: false },
    'demandeur.pensions_alimentaires_percues': { value: 0 },
    'menage.depcom': { value: '69259' },
    'menage.statut_occupation_logement': { value: 'locataire_vide' },
    'menage.loyer': { value: 450 },
    'menage.coloc': { value: false },
    ...overrides,
  };
}
