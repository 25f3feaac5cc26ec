import type { Parameter } from '../src/parameters.ts';

/**
 * Parameters shared by several benefits: SMIC, BMAF, CRDS, tax allowances.
 * Values and sources transcribed from the official texts as referenced by OpenFisca-France
 * (parameters at commit a7038ee4913); each value carries the text that sets it.
 */
export const commonParameters = {
  smicHoraire: {
    description: 'SMIC horaire brut',
    unit: 'EUR',
    openfisca: 'marche_travail.salaire_minimum.smic.smic_b_horaire',
    values: [
      {
        from: '2023-01-01',
        value: 11.27,
        source: {
          title: 'Décret 2022-1608 du 22/12/2022',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046780043',
        },
      },
      {
        from: '2023-05-01',
        value: 11.52,
        source: {
          title: 'Arrêté du 26/04/2023',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000047495817',
        },
      },
      {
        from: '2024-01-01',
        value: 11.65,
        source: {
          title: 'Décret du 20/12/2023',
          url: 'https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000048604684',
        },
      },
      {
        from: '2024-11-01',
        value: 11.88,
        source: {
          title: 'Décret n° 2024-951 23/10/2024',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000050392683',
        },
      },
      {
        from: '2026-01-01',
        value: 12.02,
        source: {
          title:
            'Décret n° 2025-1228 du 17/12/2025 portant relèvement du salaire minimum de croissance',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053042520',
        },
      },
      {
        from: '2026-06-01',
        value: 12.31,
        source: {
          title: 'Arrêté du 22 mai 2026 relatif au relèvement du salaire minimum de croissance',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000054126589',
        },
      },
    ],
  },
  smicHeuresMensuelles: {
    description: 'Durée mensuelle légale du travail (heures)',
    unit: 'heures',
    openfisca: 'marche_travail.salaire_minimum.smic.nb_heures_travail_mensuel',
    values: [
      {
        from: '2002-01-01',
        value: 151.67,
        source: {
          title: 'Article L3121-27 du Code du Travail',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033020376',
        },
      },
    ],
  },
  bmaf: {
    description: 'Base mensuelle de calcul des allocations familiales (BMAF)',
    unit: 'EUR/mois',
    revaluation: { every: 'year', on: '04-01' },
    openfisca: 'prestations_sociales.prestations_familiales.bmaf.bmaf',
    values: [
      {
        from: '2022-07-01',
        value: 439.17,
        source: {
          title: 'LOI n° 2022-1158 du 16/08/2022, art. 9',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046186723',
        },
      },
      {
        from: '2023-04-01',
        value: 445.93,
        source: {
          title: 'Instruction interministérielle DSS/2B/2023/41 du 24 mars 2023',
          url: 'https://sante.gouv.fr/fichiers/bo/2023/2023.6.sante.pdf',
        },
      },
      {
        from: '2024-04-01',
        value: 466.44,
        source: {
          title: 'Instruction interministérielle n° DSS/2B/2024/43 du 20 mars 2024 (p. 84)',
          url: 'https://sante.gouv.fr/fichiers/bo/2024/2024.6.sante.pdf#page=84',
        },
      },
      {
        from: '2025-04-01',
        value: 474.37,
        source: {
          title: 'Instruction interministérielle N° DSS/2A/2C/2025/32 du 7 mars 2025',
          url: 'https://sante.gouv.fr/fichiers/bo/2025/2025.6.sante.pdf#page=9',
        },
      },
      {
        from: '2026-04-01',
        value: 478.16,
        source: {
          title: 'Instruction interministérielle n° DSS/2A/2026/36 du 26 mars 2026',
          url: 'https://bulletins-officiels.social.gouv.fr/instruction-interministerielle-ndeg-dss2b202646-du-20-mars-2026-relative-la-revalorisation-au-1er-avril-2026-des-prestations-familiales-servies-en-metropole-en-guadeloupe-en-guyane-en-martinique-la-reunion-saint-barthelemy-saint-martin-et',
        },
      },
    ],
  },
  crds: {
    description: 'Taux de la CRDS prélevée sur les prestations',
    unit: 'taux',
    openfisca: 'prelevements_sociaux.contributions_sociales.crds',
    values: [
      {
        from: '1996-02-01',
        value: 0.005,
        source: {
          title: "Article 19 de l'Ordonnance n° 96-50 du 24 janvier 1996",
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000041466982/',
        },
      },
    ],
  },
  abattementSalairesTaux: {
    description: 'Déduction forfaitaire de 10 % pour frais professionnels',
    unit: 'taux',
    openfisca: 'impot_revenu.calcul_revenus_imposables.deductions.abatpro.taux',
    values: [
      {
        from: '1943-01-01',
        value: 0.1,
        source: {
          title: 'Article 83 du Code général des impôts',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000036429189',
        },
      },
    ],
  },
  abattementSalairesMin: {
    description: 'Minimum de la déduction forfaitaire pour frais professionnels',
    unit: 'EUR/an',
    openfisca: 'impot_revenu.calcul_revenus_imposables.deductions.abatpro.min',
    values: [
      {
        from: '2023-01-01',
        value: 495,
        source: {
          title: 'Article 83, 3. du Code général des impôts',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000032701943',
        },
      },
      {
        from: '2024-01-01',
        value: 504,
        source: {
          title: 'Article 83, 3. du Code général des impôts',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000032701943',
        },
      },
      {
        from: '2025-01-01',
        value: 509,
        source: {
          title: 'Décret n° 2026-562 du 29/06/2026, art. 2',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000054341109',
        },
      },
    ],
  },
  abattementSalairesMax: {
    description: 'Plafond de la déduction forfaitaire pour frais professionnels',
    unit: 'EUR/an',
    openfisca: 'impot_revenu.calcul_revenus_imposables.deductions.abatpro.max',
    values: [
      {
        from: '2023-01-01',
        value: 14171,
        source: {
          title: 'Article 83, 3. du Code général des impôts',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000032701943',
        },
      },
      {
        from: '2024-01-01',
        value: 14426,
        source: {
          title: 'Article 83, 3. du Code général des impôts',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000032701943',
        },
      },
      {
        from: '2025-01-01',
        value: 14555,
        source: {
          title: 'Décret n° 2026-562 du 29/06/2026, art. 2',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000054341109',
        },
      },
    ],
  },
  abattementPensionsTaux: {
    description: 'Abattement de 10 % sur les pensions',
    unit: 'taux',
    openfisca: 'impot_revenu.calcul_revenus_imposables.deductions.abatpen.taux',
    values: [
      {
        from: '1943-01-01',
        value: 0.1,
        source: {
          title: 'Art. 158 du Code général des impôts',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000042158853',
        },
      },
    ],
  },
  abattementPensionsMin: {
    description: "Minimum de l'abattement de 10 % sur les pensions",
    unit: 'EUR/an',
    openfisca: 'impot_revenu.calcul_revenus_imposables.deductions.abatpen.min',
    values: [
      {
        from: '2023-01-01',
        value: 442,
        source: {
          title: 'Article 158, 5.a. du Code général des impôts',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000042909707/',
        },
      },
      {
        from: '2024-01-01',
        value: 450,
        source: {
          title: 'Article 158, 5.a. du Code général des impôts',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000042909707/',
        },
      },
      {
        from: '2025-01-01',
        value: 454,
        source: {
          title: 'Décret n° 2026-562 du 29/06/2026, art. 2',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000054341109',
        },
      },
    ],
  },
  abattementPensionsMax: {
    description: "Plafond de l'abattement de 10 % sur les pensions (par foyer)",
    unit: 'EUR/an',
    openfisca: 'impot_revenu.calcul_revenus_imposables.deductions.abatpen.max',
    values: [
      {
        from: '2023-01-01',
        value: 4321,
        source: {
          title: 'Article 158, 5.a. du Code général des impôts',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000042909707/',
        },
      },
      {
        from: '2024-01-01',
        value: 4399,
        source: {
          title: 'Article 158, 5.a. du Code général des impôts',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000042909707/',
        },
      },
      {
        from: '2025-01-01',
        value: 4439,
        source: {
          title: 'Décret n° 2026-562 du 29/06/2026, art. 2',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000054341109',
        },
      },
    ],
  },
} satisfies Record<string, Parameter>;
