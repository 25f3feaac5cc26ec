import type { LegalSource, Parameter } from '../../parameters.ts';

/**
 * Chèque énergie (L124-1 and R124-1 s. code de l'énergie): consumption units and the annual
 * amount by revenu fiscal de référence per unit. Values and sources as referenced by
 * OpenFisca-France (commit a7038ee4913); the scale dates from 2019, its ceiling from 2021.
 */
const CE = 'prestations_sociales.solidarite_insertion.autre_solidarite.cheque_energie';
const R124_1: LegalSource = {
  title: "Article R124-1 du code de l'énergie (décret n° 2016-555 du 6 mai 2016)",
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000032497834',
};
const ARRETE_2018: LegalSource = {
  title: 'Arrêté du 26 décembre 2018 modifiant le plafond et la valeur faciale du chèque énergie',
  url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037860366',
};
const ARRETE_2021: LegalSource = {
  title: "Arrêté du 24 février 2021 modifiant le seuil d'éligibilité au chèque énergie",
  url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000043168880',
};

const units = (description: string, key: string, value: number): Parameter => ({
  description,
  unit: 'nombre',
  openfisca: `${CE}.unites_consommation.${key}`,
  values: [{ from: '2017-01-01', value, source: R124_1 }],
});
const amount = (description: string, key: string, value: number): Parameter => ({
  description,
  unit: 'EUR/an',
  openfisca: `${CE}.baremes.${key}`,
  values: [{ from: '2019-01-01', value, source: ARRETE_2018 }],
});

export const chequeEnergieParameters = {
  ucPremiere: units('Unités de consommation de la première personne', 'premiere_personne', 1),
  ucDeuxieme: units('Unités de consommation de la deuxième personne', 'deuxieme_personne', 0.5),
  ucAutres: units('Unités de consommation de chaque autre personne', 'autres_personnes', 0.3),
  seuil1: {
    description: 'Revenu fiscal de référence par unité de consommation : 2e tranche',
    unit: 'EUR/an',
    openfisca: `${CE}.baremes.une_uc.brackets[1].threshold`,
    values: [{ from: '2017-01-01', value: 5600, source: R124_1 }],
  },
  seuil2: {
    description: 'Revenu fiscal de référence par unité de consommation : 3e tranche',
    unit: 'EUR/an',
    openfisca: `${CE}.baremes.une_uc.brackets[2].threshold`,
    values: [{ from: '2017-01-01', value: 6700, source: R124_1 }],
  },
  seuil3: {
    description: 'Revenu fiscal de référence par unité de consommation : 4e tranche',
    unit: 'EUR/an',
    openfisca: `${CE}.baremes.une_uc.brackets[3].threshold`,
    values: [{ from: '2017-01-01', value: 7700, source: R124_1 }],
  },
  plafond: {
    description: "Revenu fiscal de référence par unité de consommation : plafond d'éligibilité",
    unit: 'EUR/an',
    openfisca: `${CE}.baremes.une_uc.brackets[4].threshold`,
    values: [
      { from: '2019-01-01', value: 10700, source: ARRETE_2018 },
      { from: '2021-01-01', value: 10800, source: ARRETE_2021 },
    ],
  },
  uneUc1: amount('Montant, 1 UC, 1re tranche', 'une_uc', 194),
  uneUc2: amount('Montant, 1 UC, 2e tranche', 'une_uc', 146),
  uneUc3: amount('Montant, 1 UC, 3e tranche', 'une_uc', 98),
  uneUc4: amount('Montant, 1 UC, 4e tranche', 'une_uc', 48),
  deuxUc1: amount('Montant, de 1 à 2 UC, 1re tranche', 'une_uc_a_deux_uc', 240),
  deuxUc2: amount('Montant, de 1 à 2 UC, 2e tranche', 'une_uc_a_deux_uc', 176),
  deuxUc3: amount('Montant, de 1 à 2 UC, 3e tranche', 'une_uc_a_deux_uc', 113),
  deuxUc4: amount('Montant, de 1 à 2 UC, 4e tranche', 'une_uc_a_deux_uc', 63),
  plusUc1: amount('Montant, 2 UC ou plus, 1re tranche', 'plus_de_deux_ucs', 277),
  plusUc2: amount('Montant, 2 UC ou plus, 2e tranche', 'plus_de_deux_ucs', 202),
  plusUc3: amount('Montant, 2 UC ou plus, 3e tranche', 'plus_de_deux_ucs', 126),
  plusUc4: amount('Montant, 2 UC ou plus, 4e tranche', 'plus_de_deux_ucs', 76),
} satisfies Record<string, Parameter>;

const CGI_157_BIS: LegalSource = {
  title: 'Article 157 bis du code général des impôts',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000047622555',
};
const AGE = 'impot_revenu.calcul_revenus_imposables.abat_rni.contribuable_age_invalide';
const yearly = (description: string, key: string, values: [string, number][]): Parameter => ({
  description,
  unit: 'EUR/an',
  openfisca: `${AGE}.${key}`,
  values: values.map(([from, value]) => ({ from, value, source: CGI_157_BIS })),
});

/**
 * The income-tax allowance for people aged 65 or more, which the revenu fiscal de référence
 * deducts (dated by income year, as OpenFisca does).
 */
export const rfrParameters = {
  ageMinimal: {
    description: 'Âge ouvrant l’abattement pour personne âgée',
    unit: 'ans',
    openfisca: AGE,
    values: [{ from: '1977-01-01', value: 65, source: CGI_157_BIS }],
  },
  seuil1: yearly(
    'Abattement personne âgée : plafond du revenu pour le plein abattement',
    'brackets[1].threshold',
    [
      ['2023-01-01', 17200],
      ['2024-01-01', 17510],
      ['2025-01-01', 17670],
    ],
  ),
  seuil2: yearly(
    'Abattement personne âgée : plafond du revenu pour le demi-abattement',
    'brackets[2].threshold',
    [
      ['2023-01-01', 27670],
      ['2024-01-01', 28170],
      ['2025-01-01', 28430],
    ],
  ),
  montant1: yearly('Abattement personne âgée : plein abattement', 'brackets[0].amount', [
    ['2023-01-01', 2746],
    ['2024-01-01', 2796],
    ['2025-01-01', 2822],
  ]),
  montant2: yearly('Abattement personne âgée : demi-abattement', 'brackets[1].amount', [
    ['2023-01-01', 1373],
    ['2024-01-01', 1398],
    ['2025-01-01', 1411],
  ]),
} satisfies Record<string, Parameter>;
