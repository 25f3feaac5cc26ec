import type { LegalSource, Parameter, ParameterUnit } from '../../parameters.ts';

/**
 * Complémentaire santé solidaire (L861-1 s. and R861-1 s. code de la sécurité sociale).
 * Values and sources transcribed from the texts referenced by OpenFisca-France (parameters at
 * commit a7038ee4913). The resource ceiling was last revalued there on 2024-04-01: the oracle
 * keeps 10 166 € in 2026 (see docs/divergences.md).
 */
const CSS = 'prestations_sociales.solidarite_insertion.minima_sociaux.cs';

const R861_3: LegalSource = {
  title: 'Article R861-3 du code de la sécurité sociale',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006753235',
};
const INSTRUCTION_2021: LegalSource = {
  title: 'Instruction interministérielle N° DSS/SD2A/2021/71 du 30 mars 2021',
  url: 'https://sante.gouv.fr/fichiers/bo/2021/2021.6.sante.pdf#page=75',
};
const LFSS_2019: LegalSource = {
  title: 'Article R861-5 du code de la sécurité sociale (LFSS pour 2019)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006753243',
};
const PARTICIPATION: LegalSource = {
  title: 'Article D861-1 du code de la sécurité sociale (arrêté du 21 octobre 2019)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000039266094',
};

/** A parameter with one value since `from`. */
function constant(
  description: string,
  unit: ParameterUnit,
  openfisca: string,
  from: string,
  value: number,
  source: LegalSource,
): Parameter {
  return { description, unit, openfisca: `${CSS}.${openfisca}`, values: [{ from, value, source }] };
}

