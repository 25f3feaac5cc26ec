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

const ENERGY: LegalSource = {
  title:
    'Loi n° 2010-788 du 12 juillet 2010, art. 11 (définition de la précarité énergétique) ; seuil de 8 % des revenus consacrés à l’énergie du logement retenu par l’Observatoire national de la précarité énergétique',
  url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000022470434',
};

/**
 * Definitions the bilan's budget block cites without a number of its own: the taux d'effort
 * (housing cost over resources, Insee) and the reste-pour-vivre (resources left once housing is
 * paid, per consumption unit).
 */
export const budgetDefinitionSources = {
  tauxEffort: {
    title: 'Insee, définitions : « Taux d’effort » (dépenses de logement rapportées aux revenus)',
    url: 'https://www.insee.fr/fr/metadonnees/definitions',
  },
  unitesConsommation: INSEE_UC,
} satisfies Record<string, LegalSource>;

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
  partEnergieMax: one(
    'Part du revenu consacrée à l’énergie du logement au-delà de laquelle le ménage est en précarité énergétique',
    'taux',
    0.08,
    ENERGY,
  ),
} satisfies Record<string, Parameter>;
