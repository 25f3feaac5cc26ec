// The households of the bilan's browser test, as a person would answer each screen: the key is
// the question's id (the form field's name), the value what is typed or chosen (the commune by
// name, postal code or INSEE code). UNKNOWN presses "Je ne sais pas".
export const UNKNOWN = Symbol('je ne sais pas');

export type Profile = {
  name: string;
  description: string;
  answers: Record<string, string | typeof UNKNOWN>;
  /** What the situation sent to the engine must hold (checked in the exported JSON). */
  expectInSituation: { depcom: string; people: number };
};

export const profiles: Profile[] = [
  {
    name: 'parent-isole',
    description: 'parent seul à temps partiel, locataire HLM à Vénissieux',
    answers: {
      'foyer.couple': 'non',
      'demandeur.date_naissance': '1991-04-12',
      'foyer.enfants': '2',
      'enfant1.date_naissance': '2016-09-03',
      'enfant2.date_naissance': '2020-02-17',
      'famille.rsa_isolement_recent': 'non',
      'demandeur.activite': 'actif',
      'demandeur.salaire_net': '850',
      'demandeur.micro_entreprise': 'non',
      'demandeur.handicap': 'non',
      'demandeur.pensions_alimentaires_percues': '0',
      'demandeur.livret_a': 'moins_1000',
      'menage.depcom': 'Vénissieux',
      'menage.statut_occupation_logement': 'locataire_hlm',
      'menage.loyer': '480',
      'menage.coloc': 'non',
    },
    expectInSituation: { depcom: '69259', people: 3 },
  },
  {
    name: 'couple-retraite',
    description: 'couple de retraités aux petites pensions, locataires à Lyon',
    answers: {
      'foyer.couple': 'oui',
      'demandeur.date_naissance': '1952-06-01',
      'demandeur.statut_marital': 'marie',
      'foyer.couple_recent': 'non',
      'conjoint.date_naissance': '1954-09-20',
      'foyer.enfants': '0',
      'demandeur.activite': 'retraite',
      'demandeur.retraite_nette': '750',
      'demandeur.handicap': 'non',
      'conjoint.activite': 'retraite',
      'conjoint.retraite_nette': '420',
      'conjoint.handicap': 'non',
      'demandeur.pensions_alimentaires_percues': '0',
      'demandeur.livret_a': 'moins_1000',
      'menage.depcom': '69123',
      'menage.statut_occupation_logement': 'locataire_vide',
      'menage.loyer': '560',
      'menage.coloc': 'non',
    },
    expectInSituation: { depcom: '69123', people: 2 },
  },
  {
    name: 'adulte-handicape',
    description: 'adulte handicapé sans emploi, locataire à Vénissieux',
    answers: {
      'foyer.couple': 'non',
      'demandeur.date_naissance': '1985-01-15',
      'foyer.enfants': '0',
      'demandeur.activite': 'inactif',
      'demandeur.handicap': 'oui',
      'demandeur.taux_incapacite': '80',
      'demandeur.pensions_invalidite': UNKNOWN,
      'demandeur.pensions_alimentaires_percues': '0',
      'demandeur.livret_a': 'moins_1000',
      'menage.depcom': '69200',
      'menage.statut_occupation_logement': 'locataire_vide',
      'menage.loyer': '430',
      'menage.coloc': 'non',
    },
    expectInSituation: { depcom: '69259', people: 1 },
  },
  {
    name: 'jeune-actif',
    description: 'jeune salarié de moins de 25 ans, en meublé à Lyon',
    answers: {
      'foyer.couple': 'non',
      'demandeur.date_naissance': '2003-02-10',
      'foyer.enfants': '0',
      'demandeur.activite': 'actif',
      'demandeur.apprenti': 'non',
      'demandeur.salaire_net': '1150',
      'demandeur.micro_entreprise': 'non',
      'demandeur.handicap': 'non',
      'demandeur.pensions_alimentaires_percues': '0',
      'demandeur.livret_a': 'moins_1000',
      'menage.depcom': 'Lyon',
      'menage.statut_occupation_logement': 'locataire_meuble',
      'menage.loyer': '450',
      'menage.coloc': 'non',
    },
    expectInSituation: { depcom: '69123', people: 1 },
  },
];

/** The retiree: 75 years old, 700 € of pension a month, alone, renting in Lyon. */
export const retiree: Profile = {
  name: 'retraitee',
  description: 'retraitée seule de 75 ans, 700 € de pension par mois, locataire à Lyon',
  answers: {
    'foyer.couple': 'non',
    'demandeur.date_naissance': '1951-05-10',
    'foyer.enfants': '0',
    'demandeur.activite': 'retraite',
    'demandeur.retraite_nette': '700',
    'demandeur.handicap': 'non',
    'demandeur.pensions_alimentaires_percues': '0',
    'demandeur.livret_a': 'de_1000_a_5000',
    'menage.depcom': 'Lyon',
    'menage.statut_occupation_logement': 'locataire_vide',
    'menage.loyer': '450',
    'menage.coloc': 'non',
  },
  expectInSituation: { depcom: '69123', people: 1 },
};
