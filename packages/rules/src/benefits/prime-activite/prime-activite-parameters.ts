import type { Parameter } from '../../parameters.ts';

/**
 * Prime d'activité (articles L841-1 s. et D843-1 s. du code de la sécurité sociale).
 * Values and sources transcribed from the official texts as referenced by OpenFisca-France
 * (parameters at commit a7038ee4913); each value carries the text that sets it.
 */
export const primeActiviteParameters = {
  montantDeBase: {
    description: "Montant forfaitaire de la prime d'activité pour une personne seule",
    unit: 'EUR/mois',
    revaluation: { every: 'year', on: '04-01' },
    openfisca: 'prestations_sociales.solidarite_insertion.minima_sociaux.ppa.pa_m.montant_de_base',
    values: [
      {
        from: '2022-07-01',
        value: 586.23,
        source: {
          title: 'LOI n° 2022-1158 du 16/08/2022, art 9.',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046186723',
        },
      },
      {
        from: '2023-04-01',
        value: 595.25,
        source: {
          title: 'Décret n° 2023-343 du 4 mai 2023, article 1',
          url: 'https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000047521600',
        },
      },
      {
        from: '2024-04-01',
        value: 622.63,
        source: {
          title: 'Article L842-3 du code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037994814',
        },
      },
      {
        from: '2025-04-01',
        value: 633.21,
        source: {
          title: 'Décret n° 2025-294 du 29 mars 2025, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000051393100',
        },
      },
      {
        from: '2026-04-01',
        value: 638.28,
        source: {
          title: 'Décret n° 2026-222 du 30 mars 2026, art. 2',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053733855',
        },
      },
    ],
  },
  majorationDeuxiemePersonne: {
    description: 'Majoration pour la deuxième personne du foyer',
    unit: 'taux',
    openfisca:
      'prestations_sociales.solidarite_insertion.minima_sociaux.ppa.pa_m.majoration_montant_maximal.couples_seul_avec_enfant',
    values: [
      {
        from: '2016-01-01',
        value: 0.5,
        source: {
          title: 'Décret 2015-1710 du 21/12/2015, art. 2',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000031665094',
        },
      },
    ],
  },
  majorationTroisiemePersonne: {
    description: 'Majoration pour la troisième personne (et la quatrième si couple)',
    unit: 'taux',
    openfisca:
      'prestations_sociales.solidarite_insertion.minima_sociaux.ppa.pa_m.majoration_montant_maximal.couple_1_enfant_2e_enfant',
    values: [
      {
        from: '2016-01-01',
        value: 0.3,
        source: {
          title: 'Décret 2015-1710 du 21/12/2015, art. 2 (crée art. D843-1 du CSS)',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000031665094',
        },
      },
    ],
  },
  majorationPersonneSupplementaire: {
    description: 'Majoration par personne supplémentaire',
    unit: 'taux',
    openfisca:
      'prestations_sociales.solidarite_insertion.minima_sociaux.ppa.pa_m.majoration_montant_maximal.par_enfant_supplementaire',
    values: [
      {
        from: '2016-01-01',
        value: 0.4,
        source: {
          title: 'Décret 2015-1710 du 21/12/2015, art. 2 (crée art. D843-1 du CSS)',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000031665094',
        },
      },
    ],
  },
  majorationIsolementBase: {
    description: 'Parent isolé : taux du montant forfaitaire majoré',
    unit: 'taux',
    openfisca:
      'prestations_sociales.solidarite_insertion.minima_sociaux.ppa.pa_m.majoration_isolement.femmes_enceintes',
    values: [
      {
        from: '2016-01-01',
        value: 1.28412,
        source: {
          title: 'Décret 2015-1710 du 21/12/2015, art. 2 (crée art. D843-1 du CSS)',
          url: 'https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000031665104',
        },
      },
    ],
  },
  majorationIsolementParEnfant: {
    description: 'Parent isolé : taux par enfant à charge',
    unit: 'taux',
    openfisca:
      'prestations_sociales.solidarite_insertion.minima_sociaux.ppa.pa_m.majoration_isolement.par_enfant_charge',
    values: [
      {
        from: '2016-01-01',
        value: 0.42804,
        source: {
          title: 'Décret 2015-1710 du 21/12/2015, art. 2 (crée art. D843-1 du CSS)',
          url: 'https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000031665104',
        },
      },
    ],
  },
  forfaitLogement1: {
    description: "Forfait logement, foyer d'une personne",
    unit: 'taux',
    openfisca:
      'prestations_sociales.solidarite_insertion.minima_sociaux.ppa.pa_fl.taux_forfait_logement.foyer_1_personne',
    values: [
      {
        from: '2016-01-01',
        value: 0.12,
        source: {
          title: 'Article R844-3 du Code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000048841687',
        },
      },
    ],
  },
  forfaitLogement2: {
    description: 'Forfait logement, foyer de deux personnes',
    unit: 'taux',
    openfisca:
      'prestations_sociales.solidarite_insertion.minima_sociaux.ppa.pa_fl.taux_forfait_logement.foyer_2_personnes',
    values: [
      {
        from: '2016-01-01',
        value: 0.16,
        source: {
          title: 'Article R844-3 du Code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000048841687',
        },
      },
    ],
  },
  forfaitLogement3: {
    description: 'Forfait logement, foyer de trois personnes ou plus',
    unit: 'taux',
    openfisca:
      'prestations_sociales.solidarite_insertion.minima_sociaux.ppa.pa_fl.taux_forfait_logement.foyer_3_personnes',
    values: [
      {
        from: '2016-01-01',
        value: 0.165,
        source: {
          title: 'Article R844-3 du Code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000048841687',
        },
      },
    ],
  },
  tauxRevenusActivite: {
    description: "Part des revenus d'activité ajoutée au montant forfaitaire",
    unit: 'taux',
    openfisca:
      'prestations_sociales.solidarite_insertion.minima_sociaux.ppa.pa_m.majoration_ressources_revenus_activite',
    values: [
      {
        from: '2018-08-01',
        value: 0.61,
        source: {
          title: 'Décret 2018-836 du 03/10/2018, art. 2',
          url: 'https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000037460547',
        },
      },
      {
        from: '2025-04-01',
        value: 0.5985,
        source: {
          title: 'Décret 2018-836 du 03/10/2018, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000051393074/',
        },
      },
    ],
  },
  bonificationSeuil: {
    description:
      "Revenus d'activité à partir desquels la bonification individuelle commence (en SMIC horaires)",
    unit: 'SMIC horaire',
    openfisca:
      'prestations_sociales.solidarite_insertion.minima_sociaux.ppa.pa_m.bonification.seuil_bonification',
    values: [
      {
        from: '2016-01-01',
        value: 59,
        source: {
          title: 'Décret 2015-1710 du 21/12/2015, art. 2 (crée art. D843-2 du CSS)',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000031665094',
        },
      },
    ],
  },
  bonificationSeuilMax: {
    description:
      "Revenus d'activité à partir desquels la bonification est maximale (en SMIC horaires)",
    unit: 'SMIC horaire',
    openfisca:
      'prestations_sociales.solidarite_insertion.minima_sociaux.ppa.pa_m.bonification.seuil_max_bonification',
    values: [
      {
        from: '2018-10-01',
        value: 120,
        source: {
          title: 'Décret nº2018-1197 du 21/12/2018',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037846000',
        },
      },
      {
        from: '2026-04-01',
        value: 138,
        source: {
          title: 'Décret 2026-222 du 30 mars 2026, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053733855',
        },
      },
    ],
  },
  bonificationTauxMax: {
    description: 'Bonification maximale, en part du montant forfaitaire',
    unit: 'taux',
    openfisca:
      'prestations_sociales.solidarite_insertion.minima_sociaux.ppa.pa_m.bonification.taux_bonification_max',
    values: [
      {
        from: '2018-10-01',
        value: 0.29101,
        source: {
          title: 'Décret nº2018-1197 du 21/12/2018',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037846000',
        },
      },
      {
        from: '2026-04-01',
        value: 0.377,
        source: {
          title: 'Décret 2026-222 du 30 mars 2026, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053733855',
        },
      },
    ],
  },
  montantMinimumVerse: {
    description: "Montant en dessous duquel la prime d'activité n'est pas versée",
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.solidarite_insertion.minima_sociaux.ppa.pa_m.montant_minimum_verse',
    values: [
      {
        from: '2015-10-01',
        value: 15,
        source: {
          title: 'Article D846-2 du Code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031674204/2020-08-28',
        },
      },
    ],
  },
  ageMinimum: {
    description: "Âge minimal pour la prime d'activité",
    unit: 'ans',
    openfisca: 'prestations_sociales.solidarite_insertion.minima_sociaux.ppa.pa_cond.age_min',
    values: [
      {
        from: '2015-10-01',
        value: 18,
        source: {
          title:
            "Loi n°2015-994 du 17/08/2015 relative au dialogue social et à l'emploi, article 57",
          url: 'https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000031046223',
        },
      },
    ],
  },
  seuilAahActivite: {
    description:
      "Revenus d'activité au-delà desquels l'AAH compte comme revenu d'activité (en SMIC horaires)",
    unit: 'SMIC horaire',
    openfisca:
      'prestations_sociales.solidarite_insertion.minima_sociaux.ppa.pa_cond.seuil_aah_activite',
    values: [
      {
        from: '2015-10-01',
        value: 29,
        source: {
          title: 'Article L842-8 du code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033013343/2025-03-07/',
        },
      },
    ],
  },
  plafondApprenant: {
    description: 'Étudiants et apprentis : revenus minimaux, en part de 169 SMIC horaires',
    unit: 'taux',
    openfisca:
      'prestations_sociales.prestations_familiales.def_pac.revenu_plafond_pac_non_scolaire',
    values: [
      {
        from: '1985-12-22',
        value: 0.55,
        source: {
          title: 'Article R512-2 du code de la Sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006750598/1985-12-21',
        },
      },
    ],
  },
} satisfies Record<string, Parameter>;
