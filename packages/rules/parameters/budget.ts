import type { LegalSource, Parameter, ParameterUnit } from '../src/parameters.ts';

/**
 * Household budget measures the bilan uses to judge solvency and fragility: the OECD-modified
 * equivalence scale (INSEE's consumption units) and the share of income above which a water bill
 * is deemed unaffordable (3 %, the threshold of the social water-pricing experiments).
 */
const INSEE_UC: LegalSource = {
  title: 'Insee, définition « Unité de consommation » (échelle de l’OCDE modifiée)',
  url: 'https://www.insee.fr/fr/metadonnees/definition/c1802',
};
const WATER: LegalSource = {
  title:
    'Loi n° 2013-312 du 15 avril 2013, art. 28 (expérimentation de la tarification sociale de l’eau) ; seuil de 3 % du revenu retenu par le Comité national de l’eau',
  url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000027310001',
};

const one = (
  description: string,
  unit: ParameterUnit,
  value: number,
  source: LegalSource,
): Parameter => ({ description, unit, values: [{ from: '1990-01-01', value, source }] });

export const budgetParameters = {
  ucPremierAdulte: one('Unités de consommation du premier adulte', 'nombre', 1, INSEE_UC),
  ucAutre14Ans: one(
    'Unités de consommation de chaque autre personne de 14 ans ou plus',
    'nombre',
    0.5,
    INSEE_UC,
  ),
  ucEnfant: one(
    'Unités de consommation de chaque enfant de moins de 14 ans',
    'nombre',
    0.3,
    INSEE_UC,
  ),
  ageAdulte: one('Âge à partir duquel une personne compte comme adulte', 'ans', 14, INSEE_UC),
  partEauMax: one(
    'Part du revenu au-delà de laquelle la facture d’eau fragilise le ménage',
    'taux',
    0.03,
    WATER,
  ),
} satisfies Record<string, Parameter>;