export const cssParameters = {
  plafondBase: {
    description: 'Plafond annuel de ressources de la CSS gratuite pour une personne seule',
    unit: 'EUR/an',
    revaluation: { every: 'year', on: '04-01' },
    overlays: { 'openfisca-176': '2024-04-01' },
    openfisca: `${CSS}.cmu.plafond_base`,
    values: [
      {
        from: '2022-07-01',
        value: 9571,
        source: {
          title: 'Loi n° 2022-1158 du 16/08/2022',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046186723',
        },
      },
      {
        from: '2023-04-01',
        value: 9719,
        source: {
          title: 'Arrêté du 30/03/2023',
          url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000047387932',
        },
      },
      {
        from: '2024-04-01',
        value: 10166,
        source: {
          title: 'Arrêté du 26/03/2024, art. 1',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000049339291',
        },
      },
      {
        from: '2025-04-01',
        value: 10339,
        source: {
          title:
            'Arrêté publié au JO du 29/03/2025 (revalorisation de 1,7 %) : plafonds de la complémentaire santé solidaire du 1er avril 2025 au 31 mars 2026 (Éditions Francis Lefebvre)',
          url: 'https://efl.fr/chiffres-taux/complementaire-sante-solidaire-conditions-ressources_CT_7129ce118f6c6dd185e1e33e846b593435cbcf61',
        },
      },
    ],
  },
  coeffP2: constant(
    'Majoration du plafond pour la 2e personne',
    'taux',
    'cmu.coeff_p2',
    '2000-01-01',
    0.5,
    R861_3,
  ),
  coeffP3P4: constant(
    'Majoration du plafond pour la 3e et la 4e personne',
    'taux',
    'cmu.coeff_p3_p4',
    '2000-01-01',
    0.3,
    R861_3,
  ),
  coeffP5Plus: constant(
    'Majoration du plafond par personne à partir de la 5e',
    'taux',
    'cmu.coeff_p5_plus',
    '2000-01-01',
    0.4,
    R861_3,
  ),
  majorationPlafondParticipation: constant(
    'Majoration du plafond pour la CSS avec participation',
    'taux',
    'acs.majoration_plafond_acs',
    '2019-10-01',
    0.35,
    {
      title: 'Article L861-1 du code de la sécurité sociale',
      url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006745377',
    },
  ),
  ageLimitePac: constant(
    "Âge limite d'une personne à charge",
    'ans',
    'cmu.age_limite_pac',
    '2000-01-01',
    25,
    {
      title: 'Article R861-2 du code de la sécurité sociale',
      url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000018052382',
    },
  ),
  abattementChomage: constant(
    "Abattement sur les salaires de l'année d'une personne au chômage indemnisé",
    'taux',
    'cmu.abattement_chomage',
    '2000-01-01',
    0.3,
    {
      title: 'Article R861-8 du code de la sécurité sociale',
      url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000034424885',
    },
  ),
  abattementAah: constant(
    "Abattement mensuel sur l'AAH",
    'EUR/mois',
    'css.abattements.aah',
    '2021-04-01',
    68,
    INSTRUCTION_2021,
  ),
  abattementAsiSeul: constant(
    "Abattement mensuel sur l'ASI d'une personne seule",
    'EUR/mois',
    'css.abattements.asi.personne_seule',
    '2021-04-01',
    49,
    INSTRUCTION_2021,
  ),
  abattementAsiCouple: constant(
    "Abattement mensuel sur l'ASI d'un couple d'allocataires",
    'EUR/mois',
    'css.abattements.asi.couple',
    '2021-04-01',
    86,
    INSTRUCTION_2021,
  ),
  abattementAspaSeul: constant(
    "Abattement mensuel sur l'ASPA d'une personne seule",
    'EUR/mois',
    'css.abattements.aspa_asv.personne_seule',
    '2021-04-01',
    71,
    INSTRUCTION_2021,
  ),
  abattementAspaCouple: constant(
    "Abattement mensuel sur l'ASPA d'un couple",
    'EUR/mois',
    'css.abattements.aspa_asv.couple',
    '2021-04-01',
    110,
    INSTRUCTION_2021,
  ),
  forfaitAvecAl1: constant(
    'Forfait logement avec aide au logement, 1 personne (part du RSA)',
    'taux',
    'css.forfait_logement_avec_al.taux_1p',
    '2019-11-01',
    0.12,
    LFSS_2019,
  ),
  forfaitAvecAl2: constant(
    'Forfait logement avec aide au logement, 2 personnes',
    'taux',
    'css.forfait_logement_avec_al.taux_2p',
    '2019-11-01',
    0.16,
    LFSS_2019,
  ),
  forfaitAvecAl3: constant(
    'Forfait logement avec aide au logement, 3 personnes ou plus',
    'taux',
    'css.forfait_logement_avec_al.taux_3p_plus',
    '2019-11-01',
    0.165,
    LFSS_2019,
  ),
  forfaitSansAl1: constant(
    'Forfait logement du propriétaire ou hébergé, 1 personne',
    'taux',
    'css.forfait_logement_sans_al.taux_1p',
    '2019-11-01',
    0.12,
    LFSS_2019,
  ),
  forfaitSansAl2: constant(
    'Forfait logement du propriétaire ou hébergé, 2 personnes',
    'taux',
    'css.forfait_logement_sans_al.taux_2p',
    '2019-11-01',
    0.14,
    LFSS_2019,
  ),
  forfaitSansAl3: constant(
    'Forfait logement du propriétaire ou hébergé, 3 personnes ou plus',
    'taux',
    'css.forfait_logement_sans_al.taux_3p_plus',
    '2019-11-01',
    0.14,
    LFSS_2019,
  ),
  participationMoins30: constant(
    'Participation mensuelle, moins de 30 ans',
    'EUR/mois',
    'css.montant.france.cmu_moins_30_ans',
    '2019-11-01',
    8,
    PARTICIPATION,
  ),
  participation30a49: constant(
    'Participation mensuelle, 30 à 49 ans',
    'EUR/mois',
    'css.montant.france.cmu_30_49_ans',
    '2019-11-01',
    14,
    PARTICIPATION,
  ),
  participation50a59: constant(
    'Participation mensuelle, 50 à 59 ans',
    'EUR/mois',
    'css.montant.france.cmu_50_59_ans',
    '2019-11-01',
    21,
    PARTICIPATION,
  ),
  participation60a69: constant(
    'Participation mensuelle, 60 à 69 ans',
    'EUR/mois',
    'css.montant.france.cmu_60_69_ans',
    '2019-11-01',
    25,
    PARTICIPATION,
  ),
  participation70Plus: constant(
    'Participation mensuelle, 70 ans et plus',
    'EUR/mois',
    'css.montant.france.cmu_plus_69_ans',
    '2019-11-01',
    30,
    PARTICIPATION,
  ),
} satisfies Record<string, Parameter>;
