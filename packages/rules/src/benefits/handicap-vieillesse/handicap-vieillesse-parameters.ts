import type { Parameter } from '../../parameters.ts';

/**
 * AAH, ASI and ASPA, used as resources by RSA and prime d'activité (code de la sécurité sociale, L821-1 s., L815-1 s.).
 * Values and sources transcribed from the official texts as referenced by OpenFisca-France
 * (parameters at commit a7038ee4913); each value carries the text that sets it.
 */
export const handicapVieillesseParameters = {
  aahMontant: {
    description: "Montant maximal de l'AAH",
    unit: 'EUR/mois',
    revaluation: { every: 'year', on: '04-01' },
    openfisca: 'prestations_sociales.prestations_etat_de_sante.invalidite.aah.montant',
    values: [
      {
        from: '2022-07-01',
        value: 956.65,
        source: {
          title: 'LOI n° 2022-1158 du 16/08/2022, art. 9, I',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046186723',
        },
      },
      {
        from: '2023-04-01',
        value: 971.37,
        source: {
          title: 'Décret n° 2023-328 du 29 avril 2023',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000047511476',
        },
      },
      {
        from: '2024-04-01',
        value: 1016.05,
        source: {
          title: 'Décret n° 2024-397 du 29 avril 2024',
          url: 'https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000049486529',
        },
      },
      {
        from: '2025-04-01',
        value: 1033.32,
        source: {
          title: 'Décret n° 2025-297 du 29 mars 2025, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000051393142',
        },
      },
      {
        from: '2026-04-01',
        value: 1041.59,
        source: {
          title: 'Décret n° 2026-229 du 30 mars 2026, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053734356',
        },
      },
    ],
  },
  aahMajorationParEnfant: {
    description: 'AAH : majoration du plafond de ressources par enfant',
    unit: 'taux',
    openfisca:
      'prestations_sociales.prestations_etat_de_sante.invalidite.aah.majoration_plafond.majoration_par_enfant_supplementaire',
    values: [
      {
        from: '2000-01-01',
        value: 0.5,
        source: {
          title: 'Article D821-2 du Code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000039211076',
        },
      },
    ],
  },
  majorationVieAutonome: {
    description: 'Majoration pour la vie autonome (complément de l’AAH)',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.prestations_etat_de_sante.invalidite.caah.majoration_vie_autonome',
    values: [
      {
        from: '2008-01-01',
        value: 104.77,
        source: {
          title: 'Article D821-3 du code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000019865432',
        },
      },
    ],
  },
  aahTauxIncapacite: {
    description: "AAH : taux d'incapacité ouvrant droit sans autre condition",
    unit: 'taux',
    openfisca:
      'prestations_sociales.prestations_etat_de_sante.invalidite.aah.taux_capacite.taux_incapacite',
    values: [
      {
        from: '2010-11-17',
        value: 0.8,
        source: {
          title: 'Article D821-1 du Code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000023097719',
        },
      },
    ],
  },
  aahTauxIncapaciteRsdae: {
    description: "AAH : taux d'incapacité ouvrant droit avec une restriction d'accès à l'emploi",
    unit: 'taux',
    openfisca:
      'prestations_sociales.prestations_etat_de_sante.invalidite.aah.taux_capacite.taux_incapacite_rsdae',
    values: [
      {
        from: '2010-11-17',
        value: 0.5,
        source: {
          title: 'Article D821-1 du Code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000023097719',
        },
      },
    ],
  },
  aahAgeMinimal: {
    description: 'AAH : âge minimal',
    unit: 'ans',
    openfisca: 'prestations_sociales.prestations_etat_de_sante.invalidite.aah.age_minimal',
    values: [
      {
        from: '1986-01-01',
        value: 20,
        source: {
          title: 'Article R821-1 du Code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006754135',
        },
      },
    ],
  },
  aahAgeFinEduc: {
    description: "AAH : âge minimal si l'enfant n'ouvre plus droit aux prestations familiales",
    unit: 'ans',
    openfisca: 'prestations_sociales.prestations_etat_de_sante.invalidite.aah.age_fin_educ',
    values: [
      {
        from: '1986-01-01',
        value: 16,
        source: {
          title: 'Article R821-1 du Code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006754135',
        },
      },
    ],
  },
  aahAgeRetraite: {
    description: 'AAH à 50-79 % : âge légal de départ en retraite',
    unit: 'ans',
    openfisca: 'prestations_sociales.prestations_etat_de_sante.invalidite.aah.age_legal_retraite',
    values: [
      {
        from: '2017-01-01',
        value: 62,
        source: {
          title: 'Article L161-17-2 du Code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000025014605',
        },
      },
      {
        from: '2023-09-01',
        value: 64,
        source: {
          title:
            'Loi n°2023-270 du 14/04/2023 de financement rectificative de la sécurité sociale pour 2023',
          url: 'https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000047445097',
        },
      },
    ],
  },
  aahTrancheSmic: {
    description: "AAH : première tranche de revenus d'activité, en part du SMIC brut annuel",
    unit: 'taux',
    openfisca:
      'prestations_sociales.prestations_etat_de_sante.invalidite.aah.travail_ordinaire.tranche_smic',
    values: [
      {
        from: '2011-01-01',
        value: 0.3,
        source: {
          title: 'Décret n° 2010-1403 du 12/11/2010, art. 1 (modifie art. D821-9 du CSS)',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000023086051/#JORFARTI000023086056',
        },
      },
    ],
  },
  aahAbattementTranche1: {
    description: "AAH : abattement sur la première tranche de revenus d'activité",
    unit: 'taux',
    openfisca:
      'prestations_sociales.prestations_etat_de_sante.invalidite.aah.travail_ordinaire.abattement_30',
    values: [
      {
        from: '2011-01-01',
        value: 0.8,
        source: {
          title: 'Code de la sécurité sociale - Article D821-9',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000023097737/2010-11-17/',
        },
      },
    ],
  },
  aahAbattementTranche2: {
    description: "AAH : abattement sur les revenus d'activité au-delà",
    unit: 'taux',
    openfisca:
      'prestations_sociales.prestations_etat_de_sante.invalidite.aah.travail_ordinaire.abattement_sup',
    values: [
      {
        from: '2011-01-01',
        value: 0.4,
        source: {
          title: 'Code de la sécurité sociale - Article D821-9',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000023097737/2010-11-17/',
        },
      },
    ],
  },
  aahAbattementCessation: {
    description: "AAH : abattement en cas de cessation d'activité",
    unit: 'taux',
    openfisca:
      'prestations_sociales.prestations_etat_de_sante.invalidite.aah.abattement_cessation_activite',
    values: [
      {
        from: '2004-01-01',
        value: 0.3,
        source: {
          title: 'Article R532-5 du Code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006750910/2004-01-01',
        },
      },
    ],
  },
  asiPlafondSeul: {
    description: 'ASI : plafond de ressources, personne seule',
    unit: 'EUR/an',
    revaluation: { every: 'year', on: '04-01' },
    overlays: { 'openfisca-176': '2025-04-01' },
    openfisca:
      'prestations_sociales.prestations_etat_de_sante.invalidite.asi.plafond_ressource_seul',
    values: [
      {
        from: '2022-07-01',
        value: 10163.71,
        source: {
          title: 'Circulaire CNAV 2022-22 du 22/08/2022',
          url: 'https://www.legislation.cnav.fr/Documents/circulaire_cnav_2022_22_22082022.pdf',
        },
      },
      {
        from: '2023-04-01',
        value: 10320.07,
        source: {
          title: '​Circulaire Cnav 2023/9 du 11/04/2023',
          url: 'https://legislation.lassuranceretraite.fr/Pdf/circulaire_cnav_2023_09_11042023.pdf',
        },
      },
      {
        from: '2024-04-01',
        value: 10794.79,
        source: {
          title: 'Circulaire Cnav 2024-13 du 4/04/2024',
          url: 'https://legislation.lassuranceretraite.fr/Pdf/circulaire_cnav_2024_13_04042024.pdf',
        },
      },
      {
        from: '2025-04-01',
        value: 10978.3,
        source: {
          title: 'Circulaire Cnav 2025-13 du 03/04/2025',
          url: 'https://legislation.lassuranceretraite.fr/Pdf/circulaire_cnav_2025_13_03042025.pdf',
        },
      },
    ],
  },
  asiPlafondCouple: {
    description: 'ASI : plafond de ressources, couple',
    unit: 'EUR/an',
    revaluation: { every: 'year', on: '04-01' },
    overlays: { 'openfisca-176': '2025-04-01' },
    openfisca:
      'prestations_sociales.prestations_etat_de_sante.invalidite.asi.plafond_ressource_couple',
    values: [
      {
        from: '2022-07-01',
        value: 17786.49,
        source: {
          title: 'Circulaire CNAV 2022-22 du 22/08/2022',
          url: 'https://www.legislation.cnav.fr/Documents/circulaire_cnav_2022_22_22082022.pdf',
        },
      },
      {
        from: '2023-04-01',
        value: 18060.13,
        source: {
          title: '​Circulaire Cnav 2023-9 du 11/04/2023',
          url: 'https://legislation.lassuranceretraite.fr/Pdf/circulaire_cnav_2023_09_11042023.pdf',
        },
      },
      {
        from: '2024-04-01',
        value: 18890.89,
        source: {
          title: 'Circulaire Cnav 2024-13 du 4/04/2024',
          url: 'https://legislation.lassuranceretraite.fr/Pdf/circulaire_cnav_2024_13_04042024.pdf',
        },
      },
      {
        from: '2025-04-01',
        value: 19212.03,
        source: {
          title: 'Circulaire Cnav 2025-13 du 03/04/2025',
          url: 'https://legislation.lassuranceretraite.fr/Pdf/circulaire_cnav_2025_13_03042025.pdf',
        },
      },
    ],
  },
  aspaMontantSeul: {
    description: 'ASPA : montant maximal, personne seule',
    unit: 'EUR/an',
    revaluation: { every: 'year', on: '01-01' },
    openfisca:
      'prestations_sociales.solidarite_insertion.minimum_vieillesse.aspa.montant_maximum_annuel.personnes_seules',
    values: [
      {
        from: '2023-01-01',
        value: 11533.02,
        source: {
          title: 'Circulaire Cnav 2023/3 du 09/01/2023',
          url: 'https://legislation.lassuranceretraite.fr/Pdf/circulaire_cnav_2023_03_09012023.pdf',
        },
      },
      {
        from: '2024-01-01',
        value: 12144.27,
        source: {
          title: 'Circulaire Cnav 2023-34 du 29/12/2023 (page 10).',
          url: 'https://legislation.lassuranceretraite.fr/Pdf/circulaire_cnav_2023_34_29122023.pdf',
        },
      },
      {
        from: '2025-01-01',
        value: 12411.44,
        source: {
          title: 'Circulaire Cnav 2024-39 du 23/12/2024 (page 9)',
          url: 'https://legislation.lassuranceretraite.fr/Pdf/circulaire_cnav_2024_39_23122024.pdf',
        },
      },
      {
        from: '2026-01-01',
        value: 12523.14,
        source: {
          title: 'Circulaire Cnav 2025-29 du 22/12/2025 (page 8)',
          url: 'https://legislation.lassuranceretraite.fr/Pdf/circulaire_cnav_2025_29_22122025.pdf',
        },
      },
    ],
  },
  aspaMontantCouple: {
    description: 'ASPA : montant maximal, couple',
    unit: 'EUR/an',
    revaluation: { every: 'year', on: '01-01' },
    openfisca:
      'prestations_sociales.solidarite_insertion.minimum_vieillesse.aspa.montant_maximum_annuel.couples',
    values: [
      {
        from: '2023-01-01',
        value: 17905.06,
        source: {
          title: 'Circulaire Cnav 2023/3 du 09/01/2023',
          url: 'https://legislation.lassuranceretraite.fr/Pdf/circulaire_cnav_2023_03_09012023.pdf',
        },
      },
      {
        from: '2024-01-01',
        value: 18854.02,
        source: {
          title: 'Circulaire Cnav 2023-34 du 29/12/2023 (page 10).',
          url: 'https://legislation.lassuranceretraite.fr/Pdf/circulaire_cnav_2023_34_29122023.pdf',
        },
      },
      {
        from: '2025-01-01',
        value: 19268.8,
        source: {
          title: 'Circulaire Cnav 2024-39 du 23/12/2024 (page 9)',
          url: 'https://legislation.lassuranceretraite.fr/Pdf/circulaire_cnav_2024_39_23122024.pdf',
        },
      },
      {
        from: '2026-01-01',
        value: 19442.21,
        source: {
          title: 'Circulaire Cnav 2025-29 du 22/12/2025 (page 8)',
          url: 'https://legislation.lassuranceretraite.fr/Pdf/circulaire_cnav_2025_29_22122025.pdf',
        },
      },
    ],
  },
  aspaPlafondSeul: {
    description: 'ASPA : plafond de ressources, personne seule',
    unit: 'EUR/an',
    revaluation: { every: 'year', on: '01-01' },
    openfisca:
      'prestations_sociales.solidarite_insertion.minimum_vieillesse.aspa.plafond_ressources.personnes_seules',
    values: [
      {
        from: '2023-01-01',
        value: 11533.02,
        source: {
          title: 'Circulaire Cnav 2023/3 du 09/01/2023',
          url: 'https://legislation.lassuranceretraite.fr/Pdf/circulaire_cnav_2023_03_09012023.pdf',
        },
      },
      {
        from: '2024-01-01',
        value: 12144.27,
        source: {
          title: 'Circulaire Cnav 2023-34 du 29/12/2023 (page 10).',
          url: 'https://legislation.lassuranceretraite.fr/Pdf/circulaire_cnav_2023_34_29122023.pdf',
        },
      },
      {
        from: '2025-01-01',
        value: 12411.44,
        source: {
          title: 'Circulaire Cnav 2024-39 du 23/12/2024 (page 10)',
          url: 'https://legislation.lassuranceretraite.fr/Pdf/circulaire_cnav_2024_39_23122024.pdf',
        },
      },
      {
        from: '2026-01-01',
        value: 12523.14,
        source: {
          title: 'Circulaire Cnav 2025-29 du 22/12/2025 (page 9)',
          url: 'https://legislation.lassuranceretraite.fr/Pdf/circulaire_cnav_2025_29_22122025.pdf',
        },
      },
    ],
  },
  aspaPlafondCouple: {
    description: 'ASPA : plafond de ressources, couple',
    unit: 'EUR/an',
    revaluation: { every: 'year', on: '01-01' },
    openfisca:
      'prestations_sociales.solidarite_insertion.minimum_vieillesse.aspa.plafond_ressources.couples',
    values: [
      {
        from: '2023-01-01',
        value: 17905.06,
        source: {
          title: 'Circulaire Cnav 2023/3 du 09/01/2023',
          url: 'https://legislation.lassuranceretraite.fr/Pdf/circulaire_cnav_2023_03_09012023.pdf',
        },
      },
      {
        from: '2024-01-01',
        value: 18854.02,
        source: {
          title: 'Circulaire Cnav 2023-34 du 29/12/2023 (page 10).',
          url: 'https://legislation.lassuranceretraite.fr/Pdf/circulaire_cnav_2023_34_29122023.pdf',
        },
      },
      {
        from: '2025-01-01',
        value: 19268.8,
        source: {
          title: 'Circulaire Cnav 2024-39 du 23/12/2024 (page 10)',
          url: 'https://legislation.lassuranceretraite.fr/Pdf/circulaire_cnav_2024_39_23122024.pdf',
        },
      },
      {
        from: '2026-01-01',
        value: 19442.21,
        source: {
          title: 'Circulaire Cnav 2025-29 du 22/12/2025 (page 9)',
          url: 'https://legislation.lassuranceretraite.fr/Pdf/circulaire_cnav_2025_29_22122025.pdf',
        },
      },
    ],
  },
  aspaAgeMinimal: {
    description: 'ASPA : âge minimal',
    unit: 'ans',
    openfisca: 'prestations_sociales.solidarite_insertion.minimum_vieillesse.aspa.age_min',
    values: [
      {
        from: '2002-01-01',
        value: 65,
        source: {
          title: 'Article R815-1 du Code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000047633276/2023-09-01',
        },
      },
    ],
  },
  aspaTauxIncapaciteAnticipe: {
    description: "ASPA : taux d'incapacité permettant l'attribution à l'âge légal de retraite",
    unit: 'taux',
    openfisca:
      'prestations_sociales.solidarite_insertion.minimum_vieillesse.aspa.taux_incapacite_aspa_anticipe',
    values: [
      {
        from: '2002-01-01',
        value: 0.5,
        source: {
          title: 'Article R351-21 du Code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006749360',
        },
      },
    ],
  },
  aspaAbattementSalairesSeul: {
    description:
      "ASPA : abattement sur les revenus d'activité d'une personne seule, en SMIC mensuels",
    unit: 'taux',
    openfisca:
      'prestations_sociales.solidarite_insertion.minimum_vieillesse.aspa.abattement_forfaitaire.personnes_seules',
    values: [
      {
        from: '2015-01-01',
        value: 0.9,
        source: {
          title: 'Article R815-29 du Code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000029968931/2015-01-01',
        },
      },
    ],
  },
  aspaAbattementSalairesCouple: {
    description: "ASPA : abattement sur les revenus d'activité d'un couple, en SMIC mensuels",
    unit: 'taux',
    openfisca:
      'prestations_sociales.solidarite_insertion.minimum_vieillesse.aspa.abattement_forfaitaire.couples',
    values: [
      {
        from: '2015-01-01',
        value: 1.5,
        source: {
          title: 'Article R815-29 du Code de la sécurité sociale',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000029968931/2015-01-01',
        },
      },
    ],
  },
} satisfies Record<string, Parameter>;
