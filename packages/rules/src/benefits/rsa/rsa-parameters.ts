import type { Parameter } from '../../parameters.ts';

/**
 * Revenu de solidarité active (articles L262-1 s. et R262-1 s. du CASF).
 * Values and sources transcribed from the official texts as referenced by OpenFisca-France
 * (parameters at commit a7038ee4913); each value carries the text that sets it.
 */
export const rsaParameters = {
  montantDeBase: {
    description: 'Montant forfaitaire du RSA pour une personne seule',
    unit: 'EUR/mois',
    revaluation: { every: 'year', on: '04-01' },
    openfisca:
      'prestations_sociales.solidarite_insertion.minima_sociaux.rsa.rsa_m.montant_de_base_du_rsa',
    values: [
      {
        from: '2022-07-01',
        value: 598.54,
        source: {
          title: 'LOI n° 2022-1158 du 16/08/2022, art. 9',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046186723',
        },
      },
      {
        from: '2023-04-01',
        value: 607.75,
        source: {
          title: 'Décret n° 2023-340 du 4 mai 2023, article 1',
          url: 'https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000047521567',
        },
      },
      {
        from: '2024-04-01',
        value: 635.71,
        source: {
          title: 'Décret n° 2024-396 du 29/04/2024, article 1',
          url: 'https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000049486518',
        },
      },
      {
        from: '2025-04-01',
        value: 646.52,
        source: {
          title: 'Décret n° 2025-293 du 29 mars 2025, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000051393086',
        },
      },
      {
        from: '2026-04-01',
        value: 651.69,
        source: {
          title: 'Décret n° 2026-220 du 30 mars 2026, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053733826',
        },
      },
    ],
  },
  majorationDeuxiemePersonne: {
    description: 'Majoration du montant forfaitaire pour la deuxième personne du foyer',
    unit: 'taux',
    openfisca:
      'prestations_sociales.solidarite_insertion.minima_sociaux.rsa.rsa_maj.maj_montant_max.couples_celibataire_avec_enfant',
    values: [
      {
        from: '2009-06-01',
        value: 0.5,
        source: {
          title: 'Article D843-1 du Code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031673885/2016-01-01',
        },
      },
    ],
  },
  majorationTroisiemePersonne: {
    description: 'Majoration pour la troisième personne (et la quatrième si couple)',
    unit: 'taux',
    openfisca:
      'prestations_sociales.solidarite_insertion.minima_sociaux.rsa.rsa_maj.maj_montant_max.couple_1_enfant_ou_2e_enfant',
    values: [
      {
        from: '2009-06-01',
        value: 0.3,
        source: {
          title: 'Article D843-1 du Code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031673885/2016-01-01',
        },
      },
    ],
  },
  majorationPersonneSupplementaire: {
    description: 'Majoration par personne supplémentaire',
    unit: 'taux',
    openfisca:
      'prestations_sociales.solidarite_insertion.minima_sociaux.rsa.rsa_maj.maj_montant_max.par_enfant_supplementaire',
    values: [
      {
        from: '2009-06-01',
        value: 0.4,
        source: {
          title: 'Article D843-1 du Code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031673885/2016-01-01',
        },
      },
    ],
  },
  majorationIsolementBase: {
    description: 'RSA majoré : taux pour le parent isolé (ou la femme enceinte isolée)',
    unit: 'taux',
    openfisca:
      'prestations_sociales.solidarite_insertion.minima_sociaux.rsa.rsa_maj.majoration_isolement_en_base_rsa.femmes_enceintes',
    values: [
      {
        from: '2016-01-01',
        value: 1.28412,
        source: {
          title: 'Article D843-1 du Code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031673885/2016-01-01',
        },
      },
    ],
  },
  majorationIsolementParEnfant: {
    description: 'RSA majoré : taux par enfant à charge',
    unit: 'taux',
    openfisca:
      'prestations_sociales.solidarite_insertion.minima_sociaux.rsa.rsa_maj.majoration_isolement_en_base_rsa.par_enfant_a_charge',
    values: [
      {
        from: '2016-01-01',
        value: 0.42804,
        source: {
          title: 'Article D843-1 du Code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031673885/2016-01-01',
        },
      },
    ],
  },
  majorationIsolementAgeEnfant: {
    description: "RSA majoré sans limite de durée tant qu'un enfant a moins de cet âge",
    unit: 'ans',
    openfisca:
      'prestations_sociales.solidarite_insertion.minima_sociaux.rsa.rsa_maj.majoration_isolement_en_base_rsa.age_limite_enfant',
    values: [
      {
        from: '2009-06-01',
        value: 3,
        source: {
          title: "Article R262-2 du Code de l'action sociale et des familles",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033979137/2017-02-03/',
        },
      },
    ],
  },
  forfaitLogement1: {
    description: "Forfait logement, foyer d'une personne (part du montant forfaitaire)",
    unit: 'taux',
    openfisca:
      'prestations_sociales.solidarite_insertion.minima_sociaux.rsa.rsa_fl.forfait_logement.taux_1_personne',
    values: [
      {
        from: '2009-06-01',
        value: 0.12,
        source: {
          title: 'Décret 2009-404 du 15/04/2009, art. 2 (modif art. R262-9 et R262-10 du CASF)',
          url: 'https://www.legifrance.gouv.fr/affichTexteArticle.do?idArticle=LEGIARTI000020522717&cidTexte=JORFTEXT000020521930',
        },
      },
    ],
  },
  forfaitLogement2: {
    description:
      'Forfait logement, foyer de deux personnes (part du montant forfaitaire de deux personnes)',
    unit: 'taux',
    openfisca:
      'prestations_sociales.solidarite_insertion.minima_sociaux.rsa.rsa_fl.forfait_logement.taux_2_personnes',
    values: [
      {
        from: '2009-06-01',
        value: 0.16,
        source: {
          title: 'Décret 2009-404 du 15/04/2009, art. 2 (modif art. R262-9 et R262-10 du CASF)',
          url: 'https://www.legifrance.gouv.fr/affichTexteArticle.do?idArticle=LEGIARTI000020522717&cidTexte=JORFTEXT000020521930',
        },
      },
    ],
  },
  forfaitLogement3: {
    description:
      'Forfait logement, foyer de trois personnes ou plus (part du montant forfaitaire de trois personnes)',
    unit: 'taux',
    openfisca:
      'prestations_sociales.solidarite_insertion.minima_sociaux.rsa.rsa_fl.forfait_logement.taux_3_personnes_ou_plus',
    values: [
      {
        from: '2009-06-01',
        value: 0.165,
        source: {
          title: 'Décret 2009-404 du 15/04/2009, art. 2 (modif art. R262-9 et R262-10 du CASF)',
          url: 'https://www.legifrance.gouv.fr/affichTexteArticle.do?idArticle=LEGIARTI000020522717&cidTexte=JORFTEXT000020521930',
        },
      },
    ],
  },
  montantMinimumVerse: {
    description: "Montant en dessous duquel le RSA n'est pas versé",
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.solidarite_insertion.minima_sociaux.rsa.rsa_maj.montant_minimum_verse',
    values: [
      {
        from: '2009-06-01',
        value: 6,
        source: {
          title: "Article R262-39 du Code de l'action sociale et des familles",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000020526072/2009-06-01',
        },
      },
    ],
  },
  ageMinimum: {
    description: "Âge minimal du demandeur sans enfant ; âge limite d'un enfant à charge",
    unit: 'ans',
    openfisca: 'prestations_sociales.solidarite_insertion.minima_sociaux.rsa.rsa_cond.age_pac',
    values: [
      {
        from: '1977-10-01',
        value: 25,
        source: {
          title: "Art. R262-3 du Code de l'action sociale et des familles",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000020526222/2009-06-01/',
        },
      },
    ],
  },
  forfaitAsfTaux: {
    description: 'ASF retenue forfaitairement dans les ressources, par enfant',
    unit: 'BMAF',
    openfisca:
      'prestations_sociales.solidarite_insertion.minima_sociaux.rsa.rsa_maj.forfait_asf.taux2',
    values: [
      {
        from: '2014-04-01',
        value: 0.225,
        source: {
          title: "Article R262-10-1 du code de l'action sociale et des familles",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000029006452/2014-04-01/',
        },
      },
    ],
  },
} satisfies Record<string, Parameter>;
