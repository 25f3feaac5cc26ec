import type { Parameter } from '../src/parameters.ts';

const arrete = (day: string, url: string) => ({
  title: `Arrêté du ${day} relatif aux taux d'intérêt des produits d'épargne réglementée`,
  url,
});

/**
 * Savings and capital in the resources of the benefits: the interest a livret A actually pays,
 * the flat yield the law assumes for capital that yields nothing (art. R132-1 CASF, applied by
 * R262-6 CASF to the RSA and by R822-22 CCH to housing aid) and the housing-aid threshold.
 */
export const patrimoineParameters = {
  tauxLivretA: {
    description: "Taux d'intérêt annuel du livret A",
    unit: 'taux',
    openfisca: 'taxation_capital.epargne.livret_a.taux',
    values: [
      {
        from: '2022-02-01',
        value: 0.01,
        source: arrete(
          '27 janvier 2022',
          'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000045084355',
        ),
      },
      {
        from: '2022-08-01',
        value: 0.02,
        source: {
          title: 'Service-Public : Livret A (taux au 1er août 2022)',
          url: 'https://www.service-public.fr/particuliers/vosdroits/F2365',
        },
      },
      {
        from: '2023-02-01',
        value: 0.03,
        source: arrete(
          '27 janvier 2023',
          'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000047069197',
        ),
      },
      {
        from: '2025-02-01',
        value: 0.024,
        source: arrete(
          '28 janvier 2025',
          'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000051059093',
        ),
      },
      {
        from: '2025-08-01',
        value: 0.017,
        source: arrete(
          '23 juillet 2025',
          'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000052009310',
        ),
      },
      {
        from: '2026-02-01',
        value: 0.015,
        source: arrete(
          '28 janvier 2026',
          'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053411507',
        ),
      },
    ],
  },
  tauxCapitalNonProductif: {
    description:
      'Revenu annuel forfaitaire des capitaux qui ne produisent pas de revenu imposable (3 % du capital)',
    unit: 'taux',
    openfisca:
      'prestations_sociales.solidarite_insertion.minima_sociaux.rsa.rsa_cond.patrimoine.taux_interet_forfaitaire_epargne_non_imposable',
    values: [
      {
        from: '2009-01-01',
        value: 0.03,
        source: {
          title: "Article R132-1 du code de l'action sociale et des familles",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006906183',
        },
      },
    ],
  },
  seuilPatrimoineAidesLogement: {
    description:
      'Valeur du patrimoine au-delà de laquelle les aides au logement comptent 3 % des capitaux qui ne produisent pas de revenu imposable',
    unit: 'EUR',
    openfisca:
      'prestations_sociales.aides_logement.allocations_logement.ressources.patrimoine.seuil_valorisation',
    values: [
      {
        from: '2016-10-01',
        value: 30_000,
        source: {
          title: "Article R822-22 du code de la construction et de l'habitation",
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038878953',
        },
      },
    ],
  },
} satisfies Record<string, Parameter>;
