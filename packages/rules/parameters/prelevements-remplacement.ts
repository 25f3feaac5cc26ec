import type { LegalSource, Parameter } from '../src/parameters.ts';

const CSG_RATES: LegalSource = {
  title:
    'Code de la sécurité sociale, art. L136-8 (taux de CSG sur les revenus de remplacement) ; CGI, art. 154 quinquies (part déductible)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000042683546',
};
const CASA: LegalSource = {
  title: 'Code de la sécurité sociale, art. L137-41 (CASA sur les pensions)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000042675242',
};
const ARE_BASE: LegalSource = {
  title:
    'Code de la sécurité sociale, art. L136-1-2 (assiette de la CSG sur les allocations de chômage)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000047770460',
};
const THRESHOLDS_2023: LegalSource = {
  title:
    'Lettre ministérielle D-22-024221 du 12/12/2022 (seuils de revenu fiscal de référence 2023)',
  url: 'https://legislation.lassuranceretraite.fr/Pdf/lettre_ministerielle_12122022.pdf',
};
const THRESHOLDS_2024: LegalSource = {
  title:
    'Lettre ministérielle D23-022880 du 23/11/2023 (seuils de revenu fiscal de référence 2024)',
  url: 'https://legislation.lassuranceretraite.fr/Pdf/lettre_ministerielle_23112023.pdf',
};
const THRESHOLDS_2025: LegalSource = {
  title:
    'Lettre ministérielle D-24-019252 du 4/12/2024 (seuils de revenu fiscal de référence 2025)',
  url: 'https://legislation.lassuranceretraite.fr/Pdf/instruction_ministerielle_04122024.pdf',
};
const THRESHOLDS_2026: LegalSource = {
  title: 'Instruction ministérielle du 11/12/2025 (seuils de revenu fiscal de référence 2026)',
  url: 'https://legislation.lassuranceretraite.fr/Pdf/instruction_ministerielle_11122025.pdf',
};

/** A threshold revalued each 1 January (art. L136-8 III CSS): the same four sources each year. */
const yearly = (
  description: string,
  openfisca: string,
  values: [number, number, number, number],
): Parameter => ({
  description,
  unit: 'EUR/an',
  openfisca,
  revaluation: { every: 'year', on: '01-01' },
  values: [
    { from: '2023-01-01', value: values[0], source: THRESHOLDS_2023 },
    { from: '2024-01-01', value: values[1], source: THRESHOLDS_2024 },
    { from: '2025-01-01', value: values[2], source: THRESHOLDS_2025 },
    { from: '2026-01-01', value: values[3], source: THRESHOLDS_2026 },
  ],
});

const rate = (description: string, openfisca: string, value: number, source: LegalSource) =>
  ({
    description,
    unit: 'taux',
    openfisca,
    values: [{ from: '2019-01-01', value, source }],
  }) satisfies Parameter;

const SEUILS = 'prelevements_sociaux.contributions_sociales.csg.remplacement.seuils';
const PENSIONS =
  'prelevements_sociaux.contributions_sociales.csg.remplacement.pensions_retraite_invalidite';
const CHOMAGE = 'prelevements_sociaux.contributions_sociales.csg.remplacement.allocations_chomage';

/**
 * What is levied on a pension and on unemployment benefit (ARE), and the revenu fiscal de
 * référence thresholds of year N-2 that choose the rate: lets a net pension or allowance, the
 * only amount a person may know, be turned into the taxable and gross amounts the engine reads.
 * The CRDS rate is `commonParameters.crds`.
 */
export const prelevementsRemplacementParameters = {
  seuilTauxReduit: yearly(
    'Seuil de revenu fiscal de référence (une part) au-delà duquel la CSG sur les revenus de remplacement est due au taux réduit',
    `${SEUILS}.seuil_rfr1.seuil_rfr1`,
    [11614, 12230, 12817, 13048],
  ),
  seuilTauxReduitDemiPart: yearly(
    'Majoration du seuil d’exonération par demi-part supplémentaire',
    `${SEUILS}.seuil_rfr1.demi_part_suppl_rfr1`,
    [3101, 3265, 3422, 3484],
  ),
  seuilTauxMedian: yearly(
    'Seuil de revenu fiscal de référence (une part) au-delà duquel la CSG sur les pensions est due au taux médian (au taux plein pour l’allocation chômage)',
    `${SEUILS}.seuil_rfr2.seuil_rfr2`,
    [15183, 15988, 16755, 17057],
  ),
  seuilTauxMedianDemiPart: yearly(
    'Majoration du seuil du taux réduit par demi-part supplémentaire',
    `${SEUILS}.seuil_rfr2.demi_part_suppl_rfr2`,
    [4054, 4269, 4474, 4555],
  ),
  seuilTauxPlein: yearly(
    'Seuil de revenu fiscal de référence (une part) au-delà duquel la CSG sur les pensions est due au taux plein',
    `${SEUILS}.seuil_rfr3.seuil_rfr3`,
    [23564, 24813, 26004, 26472],
  ),
  seuilTauxPleinDemiPart: yearly(
    'Majoration du seuil du taux médian par demi-part supplémentaire',
    `${SEUILS}.seuil_rfr3.demi_part_suppl_rfr3`,
    [6290, 6623, 6941, 7066],
  ),
  csgPensionReduitDeductible: rate(
    'CSG sur les pensions, taux réduit (entièrement déductible)',
    `${PENSIONS}.deductible.taux_reduit`,
    0.038,
    CSG_RATES,
  ),
  csgPensionMedianDeductible: rate(
    'CSG sur les pensions, taux médian, part déductible',
    `${PENSIONS}.deductible.taux_median`,
    0.042,
    CSG_RATES,
  ),
  csgPensionMedianImposable: rate(
    'CSG sur les pensions, taux médian, part non déductible',
    `${PENSIONS}.imposable.taux_median`,
    0.024,
    CSG_RATES,
  ),
  csgPensionPleinDeductible: rate(
    'CSG sur les pensions, taux plein, part déductible',
    `${PENSIONS}.deductible.taux_plein`,
    0.059,
    CSG_RATES,
  ),
  csgPensionPleinImposable: rate(
    'CSG sur les pensions, taux plein, part non déductible',
    `${PENSIONS}.imposable.taux_plein`,
    0.024,
    CSG_RATES,
  ),
  casa: rate(
    'Contribution additionnelle de solidarité pour l’autonomie (CASA) sur les pensions soumises à la CSG au taux médian ou plein',
    'prelevements_sociaux.cotisations_securite_sociale_regime_general.casa.pensions_retraite_preretraite_invalidite',
    0.003,
    CASA,
  ),
  csgChomageReduitDeductible: rate(
    'CSG sur l’allocation chômage, taux réduit (entièrement déductible)',
    `${CHOMAGE}.deductible.taux_reduit`,
    0.038,
    CSG_RATES,
  ),
  csgChomagePleinDeductible: rate(
    'CSG sur l’allocation chômage, taux plein, part déductible',
    `${CHOMAGE}.deductible.taux_plein`,
    0.038,
    CSG_RATES,
  ),
  csgChomagePleinImposable: rate(
    'CSG sur l’allocation chômage, taux plein, part non déductible',
    `${CHOMAGE}.imposable.taux_plein`,
    0.024,
    CSG_RATES,
  ),
  abattementAssietteChomage: rate(
    'Abattement pour frais professionnels sur l’assiette de la CSG et de la CRDS de l’allocation chômage',
    `${CHOMAGE}.abattement`,
    0.0175,
    ARE_BASE,
  ),
} satisfies Record<string, Parameter>;
