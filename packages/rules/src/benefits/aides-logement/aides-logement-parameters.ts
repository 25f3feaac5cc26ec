import type { Parameter } from '../../parameters.ts';

/**
 * Aides personnelles au logement (APL, ALF, ALS), secteur locatif (articles L821-1 s. et D823-1 s. du CCH, arrêté du 27 septembre 2019) and the réduction de loyer de solidarité (arrêté du 27 février 2018).
 * Values and sources transcribed from the official texts as referenced by OpenFisca-France
 * (parameters at commit a7038ee4913); each value carries the text that sets it.
 */
export const aidesLogementParameters = {
  plafondSeulZone1: {
    description: 'Loyer plafond en zone 1, personne seule',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.l_plafonds_loyers.par_zone.zone_1.personnes_seules',
    values: [
      {
        from: '2022-07-01',
        value: 308.5,
        source: {
          title: 'Arrêté du 27/09/2019, art. 7',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000046206217/2022-07-01',
        },
      },
      {
        from: '2023-10-01',
        value: 319.3,
        source: {
          title: 'Arrêté du 22/09/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048107807',
        },
      },
      {
        from: '2024-10-01',
        value: 329.71,
        source: {
          title: 'Arrêté du 27/09/2019, art. 7',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000050286647/2024-09-29',
        },
      },
      {
        from: '2025-10-01',
        value: 333.14,
        source: {
          title:
            "Arrêté du 05/09/2025 relatif au calcul des aides personnelles au logement et de l'aide à l'accession sociale et à la sortie de l'insalubrité spécifique à l'outre-mer",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000052212770',
        },
      },
    ],
  },
  plafondCoupleZone1: {
    description: 'Loyer plafond en zone 1, couple sans personne à charge',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.l_plafonds_loyers.par_zone.zone_1.couples',
    values: [
      {
        from: '2022-07-01',
        value: 372.07,
        source: {
          title: 'Arrêté du 27/09/2019, art. 7',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000046206217/2022-07-01',
        },
      },
      {
        from: '2023-10-01',
        value: 385.09,
        source: {
          title: 'Arrêté du 22/09/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048107807',
        },
      },
      {
        from: '2024-10-01',
        value: 397.64,
        source: {
          title: 'Arrêté du 27/09/2019, art. 7',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000050286647/2024-09-29',
        },
      },
      {
        from: '2025-10-01',
        value: 401.78,
        source: {
          title:
            "Arrêté du 05/09/2025 relatif au calcul des aides personnelles au logement et de l'aide à l'accession sociale et à la sortie de l'insalubrité spécifique à l'outre-mer",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000052212770',
        },
      },
    ],
  },
  plafondUnePacZone1: {
    description: 'Loyer plafond en zone 1, une personne à charge',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.l_plafonds_loyers.par_zone.zone_1.un_enfant',
    values: [
      {
        from: '2022-07-01',
        value: 420.52,
        source: {
          title: 'Arrêté du 27/09/2019, art. 7',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000046206217/2022-07-01',
        },
      },
      {
        from: '2023-10-01',
        value: 435.24,
        source: {
          title: 'Arrêté du 22/09/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048107807',
        },
      },
      {
        from: '2024-10-01',
        value: 449.43,
        source: {
          title: 'Arrêté du 27/09/2019, art. 7',
          url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000039160329/2024-09-29/',
        },
      },
      {
        from: '2025-10-01',
        value: 454.1,
        source: {
          title:
            "Arrêté du 05/09/2025 relatif au calcul des aides personnelles au logement et de l'aide à l'accession sociale et à la sortie de l'insalubrité spécifique à l'outre-mer",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000052212770',
        },
      },
    ],
  },
  plafondPacSuppZone1: {
    description: 'Loyer plafond en zone 1, majoration par personne à charge supplémentaire',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.l_plafonds_loyers.par_zone.zone_1.majoration_par_enf_supp',
    values: [
      {
        from: '2022-07-01',
        value: 61.01,
        source: {
          title: 'Arrêté du 27/09/2019, art. 7',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000046206217/2022-07-01',
        },
      },
      {
        from: '2023-10-01',
        value: 63.15,
        source: {
          title: 'Arrêté du 22/09/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048107807',
        },
      },
      {
        from: '2024-10-01',
        value: 65.21,
        source: {
          title: 'Arrêté du 27/09/2019, art. 7',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000050286647/2024-09-29',
        },
      },
      {
        from: '2025-10-01',
        value: 65.89,
        source: {
          title:
            "Arrêté du 05/09/2025 relatif au calcul des aides personnelles au logement et de l'aide à l'accession sociale et à la sortie de l'insalubrité spécifique à l'outre-mer",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000052212770',
        },
      },
    ],
  },
  degressiviteZone1: {
    description: "Zone 1 : loyer (en multiple du plafond) au-delà duquel l'aide diminue",
    unit: 'taux',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.coefficients_degressivite_suppression.zone_1.degressivite',
    values: [
      {
        from: '2016-07-01',
        value: 3.4,
        source: {
          title: "Article D823-16 du Code de la construction et de l'habitation",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038878905',
        },
      },
    ],
  },
  suppressionZone1: {
    description: "Zone 1 : loyer (en multiple du plafond) au-delà duquel l'aide est supprimée",
    unit: 'taux',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.coefficients_degressivite_suppression.zone_1.suppression',
    values: [
      {
        from: '2016-07-01',
        value: 4,
        source: {
          title: "Article D823-16 du Code de la construction et de l'habitation",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038878905',
        },
      },
    ],
  },
  rlsSeulZone1: {
    description: 'Réduction de loyer de solidarité en zone 1, personne seule',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.montant.par_zone.zone_1.personnes_seules',
    values: [
      {
        from: '2023-01-01',
        value: 52.16,
        source: {
          title: 'Arrêté du 30/12/2022, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046848188',
        },
      },
      {
        from: '2023-10-01',
        value: 54.51,
        source: {
          title: 'Arrêté du 21/09/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048100093',
        },
      },
      {
        from: '2024-01-01',
        value: 55.2,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2025-06-01',
        value: 39.69,
        source: {
          title:
            'Arrêté du 21/05/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité, article 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000051657925',
        },
      },
      {
        from: '2026-06-01',
        value: 35.99,
        source: {
          title:
            "Arrêté du 22 mai 2026 modifiant l'arrêté du 27 février 2018 relatif à la réduction de loyer de solidarité",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000054132213',
        },
      },
    ],
  },
  rlsCoupleZone1: {
    description: 'Réduction de loyer de solidarité en zone 1, couple',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.montant.par_zone.zone_1.couples',
    values: [
      {
        from: '2023-01-01',
        value: 63,
        source: {
          title: 'Arrêté du 30/12/2022, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046848188',
        },
      },
      {
        from: '2023-10-01',
        value: 66.05,
        source: {
          title: 'Arrêté du 21/09/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048100093',
        },
      },
      {
        from: '2024-01-01',
        value: 66.73,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2025-06-01',
        value: 47.98,
        source: {
          title:
            'Arrêté du 21/05/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité, article 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000051657925',
        },
      },
      {
        from: '2026-06-01',
        value: 43.51,
        source: {
          title:
            "Arrêté du 22 mai 2026 modifiant l'arrêté du 27 février 2018 relatif à la réduction de loyer de solidarité",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000054132213',
        },
      },
    ],
  },
  rlsUnePacZone1: {
    description: 'Réduction de loyer de solidarité en zone 1, une personne à charge',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.montant.par_zone.zone_1.famille_1pac',
    values: [
      {
        from: '2023-01-01',
        value: 71.14,
        source: {
          title: 'Arrêté du 30/12/2022, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046848188',
        },
      },
      {
        from: '2023-10-01',
        value: 74.43,
        source: {
          title: 'Arrêté du 21/09/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048100093',
        },
      },
      {
        from: '2024-01-01',
        value: 75.31,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2025-06-01',
        value: 54.14,
        source: {
          title:
            'Arrêté du 21/05/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité, article 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000051657925',
        },
      },
      {
        from: '2026-06-01',
        value: 49.09,
        source: {
          title:
            "Arrêté du 22 mai 2026 modifiant l'arrêté du 27 février 2018 relatif à la réduction de loyer de solidarité",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000054132213',
        },
      },
    ],
  },
  rlsPacSuppZone1: {
    description: 'Réduction de loyer de solidarité en zone 1, par personne à charge supplémentaire',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.montant.par_zone.zone_1.majoration_par_pac_supp',
    values: [
      {
        from: '2023-01-01',
        value: 10.24,
        source: {
          title: 'Arrêté du 30/12/2022, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046848188',
        },
      },
      {
        from: '2023-10-01',
        value: 10.48,
        source: {
          title: 'Arrêté du 21/09/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048100093',
        },
      },
      {
        from: '2024-01-01',
        value: 10.78,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2025-06-01',
        value: 7.75,
        source: {
          title:
            'Arrêté du 21/05/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité, article 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000051657925',
        },
      },
      {
        from: '2026-06-01',
        value: 7.03,
        source: {
          title:
            "Arrêté du 22 mai 2026 modifiant l'arrêté du 27 février 2018 relatif à la réduction de loyer de solidarité",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000054132213',
        },
      },
    ],
  },
  rlsPlafondSeulZone1: {
    description: 'Plafond de ressources mensuelles de la RLS en zone 1, personne seule',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.plafond_ressources.par_zone.zone_1.personnes_seules',
    values: [
      {
        from: '2019-01-01',
        value: 915,
        source: {
          title: 'Arrêté du 27/12/2018, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037880880',
        },
      },
      {
        from: '2024-01-01',
        value: 959,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2026-01-01',
        value: 970,
        source: {
          title:
            "Arrêté du 23/12/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables modifiant l'arrêté du 27 février 2018 re",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053175260',
        },
      },
    ],
  },
  rlsPlafondCoupleZone1: {
    description: 'Plafond de ressources mensuelles de la RLS en zone 1, couple',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.plafond_ressources.par_zone.zone_1.couples',
    values: [
      {
        from: '2019-01-01',
        value: 1102,
        source: {
          title: 'Arrêté du 27/12/2018, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037880880',
        },
      },
      {
        from: '2024-01-01',
        value: 1155,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2026-01-01',
        value: 1168,
        source: {
          title:
            "Arrêté du 23/12/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables modifiant l'arrêté du 27 février 2018 re",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053175260',
        },
      },
    ],
  },
  rlsPlafond1PacZone1: {
    description: 'Plafond de ressources mensuelles de la RLS en zone 1, 1 personne(s) à charge',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.plafond_ressources.par_zone.zone_1.famille_1pac',
    values: [
      {
        from: '2019-01-01',
        value: 1403,
        source: {
          title: 'Arrêté du 27/12/2018, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037880880',
        },
      },
      {
        from: '2024-01-01',
        value: 1470,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2026-01-01',
        value: 1486,
        source: {
          title:
            "Arrêté du 23/12/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables modifiant l'arrêté du 27 février 2018 re",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053175260',
        },
      },
    ],
  },
  rlsPlafond2PacZone1: {
    description: 'Plafond de ressources mensuelles de la RLS en zone 1, 2 personne(s) à charge',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.plafond_ressources.par_zone.zone_1.famille_2pac',
    values: [
      {
        from: '2019-01-01',
        value: 1669,
        source: {
          title: 'Arrêté du 27/12/2018, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037880880',
        },
      },
      {
        from: '2024-01-01',
        value: 1749,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2026-01-01',
        value: 1768,
        source: {
          title:
            "Arrêté du 23/12/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables modifiant l'arrêté du 27 février 2018 re",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053175260',
        },
      },
    ],
  },
  rlsPlafond3PacZone1: {
    description: 'Plafond de ressources mensuelles de la RLS en zone 1, 3 personne(s) à charge',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.plafond_ressources.par_zone.zone_1.famille_3pac',
    values: [
      {
        from: '2019-01-01',
        value: 2043,
        source: {
          title: 'Arrêté du 27/12/2018, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037880880',
        },
      },
      {
        from: '2024-01-01',
        value: 2141,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2026-01-01',
        value: 2165,
        source: {
          title:
            "Arrêté du 23/12/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables modifiant l'arrêté du 27 février 2018 re",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053175260',
        },
      },
    ],
  },
  rlsPlafond4PacZone1: {
    description: 'Plafond de ressources mensuelles de la RLS en zone 1, 4 personne(s) à charge',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.plafond_ressources.par_zone.zone_1.famille_4pac',
    values: [
      {
        from: '2019-01-01',
        value: 2357,
        source: {
          title: 'Arrêté du 27/12/2018, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037880880',
        },
      },
      {
        from: '2024-01-01',
        value: 2470,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2026-01-01',
        value: 2497,
        source: {
          title:
            "Arrêté du 23/12/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables modifiant l'arrêté du 27 février 2018 re",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053175260',
        },
      },
    ],
  },
  rlsPlafond5PacZone1: {
    description: 'Plafond de ressources mensuelles de la RLS en zone 1, 5 personne(s) à charge',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.plafond_ressources.par_zone.zone_1.famille_5pac',
    values: [
      {
        from: '2019-01-01',
        value: 2624,
        source: {
          title: 'Arrêté du 27/12/2018, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037880880',
        },
      },
      {
        from: '2024-01-01',
        value: 2750,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2026-01-01',
        value: 2781,
        source: {
          title:
            "Arrêté du 23/12/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables modifiant l'arrêté du 27 février 2018 re",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053175260',
        },
      },
    ],
  },
  rlsPlafond6PacZone1: {
    description: 'Plafond de ressources mensuelles de la RLS en zone 1, 6 personne(s) à charge',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.plafond_ressources.par_zone.zone_1.famille_6pac',
    values: [
      {
        from: '2019-01-01',
        value: 2905,
        source: {
          title: 'Arrêté du 27/12/2018, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037880880',
        },
      },
      {
        from: '2024-01-01',
        value: 3045,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2026-01-01',
        value: 3079,
        source: {
          title:
            "Arrêté du 23/12/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables modifiant l'arrêté du 27 février 2018 re",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053175260',
        },
      },
    ],
  },
  rlsPlafondPacSuppZone1: {
    description: 'Plafond de ressources de la RLS en zone 1, par personne à charge au-delà de six',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.plafond_ressources.par_zone.zone_1.majoration_par_pac_supp',
    values: [
      {
        from: '2019-01-01',
        value: 283,
        source: {
          title: 'Arrêté du 27/12/2018, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037880880',
        },
      },
      {
        from: '2024-01-01',
        value: 297,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2026-01-01',
        value: 300,
        source: {
          title:
            "Arrêté du 23/12/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables modifiant l'arrêté du 27 février 2018 re",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053175260',
        },
      },
    ],
  },
  plafondSeulZone2: {
    description: 'Loyer plafond en zone 2, personne seule',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.l_plafonds_loyers.par_zone.zone_2.personnes_seules',
    values: [
      {
        from: '2022-07-01',
        value: 268.87,
        source: {
          title: 'Arrêté du 27/09/2019, art. 7',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000046206217/2022-07-01',
        },
      },
      {
        from: '2023-10-01',
        value: 278.28,
        source: {
          title: 'Arrêté du 22/09/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048107807',
        },
      },
      {
        from: '2024-10-01',
        value: 287.35,
        source: {
          title: 'Arrêté du 27/09/2019, art. 7',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000050286647/2024-09-29',
        },
      },
      {
        from: '2025-10-01',
        value: 290.34,
        source: {
          title:
            "Arrêté du 05/09/2025 relatif au calcul des aides personnelles au logement et de l'aide à l'accession sociale et à la sortie de l'insalubrité spécifique à l'outre-mer",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000052212770',
        },
      },
    ],
  },
  plafondCoupleZone2: {
    description: 'Loyer plafond en zone 2, couple sans personne à charge',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.l_plafonds_loyers.par_zone.zone_2.couples',
    values: [
      {
        from: '2022-07-01',
        value: 329.1,
        source: {
          title: 'Arrêté du 27/09/2019, art. 7',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000046206217/2022-07-01',
        },
      },
      {
        from: '2023-10-01',
        value: 340.62,
        source: {
          title: 'Arrêté du 22/09/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048107807',
        },
      },
      {
        from: '2024-10-01',
        value: 351.72,
        source: {
          title: 'Arrêté du 27/09/2019, art. 7',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000050286647/2024-09-29',
        },
      },
      {
        from: '2025-10-01',
        value: 355.38,
        source: {
          title:
            "Arrêté du 05/09/2025 relatif au calcul des aides personnelles au logement et de l'aide à l'accession sociale et à la sortie de l'insalubrité spécifique à l'outre-mer",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000052212770',
        },
      },
    ],
  },
  plafondUnePacZone2: {
    description: 'Loyer plafond en zone 2, une personne à charge',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.l_plafonds_loyers.par_zone.zone_2.un_enfant',
    values: [
      {
        from: '2022-07-01',
        value: 370.32,
        source: {
          title: 'Arrêté du 27/09/2019, art. 7',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000046206217/2022-07-01',
        },
      },
      {
        from: '2023-10-01',
        value: 383.28,
        source: {
          title: 'Arrêté du 22/09/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048107807',
        },
      },
      {
        from: '2024-10-01',
        value: 395.77,
        source: {
          title: 'Arrêté du 27/09/2019, art. 7',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000050286647/2024-09-29',
        },
      },
      {
        from: '2025-10-01',
        value: 399.89,
        source: {
          title:
            "Arrêté du 05/09/2025 relatif au calcul des aides personnelles au logement et de l'aide à l'accession sociale et à la sortie de l'insalubrité spécifique à l'outre-mer",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000052212770',
        },
      },
    ],
  },
  plafondPacSuppZone2: {
    description: 'Loyer plafond en zone 2, majoration par personne à charge supplémentaire',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.l_plafonds_loyers.par_zone.zone_2.majoration_par_enf_supp',
    values: [
      {
        from: '2022-07-01',
        value: 53.9,
        source: {
          title: 'Arrêté du 27/09/2019, art. 7',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000046206217/2022-07-01',
        },
      },
      {
        from: '2023-10-01',
        value: 55.79,
        source: {
          title: 'Arrêté du 22/09/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048107807',
        },
      },
      {
        from: '2024-10-01',
        value: 57.61,
        source: {
          title: 'Arrêté du 27/09/2019, art. 7',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000050286647/2024-09-29',
        },
      },
      {
        from: '2025-10-01',
        value: 58.21,
        source: {
          title:
            "Arrêté du 05/09/2025 relatif au calcul des aides personnelles au logement et de l'aide à l'accession sociale et à la sortie de l'insalubrité spécifique à l'outre-mer",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000052212770',
        },
      },
    ],
  },
  degressiviteZone2: {
    description: "Zone 2 : loyer (en multiple du plafond) au-delà duquel l'aide diminue",
    unit: 'taux',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.coefficients_degressivite_suppression.zone_2.degressivite',
    values: [
      {
        from: '2016-07-01',
        value: 2.5,
        source: {
          title: "Article D823-16 du Code de la construction et de l'habitation",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038878905',
        },
      },
    ],
  },
  suppressionZone2: {
    description: "Zone 2 : loyer (en multiple du plafond) au-delà duquel l'aide est supprimée",
    unit: 'taux',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.coefficients_degressivite_suppression.zone_2.suppression',
    values: [
      {
        from: '2016-07-01',
        value: 3.1,
        source: {
          title: "Article D823-16 du Code de la construction et de l'habitation",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038878905',
        },
      },
    ],
  },
  rlsSeulZone2: {
    description: 'Réduction de loyer de solidarité en zone 2, personne seule',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.montant.par_zone.zone_2.personnes_seules',
    values: [
      {
        from: '2023-01-01',
        value: 45.66,
        source: {
          title: 'Arrêté du 30/12/2022, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046848188',
        },
      },
      {
        from: '2023-10-01',
        value: 48.22,
        source: {
          title: 'Arrêté du 21/09/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048100093',
        },
      },
      {
        from: '2024-01-01',
        value: 48.45,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2025-06-01',
        value: 34.83,
        source: {
          title:
            'Arrêté du 21/05/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité, article 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000051657925',
        },
      },
      {
        from: '2026-06-01',
        value: 31.58,
        source: {
          title:
            "Arrêté du 22 mai 2026 modifiant l'arrêté du 27 février 2018 relatif à la réduction de loyer de solidarité",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000054132213',
        },
      },
    ],
  },
  rlsCoupleZone2: {
    description: 'Réduction de loyer de solidarité en zone 2, couple',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.montant.par_zone.zone_2.couples',
    values: [
      {
        from: '2023-01-01',
        value: 55.79,
        source: {
          title: 'Arrêté du 30/12/2022, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046848188',
        },
      },
      {
        from: '2023-10-01',
        value: 58.71,
        source: {
          title: 'Arrêté du 21/09/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048100093',
        },
      },
      {
        from: '2024-01-01',
        value: 59.15,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2025-06-01',
        value: 42.53,
        source: {
          title:
            'Arrêté du 21/05/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité, article 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000051657925',
        },
      },
      {
        from: '2026-06-01',
        value: 38.56,
        source: {
          title:
            "Arrêté du 22 mai 2026 modifiant l'arrêté du 27 février 2018 relatif à la réduction de loyer de solidarité",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000054132213',
        },
      },
    ],
  },
  rlsUnePacZone2: {
    description: 'Réduction de loyer de solidarité en zone 2, une personne à charge',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.montant.par_zone.zone_2.famille_1pac',
    values: [
      {
        from: '2023-01-01',
        value: 62.5,
        source: {
          title: 'Arrêté du 30/12/2022, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046848188',
        },
      },
      {
        from: '2023-10-01',
        value: 65.0,
        source: {
          title: 'Arrêté du 21/09/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048100093',
        },
      },
      {
        from: '2024-01-01',
        value: 66.06,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2025-06-01',
        value: 47.49,
        source: {
          title:
            'Arrêté du 21/05/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité, article 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000051657925',
        },
      },
      {
        from: '2026-06-01',
        value: 43.06,
        source: {
          title:
            "Arrêté du 22 mai 2026 modifiant l'arrêté du 27 février 2018 relatif à la réduction de loyer de solidarité",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000054132213',
        },
      },
    ],
  },
  rlsPacSuppZone2: {
    description: 'Réduction de loyer de solidarité en zone 2, par personne à charge supplémentaire',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.montant.par_zone.zone_2.majoration_par_pac_supp',
    values: [
      {
        from: '2023-01-01',
        value: 9.09,
        source: {
          title: 'Arrêté du 30/12/2022, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046848188',
        },
      },
      {
        from: '2023-10-01',
        value: 9.44,
        source: {
          title: 'Arrêté du 21/09/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048100093',
        },
      },
      {
        from: '2024-01-01',
        value: 9.6,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2025-06-01',
        value: 6.9,
        source: {
          title:
            'Arrêté du 21/05/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité, article 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000051657925',
        },
      },
      {
        from: '2026-06-01',
        value: 6.26,
        source: {
          title:
            "Arrêté du 22 mai 2026 modifiant l'arrêté du 27 février 2018 relatif à la réduction de loyer de solidarité",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000054132213',
        },
      },
    ],
  },
  rlsPlafondSeulZone2: {
    description: 'Plafond de ressources mensuelles de la RLS en zone 2, personne seule',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.plafond_ressources.par_zone.zone_2.personnes_seules',
    values: [
      {
        from: '2019-01-01',
        value: 854,
        source: {
          title: 'Arrêté du 27/12/2018, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037880880',
        },
      },
      {
        from: '2024-01-01',
        value: 895,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2026-01-01',
        value: 905,
        source: {
          title:
            "Arrêté du 23/12/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables modifiant l'arrêté du 27 février 2018 re",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053175260',
        },
      },
    ],
  },
  rlsPlafondCoupleZone2: {
    description: 'Plafond de ressources mensuelles de la RLS en zone 2, couple',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.plafond_ressources.par_zone.zone_2.couples',
    values: [
      {
        from: '2019-01-01',
        value: 1042,
        source: {
          title: 'Arrêté du 27/12/2018, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037880880',
        },
      },
      {
        from: '2024-01-01',
        value: 1092,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2026-01-01',
        value: 1104,
        source: {
          title:
            "Arrêté du 23/12/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables modifiant l'arrêté du 27 février 2018 re",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053175260',
        },
      },
    ],
  },
  rlsPlafond1PacZone2: {
    description: 'Plafond de ressources mensuelles de la RLS en zone 2, 1 personne(s) à charge',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.plafond_ressources.par_zone.zone_2.famille_1pac',
    values: [
      {
        from: '2019-01-01',
        value: 1329,
        source: {
          title: 'Arrêté du 27/12/2018, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037880880',
        },
      },
      {
        from: '2024-01-01',
        value: 1393,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2026-01-01',
        value: 1408,
        source: {
          title:
            "Arrêté du 23/12/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables modifiant l'arrêté du 27 février 2018 re",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053175260',
        },
      },
    ],
  },
  rlsPlafond2PacZone2: {
    description: 'Plafond de ressources mensuelles de la RLS en zone 2, 2 personne(s) à charge',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.plafond_ressources.par_zone.zone_2.famille_2pac',
    values: [
      {
        from: '2019-01-01',
        value: 1583,
        source: {
          title: 'Arrêté du 27/12/2018, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037880880',
        },
      },
      {
        from: '2024-01-01',
        value: 1659,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2026-01-01',
        value: 1677,
        source: {
          title:
            "Arrêté du 23/12/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables modifiant l'arrêté du 27 février 2018 re",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053175260',
        },
      },
    ],
  },
  rlsPlafond3PacZone2: {
    description: 'Plafond de ressources mensuelles de la RLS en zone 2, 3 personne(s) à charge',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.plafond_ressources.par_zone.zone_2.famille_3pac',
    values: [
      {
        from: '2019-01-01',
        value: 1943,
        source: {
          title: 'Arrêté du 27/12/2018, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037880880',
        },
      },
      {
        from: '2024-01-01',
        value: 2036,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2026-01-01',
        value: 2059,
        source: {
          title:
            "Arrêté du 23/12/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables modifiant l'arrêté du 27 février 2018 re",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053175260',
        },
      },
    ],
  },
  rlsPlafond4PacZone2: {
    description: 'Plafond de ressources mensuelles de la RLS en zone 2, 4 personne(s) à charge',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.plafond_ressources.par_zone.zone_2.famille_4pac',
    values: [
      {
        from: '2019-01-01',
        value: 2243,
        source: {
          title: 'Arrêté du 27/12/2018, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037880880',
        },
      },
      {
        from: '2024-01-01',
        value: 2351,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2026-01-01',
        value: 2377,
        source: {
          title:
            "Arrêté du 23/12/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables modifiant l'arrêté du 27 février 2018 re",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053175260',
        },
      },
    ],
  },
  rlsPlafond5PacZone2: {
    description: 'Plafond de ressources mensuelles de la RLS en zone 2, 5 personne(s) à charge',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.plafond_ressources.par_zone.zone_2.famille_5pac',
    values: [
      {
        from: '2019-01-01',
        value: 2497,
        source: {
          title: 'Arrêté du 27/12/2018, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037880880',
        },
      },
      {
        from: '2024-01-01',
        value: 2617,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2026-01-01',
        value: 2646,
        source: {
          title:
            "Arrêté du 23/12/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables modifiant l'arrêté du 27 février 2018 re",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053175260',
        },
      },
    ],
  },
  rlsPlafond6PacZone2: {
    description: 'Plafond de ressources mensuelles de la RLS en zone 2, 6 personne(s) à charge',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.plafond_ressources.par_zone.zone_2.famille_6pac',
    values: [
      {
        from: '2019-01-01',
        value: 2764,
        source: {
          title: 'Arrêté du 27/12/2018, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037880880',
        },
      },
      {
        from: '2024-01-01',
        value: 2897,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2026-01-01',
        value: 2929,
        source: {
          title:
            "Arrêté du 23/12/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables modifiant l'arrêté du 27 février 2018 re",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053175260',
        },
      },
    ],
  },
  rlsPlafondPacSuppZone2: {
    description: 'Plafond de ressources de la RLS en zone 2, par personne à charge au-delà de six',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.plafond_ressources.par_zone.zone_2.majoration_par_pac_supp',
    values: [
      {
        from: '2019-01-01',
        value: 266,
        source: {
          title: 'Arrêté du 27/12/2018, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037880880',
        },
      },
      {
        from: '2024-01-01',
        value: 279,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2026-01-01',
        value: 282,
        source: {
          title:
            "Arrêté du 23/12/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables modifiant l'arrêté du 27 février 2018 re",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053175260',
        },
      },
    ],
  },
  plafondSeulZone3: {
    description: 'Loyer plafond en zone 3, personne seule',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.l_plafonds_loyers.par_zone.zone_3.personnes_seules',
    values: [
      {
        from: '2022-07-01',
        value: 252,
        source: {
          title: 'Arrêté du 27/09/2019, art. 7',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000046206217/2022-07-01',
        },
      },
      {
        from: '2023-10-01',
        value: 260.82,
        source: {
          title: 'Arrêté du 22/09/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048107807',
        },
      },
      {
        from: '2024-10-01',
        value: 269.32,
        source: {
          title: 'Arrêté du 27/09/2019, art. 7',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000050286647/2024-09-29',
        },
      },
      {
        from: '2025-10-01',
        value: 272.12,
        source: {
          title:
            "Arrêté du 05/09/2025 relatif au calcul des aides personnelles au logement et de l'aide à l'accession sociale et à la sortie de l'insalubrité spécifique à l'outre-mer",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000052212770',
        },
      },
    ],
  },
  plafondCoupleZone3: {
    description: 'Loyer plafond en zone 3, couple sans personne à charge',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.l_plafonds_loyers.par_zone.zone_3.couples',
    values: [
      {
        from: '2022-07-01',
        value: 305.48,
        source: {
          title: 'Arrêté du 27/09/2019, art. 7',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000046206217/2022-07-01',
        },
      },
      {
        from: '2023-10-01',
        value: 316.17,
        source: {
          title: 'Arrêté du 22/09/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048107807',
        },
      },
      {
        from: '2024-10-01',
        value: 326.48,
        source: {
          title: 'Arrêté du 27/09/2019, art. 7',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000050286647/2024-09-29',
        },
      },
      {
        from: '2025-10-01',
        value: 329.88,
        source: {
          title:
            "Arrêté du 05/09/2025 relatif au calcul des aides personnelles au logement et de l'aide à l'accession sociale et à la sortie de l'insalubrité spécifique à l'outre-mer",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000052212770',
        },
      },
    ],
  },
  plafondUnePacZone3: {
    description: 'Loyer plafond en zone 3, une personne à charge',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.l_plafonds_loyers.par_zone.zone_3.un_enfant',
    values: [
      {
        from: '2022-07-01',
        value: 342.52,
        source: {
          title: 'Arrêté du 27/09/2019, art. 7',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000046206217/2022-07-01',
        },
      },
      {
        from: '2023-10-01',
        value: 354.51,
        source: {
          title: 'Arrêté du 22/09/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048107807',
        },
      },
      {
        from: '2024-10-01',
        value: 366.07,
        source: {
          title: 'Arrêté du 27/09/2019, art. 7',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000050286647/2024-09-29',
        },
      },
      {
        from: '2025-10-01',
        value: 369.88,
        source: {
          title:
            "Arrêté du 05/09/2025 relatif au calcul des aides personnelles au logement et de l'aide à l'accession sociale et à la sortie de l'insalubrité spécifique à l'outre-mer",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000052212770',
        },
      },
    ],
  },
  plafondPacSuppZone3: {
    description: 'Loyer plafond en zone 3, majoration par personne à charge supplémentaire',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.l_plafonds_loyers.par_zone.zone_3.majoration_par_enf_supp',
    values: [
      {
        from: '2022-07-01',
        value: 49.09,
        source: {
          title: 'Arrêté du 27/09/2019, art. 7',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000046206217/2022-07-01',
        },
      },
      {
        from: '2023-10-01',
        value: 50.81,
        source: {
          title: 'Arrêté du 22/09/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048107807',
        },
      },
      {
        from: '2024-10-01',
        value: 52.47,
        source: {
          title: 'Arrêté du 27/09/2019, art. 7',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000050286647/2024-09-29',
        },
      },
      {
        from: '2025-10-01',
        value: 53.01,
        source: {
          title:
            "Arrêté du 05/09/2025 relatif au calcul des aides personnelles au logement et de l'aide à l'accession sociale et à la sortie de l'insalubrité spécifique à l'outre-mer",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000052212770',
        },
      },
    ],
  },
  degressiviteZone3: {
    description: "Zone 3 : loyer (en multiple du plafond) au-delà duquel l'aide diminue",
    unit: 'taux',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.coefficients_degressivite_suppression.zone_3.degressivite',
    values: [
      {
        from: '2016-07-01',
        value: 2.5,
        source: {
          title: "Article D823-16 du Code de la construction et de l'habitation",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038878905',
        },
      },
    ],
  },
  suppressionZone3: {
    description: "Zone 3 : loyer (en multiple du plafond) au-delà duquel l'aide est supprimée",
    unit: 'taux',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.coefficients_degressivite_suppression.zone_3.suppression',
    values: [
      {
        from: '2016-07-01',
        value: 3.1,
        source: {
          title: "Article D823-16 du Code de la construction et de l'habitation",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038878905',
        },
      },
    ],
  },
  rlsSeulZone3: {
    description: 'Réduction de loyer de solidarité en zone 3, personne seule',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.montant.par_zone.zone_3.personnes_seules',
    values: [
      {
        from: '2023-01-01',
        value: 42.76,
        source: {
          title: 'Arrêté du 30/12/2022, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046848188',
        },
      },
      {
        from: '2023-10-01',
        value: 45.08,
        source: {
          title: 'Arrêté du 21/09/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048100093',
        },
      },
      {
        from: '2024-01-01',
        value: 45.36,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2025-06-01',
        value: 32.61,
        source: {
          title:
            'Arrêté du 21/05/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité, article 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000051657925',
        },
      },
      {
        from: '2026-06-01',
        value: 29.57,
        source: {
          title:
            "Arrêté du 22 mai 2026 modifiant l'arrêté du 27 février 2018 relatif à la réduction de loyer de solidarité",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000054132213',
        },
      },
    ],
  },
  rlsCoupleZone3: {
    description: 'Réduction de loyer de solidarité en zone 3, couple',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.montant.par_zone.zone_3.couples',
    values: [
      {
        from: '2023-01-01',
        value: 51.8,
        source: {
          title: 'Arrêté du 30/12/2022, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046848188',
        },
      },
      {
        from: '2023-10-01',
        value: 54.51,
        source: {
          title: 'Arrêté du 21/09/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048100093',
        },
      },
      {
        from: '2024-01-01',
        value: 54.92,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2025-06-01',
        value: 39.48,
        source: {
          title:
            'Arrêté du 21/05/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité, article 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000051657925',
        },
      },
      {
        from: '2026-06-01',
        value: 35.8,
        source: {
          title:
            "Arrêté du 22 mai 2026 modifiant l'arrêté du 27 février 2018 relatif à la réduction de loyer de solidarité",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000054132213',
        },
      },
    ],
  },
  rlsUnePacZone3: {
    description: 'Réduction de loyer de solidarité en zone 3, une personne à charge',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.montant.par_zone.zone_3.famille_1pac',
    values: [
      {
        from: '2023-01-01',
        value: 57.99,
        source: {
          title: 'Arrêté du 30/12/2022, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046848188',
        },
      },
      {
        from: '2023-10-01',
        value: 60.8,
        source: {
          title: 'Arrêté du 21/09/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048100093',
        },
      },
      {
        from: '2024-01-01',
        value: 61.42,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2025-06-01',
        value: 44.16,
        source: {
          title:
            'Arrêté du 21/05/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité, article 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000051657925',
        },
      },
      {
        from: '2026-06-01',
        value: 40.04,
        source: {
          title:
            "Arrêté du 22 mai 2026 modifiant l'arrêté du 27 février 2018 relatif à la réduction de loyer de solidarité",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000054132213',
        },
      },
    ],
  },
  rlsPacSuppZone3: {
    description: 'Réduction de loyer de solidarité en zone 3, par personne à charge supplémentaire',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.montant.par_zone.zone_3.majoration_par_pac_supp',
    values: [
      {
        from: '2023-01-01',
        value: 8.22,
        source: {
          title: 'Arrêté du 30/12/2022, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046848188',
        },
      },
      {
        from: '2023-10-01',
        value: 8.39,
        source: {
          title: 'Arrêté du 21/09/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048100093',
        },
      },
      {
        from: '2024-01-01',
        value: 8.65,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2025-06-01',
        value: 6.22,
        source: {
          title:
            'Arrêté du 21/05/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité, article 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000051657925',
        },
      },
      {
        from: '2026-06-01',
        value: 5.64,
        source: {
          title:
            "Arrêté du 22 mai 2026 modifiant l'arrêté du 27 février 2018 relatif à la réduction de loyer de solidarité",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000054132213',
        },
      },
    ],
  },
  rlsPlafondSeulZone3: {
    description: 'Plafond de ressources mensuelles de la RLS en zone 3, personne seule',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.plafond_ressources.par_zone.zone_3.personnes_seules',
    values: [
      {
        from: '2019-01-01',
        value: 828,
        source: {
          title: 'Arrêté du 27/12/2018, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037880880',
        },
      },
      {
        from: '2024-01-01',
        value: 868,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2026-01-01',
        value: 878,
        source: {
          title:
            "Arrêté du 23/12/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables modifiant l'arrêté du 27 février 2018 re",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053175260',
        },
      },
    ],
  },
  rlsPlafondCoupleZone3: {
    description: 'Plafond de ressources mensuelles de la RLS en zone 3, couple',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.plafond_ressources.par_zone.zone_3.couples',
    values: [
      {
        from: '2019-01-01',
        value: 1008,
        source: {
          title: 'Arrêté du 27/12/2018, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037880880',
        },
      },
      {
        from: '2024-01-01',
        value: 1056,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2026-01-01',
        value: 1068,
        source: {
          title:
            "Arrêté du 23/12/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables modifiant l'arrêté du 27 février 2018 re",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053175260',
        },
      },
    ],
  },
  rlsPlafond1PacZone3: {
    description: 'Plafond de ressources mensuelles de la RLS en zone 3, 1 personne(s) à charge',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.plafond_ressources.par_zone.zone_3.famille_1pac',
    values: [
      {
        from: '2019-01-01',
        value: 1289,
        source: {
          title: 'Arrêté du 27/12/2018, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037880880',
        },
      },
      {
        from: '2024-01-01',
        value: 1351,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2026-01-01',
        value: 1366,
        source: {
          title:
            "Arrêté du 23/12/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables modifiant l'arrêté du 27 février 2018 re",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053175260',
        },
      },
    ],
  },
  rlsPlafond2PacZone3: {
    description: 'Plafond de ressources mensuelles de la RLS en zone 3, 2 personne(s) à charge',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.plafond_ressources.par_zone.zone_3.famille_2pac',
    values: [
      {
        from: '2019-01-01',
        value: 1536,
        source: {
          title: 'Arrêté du 27/12/2018, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037880880',
        },
      },
      {
        from: '2024-01-01',
        value: 1610,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2026-01-01',
        value: 1628,
        source: {
          title:
            "Arrêté du 23/12/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables modifiant l'arrêté du 27 février 2018 re",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053175260',
        },
      },
    ],
  },
  rlsPlafond3PacZone3: {
    description: 'Plafond de ressources mensuelles de la RLS en zone 3, 3 personne(s) à charge',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.plafond_ressources.par_zone.zone_3.famille_3pac',
    values: [
      {
        from: '2019-01-01',
        value: 1877,
        source: {
          title: 'Arrêté du 27/12/2018, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037880880',
        },
      },
      {
        from: '2024-01-01',
        value: 1967,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2026-01-01',
        value: 1989,
        source: {
          title:
            "Arrêté du 23/12/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables modifiant l'arrêté du 27 février 2018 re",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053175260',
        },
      },
    ],
  },
  rlsPlafond4PacZone3: {
    description: 'Plafond de ressources mensuelles de la RLS en zone 3, 4 personne(s) à charge',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.plafond_ressources.par_zone.zone_3.famille_4pac',
    values: [
      {
        from: '2019-01-01',
        value: 2169,
        source: {
          title: 'Arrêté du 27/12/2018, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037880880',
        },
      },
      {
        from: '2024-01-01',
        value: 2273,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2026-01-01',
        value: 2298,
        source: {
          title:
            "Arrêté du 23/12/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables modifiant l'arrêté du 27 février 2018 re",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053175260',
        },
      },
    ],
  },
  rlsPlafond5PacZone3: {
    description: 'Plafond de ressources mensuelles de la RLS en zone 3, 5 personne(s) à charge',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.plafond_ressources.par_zone.zone_3.famille_5pac',
    values: [
      {
        from: '2019-01-01',
        value: 2411,
        source: {
          title: 'Arrêté du 27/12/2018, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037880880',
        },
      },
      {
        from: '2024-01-01',
        value: 2527,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2026-01-01',
        value: 2555,
        source: {
          title:
            "Arrêté du 23/12/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables modifiant l'arrêté du 27 février 2018 re",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053175260',
        },
      },
    ],
  },
  rlsPlafond6PacZone3: {
    description: 'Plafond de ressources mensuelles de la RLS en zone 3, 6 personne(s) à charge',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.plafond_ressources.par_zone.zone_3.famille_6pac',
    values: [
      {
        from: '2019-01-01',
        value: 2671,
        source: {
          title: 'Arrêté du 27/12/2018, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037880880',
        },
      },
      {
        from: '2024-01-01',
        value: 2799,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2026-01-01',
        value: 2830,
        source: {
          title:
            "Arrêté du 23/12/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables modifiant l'arrêté du 27 février 2018 re",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053175260',
        },
      },
    ],
  },
  rlsPlafondPacSuppZone3: {
    description: 'Plafond de ressources de la RLS en zone 3, par personne à charge au-delà de six',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.plafond_ressources.par_zone.zone_3.majoration_par_pac_supp',
    values: [
      {
        from: '2019-01-01',
        value: 247,
        source: {
          title: 'Arrêté du 27/12/2018, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037880880',
        },
      },
      {
        from: '2024-01-01',
        value: 259,
        source: {
          title:
            'Arrêté du 29/12/2023 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048729702',
        },
      },
      {
        from: '2026-01-01',
        value: 262,
        source: {
          title:
            "Arrêté du 23/12/2025 relatif à la revalorisation des plafonds de ressources et des montants de réduction de loyer de solidarité applicables modifiant l'arrêté du 27 février 2018 re",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053175260',
        },
      },
    ],
  },
  coefColocation: {
    description: 'Coefficient du loyer plafond en colocation',
    unit: 'taux',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.l_plafonds_loyers.coef_chambre_et_colocation.coef_colocation',
    values: [
      {
        from: '2002-01-01',
        value: 0.75,
        source: {
          title: "Article D823-16 du code de la construction et de l'habitation",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038878905',
        },
      },
    ],
  },
  coefChambre: {
    description: 'Coefficient du loyer plafond pour une chambre',
    unit: 'taux',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.l_plafonds_loyers.coef_chambre_et_colocation.coef_chambre',
    values: [
      {
        from: '2002-01-01',
        value: 0.9,
        source: {
          title: "Article D823-16 du code de la construction et de l'habitation",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038878905',
        },
      },
    ],
  },
  chargesBase: {
    description: 'Forfait de charges, cas général',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.c_forfait_charges.cas_general.cas_general',
    values: [
      {
        from: '2022-07-01',
        value: 56.12,
        source: {
          title: 'Arrêté du 27/09/2019, article 9',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000046206205/2022-07-01',
        },
      },
      {
        from: '2023-10-01',
        value: 58.08,
        source: {
          title: 'Arrêté du 22/09/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048107807',
        },
      },
      {
        from: '2024-10-01',
        value: 59.97,
        source: {
          title: 'Arrêté du 27/09/2019, art. 9',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000050286639/2024-09-29',
        },
      },
      {
        from: '2025-10-01',
        value: 60.59,
        source: {
          title:
            "Arrêté du 05/09/2025 relatif au calcul des aides personnelles au logement et de l'aide à l'accession sociale et à la sortie de l'insalubrité spécifique à l'outre-mer",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000052212770',
        },
      },
    ],
  },
  chargesParPac: {
    description: 'Forfait de charges, majoration par personne à charge',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.c_forfait_charges.cas_general.majoration_par_enfant',
    values: [
      {
        from: '2022-07-01',
        value: 12.72,
        source: {
          title: 'Arrêté du 27/09/2019, article 16, 2°',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000046206205/2022-07-01',
        },
      },
      {
        from: '2023-10-01',
        value: 13.17,
        source: {
          title: 'Arrêté du 22/09/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048107807',
        },
      },
      {
        from: '2024-10-01',
        value: 13.6,
        source: {
          title: 'Arrêté du 27/09/2019, art. 9',
          url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000039160329/2024-09-29/',
        },
      },
      {
        from: '2025-10-01',
        value: 13.74,
        source: {
          title:
            "Arrêté du 05/09/2025 relatif au calcul des aides personnelles au logement et de l'aide à l'accession sociale et à la sortie de l'insalubrité spécifique à l'outre-mer",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000052212770',
        },
      },
    ],
  },
  chargesColocIsole: {
    description: 'Forfait de charges en colocation, personne isolée',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.c_forfait_charges.cas_colocataires.beneficiaire_isole',
    values: [
      {
        from: '2022-07-01',
        value: 28.05,
        source: {
          title: 'Arrêté du 27/09/2019, art. 16',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000046206205/2022-07-01',
        },
      },
      {
        from: '2023-10-01',
        value: 29.03,
        source: {
          title: 'Arrêté du 22/09/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048107807',
        },
      },
      {
        from: '2024-10-01',
        value: 29.98,
        source: {
          title: 'Arrêté du 27/09/2024, art. 1 6° b)',
          url: 'https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000050278404',
        },
      },
      {
        from: '2025-10-01',
        value: 30.29,
        source: {
          title:
            "Arrêté du 05/09/2025 relatif au calcul des aides personnelles au logement et de l'aide à l'accession sociale et à la sortie de l'insalubrité spécifique à l'outre-mer",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000052212770',
        },
      },
    ],
  },
  chargesColocCouple: {
    description: 'Forfait de charges en colocation, couple',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.c_forfait_charges.cas_colocataires.couple_sans_enfant',
    values: [
      {
        from: '2022-07-01',
        value: 56.12,
        source: {
          title: 'Arrêté du 27/09/2019, article 16, 2°',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000046206205/2022-07-01',
        },
      },
      {
        from: '2023-10-01',
        value: 58.08,
        source: {
          title: 'Arrêté du 22/09/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048107807',
        },
      },
      {
        from: '2024-10-01',
        value: 59.97,
        source: {
          title: 'Arrêté du 27/09/2024, art. 1 6° b)',
          url: 'https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000050278404',
        },
      },
      {
        from: '2025-10-01',
        value: 60.59,
        source: {
          title:
            "Arrêté du 05/09/2025 relatif au calcul des aides personnelles au logement et de l'aide à l'accession sociale et à la sortie de l'insalubrité spécifique à l'outre-mer",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000052212770',
        },
      },
    ],
  },
  chargesColocParPac: {
    description: 'Forfait de charges en colocation, par personne à charge',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.c_forfait_charges.cas_colocataires.majoration_par_enfant',
    values: [
      {
        from: '2022-07-01',
        value: 12.72,
        source: {
          title: 'Arrêté du 27/09/2019, article 16, 2°',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000046206205/2022-07-01',
        },
      },
      {
        from: '2023-10-01',
        value: 13.17,
        source: {
          title: 'Arrêté du 22/09/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048107807',
        },
      },
      {
        from: '2024-10-01',
        value: 13.6,
        source: {
          title: 'Arrêté du 27/09/2024, art. 1 6° b)',
          url: 'https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000050278404',
        },
      },
      {
        from: '2025-10-01',
        value: 13.74,
        source: {
          title: 'Arrêté du 05/09/2025, art. 1 6° b)',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000052212770',
        },
      },
    ],
  },
  r0Seul: {
    description: 'Abattement forfaitaire R0, personne seule',
    unit: 'EUR/an',
    revaluation: { every: 'year', on: '01-01' },
    overlays: { 'openfisca-176': '2025-01-01' },
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.pp_particip_perso.r0_abattement.cas_general.taux_seul',
    values: [
      {
        from: '2023-01-01',
        value: 4949,
        source: {
          title: "Article D823-17 du Code de la construction et de l'habitation",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000041419255',
        },
      },
      {
        from: '2024-01-01',
        value: 5186,
        source: {
          title:
            "Arrêté du 15/12/2023 relatif au calcul des aides personnelles au logement pour l'année 2024, art. 1",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048621292',
        },
      },
      {
        from: '2025-01-01',
        value: 5235,
        source: {
          title: "Article D823-17 du Code de la construction et de l'habitation",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000041419255',
        },
      },
      {
        from: '2026-01-01',
        value: 5235,
        source: {
          title:
            "Arrêté du 28/12/2025 relatif au calcul des aides personnelles au logement, art. 1 : paramètres non revalorisés pour l'année 2026",
          url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000053202812/',
        },
      },
    ],
  },
  r0Couple: {
    description: 'Abattement forfaitaire R0, couple',
    unit: 'EUR/an',
    revaluation: { every: 'year', on: '01-01' },
    overlays: { 'openfisca-176': '2025-01-01' },
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.pp_particip_perso.r0_abattement.cas_general.taux_couple',
    values: [
      {
        from: '2023-01-01',
        value: 7090,
        source: {
          title: "Article D823-17 du Code de la construction et de l'habitation",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000041419255',
        },
      },
      {
        from: '2024-01-01',
        value: 7430,
        source: {
          title:
            "Arrêté du 15/12/2023 relatif au calcul des aides personnelles au logement pour l'année 2024, art. 1",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048621292',
        },
      },
      {
        from: '2025-01-01',
        value: 7501,
        source: {
          title: "Article D823-17 du Code de la construction et de l'habitation",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000041419255',
        },
      },
      {
        from: '2026-01-01',
        value: 7501,
        source: {
          title:
            "Arrêté du 28/12/2025 relatif au calcul des aides personnelles au logement, art. 1 : paramètres non revalorisés pour l'année 2026",
          url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000053202812/',
        },
      },
    ],
  },
  r01Pac: {
    description: 'Abattement forfaitaire R0, 1 personne(s) à charge',
    unit: 'EUR/an',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.pp_particip_perso.r0_abattement.cas_general.taux1pac',
    values: [
      {
        from: '2023-01-01',
        value: 8456,
        source: {
          title: "Article D823-17 du Code de la construction et de l'habitation",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000041419255',
        },
      },
      {
        from: '2024-01-01',
        value: 8862,
        source: {
          title:
            "Arrêté du 15/12/2023 relatif au calcul des aides personnelles au logement pour l'année 2024, art. 1",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048621292',
        },
      },
      {
        from: '2025-01-01',
        value: 8947,
        source: {
          title: "Article D823-17 du Code de la construction et de l'habitation",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000041419255',
        },
      },
    ],
  },
  r02Pac: {
    description: 'Abattement forfaitaire R0, 2 personne(s) à charge',
    unit: 'EUR/an',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.pp_particip_perso.r0_abattement.cas_general.taux2pac',
    values: [
      {
        from: '2023-01-01',
        value: 8646,
        source: {
          title: "Article D823-17 du Code de la construction et de l'habitation",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000041419255',
        },
      },
      {
        from: '2024-01-01',
        value: 9061,
        source: {
          title:
            "Arrêté du 15/12/2023 relatif au calcul des aides personnelles au logement pour l'année 2024, art. 1",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048621292',
        },
      },
      {
        from: '2025-01-01',
        value: 9148,
        source: {
          title: "Article D823-17 du Code de la construction et de l'habitation",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000041419255',
        },
      },
    ],
  },
  r03Pac: {
    description: 'Abattement forfaitaire R0, 3 personne(s) à charge',
    unit: 'EUR/an',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.pp_particip_perso.r0_abattement.cas_general.taux3pac',
    values: [
      {
        from: '2023-01-01',
        value: 8977,
        source: {
          title: "Article D823-17 du Code de la construction et de l'habitation",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000041419255',
        },
      },
      {
        from: '2024-01-01',
        value: 9408,
        source: {
          title:
            "Arrêté du 15/12/2023 relatif au calcul des aides personnelles au logement pour l'année 2024, art. 1",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048621292',
        },
      },
      {
        from: '2025-01-01',
        value: 9498,
        source: {
          title: "Article D823-17 du Code de la construction et de l'habitation",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000041419255',
        },
      },
    ],
  },
  r04Pac: {
    description: 'Abattement forfaitaire R0, 4 personne(s) à charge',
    unit: 'EUR/an',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.pp_particip_perso.r0_abattement.cas_general.taux4pac',
    values: [
      {
        from: '2023-01-01',
        value: 9311,
        source: {
          title: "Article D823-17 du Code de la construction et de l'habitation",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000041419255',
        },
      },
      {
        from: '2024-01-01',
        value: 9758,
        source: {
          title:
            "Arrêté du 15/12/2023 relatif au calcul des aides personnelles au logement pour l'année 2024, art. 1",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048621292',
        },
      },
      {
        from: '2025-01-01',
        value: 9851,
        source: {
          title: "Article D823-17 du Code de la construction et de l'habitation",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000041419255',
        },
      },
    ],
  },
  r05Pac: {
    description: 'Abattement forfaitaire R0, 5 personne(s) à charge',
    unit: 'EUR/an',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.pp_particip_perso.r0_abattement.cas_general.taux5pac',
    values: [
      {
        from: '2023-01-01',
        value: 9642,
        source: {
          title: "Article D823-17 du Code de la construction et de l'habitation",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000041419255',
        },
      },
      {
        from: '2024-01-01',
        value: 10105,
        source: {
          title:
            "Arrêté du 15/12/2023 relatif au calcul des aides personnelles au logement pour l'année 2024, art. 1",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048621292',
        },
      },
      {
        from: '2025-01-01',
        value: 10202,
        source: {
          title: "Article D823-17 du Code de la construction et de l'habitation",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000041419255',
        },
      },
    ],
  },
  r06Pac: {
    description: 'Abattement forfaitaire R0, 6 personne(s) à charge',
    unit: 'EUR/an',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.pp_particip_perso.r0_abattement.cas_general.taux6pac',
    values: [
      {
        from: '2023-01-01',
        value: 9975,
        source: {
          title: "Article D823-17 du Code de la construction et de l'habitation",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000041419255',
        },
      },
      {
        from: '2024-01-01',
        value: 10454,
        source: {
          title:
            "Arrêté du 15/12/2023 relatif au calcul des aides personnelles au logement pour l'année 2024, art. 1",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048621292',
        },
      },
      {
        from: '2025-01-01',
        value: 10554,
        source: {
          title: "Article D823-17 du Code de la construction et de l'habitation",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000041419255',
        },
      },
    ],
  },
  r0PacSupp: {
    description: 'Abattement forfaitaire R0, par personne à charge au-delà de six',
    unit: 'EUR/an',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.pp_particip_perso.r0_abattement.cas_general.taux_pac_supp',
    values: [
      {
        from: '2023-01-01',
        value: 328,
        source: {
          title: "Article D823-17 du Code de la construction et de l'habitation",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000041419255',
        },
      },
      {
        from: '2024-01-01',
        value: 343,
        source: {
          title:
            "Arrêté du 15/12/2023 relatif au calcul des aides personnelles au logement pour l'année 2024, art. 1",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048621292',
        },
      },
      {
        from: '2025-01-01',
        value: 346,
        source: {
          title: "Article D823-17 du Code de la construction et de l'habitation",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000041419255',
        },
      },
    ],
  },
  tfSeul: {
    description: 'Taux famille Tf, personne isolée',
    unit: 'taux',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.pp_particip_perso.tp_taux.tf_taille_famille.metropole.personnes_isolees',
    values: [
      {
        from: '2007-07-01',
        value: 0.0283,
        source: {
          title: 'Arrêté du 27/09/2019, article 14, 1°',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000046206208/2022-07-01/#LEGIARTI000046206208',
        },
      },
    ],
  },
  tfCouple: {
    description: 'Taux famille Tf, couple sans personne à charge',
    unit: 'taux',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.pp_particip_perso.tp_taux.tf_taille_famille.metropole.couples_0_enfant',
    values: [
      {
        from: '2007-07-01',
        value: 0.0315,
        source: {
          title: 'Arrêté du 27/09/2019, article 14, 1°',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000046206208/2022-07-01/#LEGIARTI000046206208',
        },
      },
    ],
  },
  tf1Pac: {
    description: 'Taux famille Tf, une personne à charge',
    unit: 'taux',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.pp_particip_perso.tp_taux.tf_taille_famille.metropole.avec_1_enfant',
    values: [
      {
        from: '2007-07-01',
        value: 0.027,
        source: {
          title: 'Arrêté du 27/09/2019, article 14, 1°',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000046206208/2022-07-01/#LEGIARTI000046206208',
        },
      },
    ],
  },
  tf2Pac: {
    description: 'Taux famille Tf, deux personnes à charge',
    unit: 'taux',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.pp_particip_perso.tp_taux.tf_taille_famille.metropole.avec_2_enfants',
    values: [
      {
        from: '2007-07-01',
        value: 0.0238,
        source: {
          title: 'Arrêté du 27/09/2019, article 14, 1°',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000046206208/2022-07-01/#LEGIARTI000046206208',
        },
      },
    ],
  },
  tf3Pac: {
    description: 'Taux famille Tf, trois personnes à charge',
    unit: 'taux',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.pp_particip_perso.tp_taux.tf_taille_famille.metropole.avec_3_enfants',
    values: [
      {
        from: '2007-07-01',
        value: 0.0201,
        source: {
          title: 'Arrêté du 27/09/2019, article 14, 1°',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000046206208/2022-07-01/#LEGIARTI000046206208',
        },
      },
    ],
  },
  tf4Pac: {
    description: 'Taux famille Tf, quatre personnes à charge',
    unit: 'taux',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.pp_particip_perso.tp_taux.tf_taille_famille.metropole.avec_4_enfants',
    values: [
      {
        from: '2007-07-01',
        value: 0.0185,
        source: {
          title: 'Arrêté du 27/09/2019, article 14, 1°',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000046206208/2022-07-01/#LEGIARTI000046206208',
        },
      },
    ],
  },
  tf5Pac: {
    description: 'Taux famille Tf, cinq personnes à charge',
    unit: 'taux',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.pp_particip_perso.tp_taux.tf_taille_famille.metropole.avec_5_enfants',
    values: [
      {
        from: '2007-07-01',
        value: 0.0179,
        source: {
          title: 'Arrêté du 27/09/2019, article 14, 1°',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000046206208/2022-07-01/#LEGIARTI000046206208',
        },
      },
    ],
  },
  tf6Pac: {
    description: 'Taux famille Tf, six personnes à charge',
    unit: 'taux',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.pp_particip_perso.tp_taux.tf_taille_famille.metropole.avec_6_enfants',
    values: [
      {
        from: '2007-07-01',
        value: 0.0173,
        source: {
          title: 'Arrêté du 27/09/2019, article 14, 1°',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000046206208/2022-07-01/#LEGIARTI000046206208',
        },
      },
    ],
  },
  tfPacSupp: {
    description: 'Taux famille Tf, par personne à charge au-delà de six',
    unit: 'taux',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.pp_particip_perso.tp_taux.tf_taille_famille.metropole.maj_par_enf_supp',
    values: [
      {
        from: '2007-07-01',
        value: -0.0006,
        source: {
          title: 'Arrêté du 27/09/2019, article 14, 1°',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000046206208/2022-07-01/#LEGIARTI000046206208',
        },
      },
    ],
  },
  tlSeuil1: {
    description: 'Taux loyer Tl : premier seuil du rapport loyer retenu / loyer de référence',
    unit: 'taux',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.pp_particip_perso.tp_taux.tl_loyer.seuils.seuil_1',
    values: [
      {
        from: '2001-01-01',
        value: 0.45,
        source: {
          title: 'Décret 2000-1269, art. 2 du 26/12/2000 (crée art. D542-5-2 du CSS)',
          url: 'https://www.legifrance.gouv.fr/affichTexteArticle.do?idArticle=LEGIARTI000006779920&cidTexte=JORFTEXT000000578227',
        },
      },
    ],
  },
  tlSeuil2: {
    description: 'Taux loyer Tl : second seuil du rapport loyer retenu / loyer de référence',
    unit: 'taux',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.pp_particip_perso.tp_taux.tl_loyer.seuils.seuil_2',
    values: [
      {
        from: '2001-01-01',
        value: 0.75,
        source: {
          title: 'Décret 2000-1269, art. 2 du 26/12/2000 (crée art. D542-5-2 du CSS)',
          url: 'https://www.legifrance.gouv.fr/affichTexteArticle.do?idArticle=LEGIARTI000006779920&cidTexte=JORFTEXT000000578227',
        },
      },
    ],
  },
  tlTaux2: {
    description: 'Taux loyer Tl entre les deux seuils',
    unit: 'taux',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.pp_particip_perso.tp_taux.tl_loyer.taux.tl_taux_2',
    values: [
      {
        from: '2007-07-01',
        value: 0.0045,
        source: {
          title: 'Arrêté du 27/09/2019, article 14, 2°',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000050286630',
        },
      },
    ],
  },
  tlTaux3: {
    description: 'Taux loyer Tl au-delà du second seuil',
    unit: 'taux',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.pp_particip_perso.tp_taux.tl_loyer.taux.tl_taux_3',
    values: [
      {
        from: '2007-07-01',
        value: 0.0068,
        source: {
          title: 'Arrêté du 27/09/2019, article 14, 2°',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000050286630',
        },
      },
    ],
  },
  p0Taux: {
    description: 'Participation minimale P0 : part de la dépense de logement',
    unit: 'taux',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.pp_particip_perso.p0_particip_min.p0_taux',
    values: [
      {
        from: '2001-01-01',
        value: 0.085,
        source: {
          title: 'Décret 2000-1269, art. 2 du 26/12/2000 (crée art. D542-5-2 du CSS)',
          url: 'https://www.legifrance.gouv.fr/affichTexteArticle.do?idArticle=LEGIARTI000006779920&cidTexte=JORFTEXT000000578227',
        },
      },
    ],
  },
  p0Forfait: {
    description: 'Participation minimale P0 : montant minimal',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.formule.pp_particip_perso.p0_particip_min.p0_forfait',
    values: [
      {
        from: '2022-07-01',
        value: 36.63,
        source: {
          title: "Article D823-17 du Code de la construction et de l'habitation",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000041419255',
        },
      },
      {
        from: '2023-10-01',
        value: 37.91,
        source: {
          title: 'Arrêté du 22/09/2023, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048107807',
        },
      },
      {
        from: '2024-10-01',
        value: 39.15,
        source: {
          title: 'Arrêté du 27/09/2024, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000050278404',
        },
      },
      {
        from: '2025-10-01',
        value: 39.56,
        source: {
          title:
            "Arrêté du 05/09/2025 relatif au calcul des aides personnelles au logement et de l'aide à l'accession sociale et à la sortie de l'insalubrité spécifique à l'outre-mer",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000052212770',
        },
      },
    ],
  },
  minorationForfaitaire: {
    description: "Minoration forfaitaire de l'aide (5 €)",
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.minoration_forfaitaire',
    values: [
      {
        from: '2017-10-01',
        value: 5,
        source: {
          title: 'Arrêté du 28/09/2017, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000035665883',
        },
      },
    ],
  },
  seuilVersementApl: {
    description: "Seuil de non-versement de l'APL",
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.seuils_minimum_versement.apl',
    values: [
      {
        from: '2018-03-01',
        value: 0,
        source: {
          title: 'Arrêté du 27/02/2018',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000036650026',
        },
      },
    ],
  },
  seuilVersementAl: {
    description: 'Seuil de non-versement des allocations de logement (ALF, ALS)',
    unit: 'EUR/mois',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.locatif.seuils_minimum_versement.non_apl',
    values: [
      {
        from: '2017-10-01',
        value: 10,
        source: {
          title: 'Décret 2017-1413 du 28/09/2017, art. 3 (modif art. D542-7 du CSS)',
          url: 'https://www.legifrance.gouv.fr/affichTexteArticle.do?idArticle=LEGIARTI000035666743&cidTexte=JORFTEXT000035665790',
        },
      },
    ],
  },
  abattementChomage: {
    description: "Abattement sur les revenus en cas de chômage indemnisé, de retraite ou d'AAH",
    unit: 'taux',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.ressources.abattements.chomage_indemnise',
    values: [
      {
        from: '2002-01-01',
        value: 0.3,
        source: {
          title: "Article R822-14 du Code de la construction et de l'habitation",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000041419358',
        },
      },
    ],
  },
  abattementDoubleActivite: {
    description: 'Abattement pour double activité du couple',
    unit: 'EUR/an',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.ressources.abattements.dar_1_double_activite',
    values: [
      {
        from: '2007-07-01',
        value: 95,
        source: {
          title: 'Arrêté du 8 novembre 2007, art.1',
          url: 'https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000001309897',
        },
      },
    ],
  },
  etudiantForfait: {
    description: 'Ressources forfaitaires retenues pour un étudiant (locatif)',
    unit: 'EUR/an',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.ressources.etudiants.locatif.dar_4_forfait_ressources',
    values: [
      {
        from: '2022-08-01',
        value: 8100,
        source: {
          title: 'Arrêté du 27 septembre 2019, article 6',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000046126949/2022-08-01',
        },
      },
      {
        from: '2024-01-01',
        value: 8400,
        source: {
          title:
            "Arrêté du 15/12/2023 relatif au calcul des aides personnelles au logement pour l'année 2024, art. 1",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048621292',
        },
      },
      {
        from: '2025-01-01',
        value: 8600,
        source: {
          title: "Article R822-20 du Code de la construction et de l'habitation",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000041419188',
        },
      },
    ],
  },
  etudiantMinorationBoursier: {
    description: 'Minoration du forfait étudiant pour un boursier',
    unit: 'EUR/an',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.ressources.etudiants.locatif.dar_5_minoration_boursier',
    values: [
      {
        from: '2022-08-01',
        value: 1600,
        source: {
          title: 'Arrêté du 27 septembre 2019, article 6',
          url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000046126949/2022-08-01',
        },
      },
      {
        from: '2024-01-01',
        value: 1700,
        source: {
          title:
            "Arrêté du 15/12/2023 relatif au calcul des aides personnelles au logement pour l'année 2024, art. 1",
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048621292',
        },
      },
    ],
  },
  etudiantAgeMax: {
    description: "Âge en dessous duquel le forfait étudiant s'applique",
    unit: 'ans',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.ressources.etudiants.age_max',
    values: [
      {
        from: '2020-01-01',
        value: 28,
        source: {
          title:
            "Circulaire relative aux modalités d'attribution des bourses d'enseignement supérieur, page 3",
          url: 'https://www.culture.gouv.fr/Media/Thematiques/Enseignement-superieur-et-recherche/Enseignement-Sup-Culture/bourse-etudiants/circulaire-du-22-juillet-2025-relative-aux-modalites-d-attribution-des-bourses-d-enseignement-superieur-sur-criteres-sociaux-des-aides-specifiques',
        },
      },
    ],
  },
  ageLimitePac: {
    description: "Âge à partir duquel un enfant n'est plus à charge pour les aides au logement",
    unit: 'ans',
    openfisca: 'prestations_sociales.prestations_familiales.prestations_generales.cf.cf_cm.age_max',
    values: [
      {
        from: '2000-02-01',
        value: 21,
        source: {
          title: 'Décret 2000-71 du 28/01/2000, art. 3 (modif art. R522-1 du CSS)',
          url: 'https://www.legifrance.gouv.fr/affichTexteArticle.do?idArticle=LEGIARTI000006779255&cidTexte=JORFTEXT000000568187',
        },
      },
    ],
  },
  rlsFractionBaisseAide: {
    description: "Part de la réduction de loyer de solidarité déduite de l'APL",
    unit: 'taux',
    openfisca:
      'prestations_sociales.aides_logement.reduction_loyer_solidarite.fraction_baisse_aide_logement',
    values: [
      {
        from: '2018-01-01',
        value: 0.98,
        source: {
          title: 'Arrêté du 27 février 2018 relatif à la réduction de loyer de solidarité',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000036650010',
        },
      },
    ],
  },
} satisfies Record<string, Parameter>;
