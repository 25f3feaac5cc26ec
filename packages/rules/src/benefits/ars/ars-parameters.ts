import type { LegalSource, Parameter, ParameterUnit } from '../../parameters.ts';

/**
 * Allocation de rentrée scolaire (L543-1, R543-1 s., D543-1 code de la sécurité sociale).
 * Values and sources as referenced by OpenFisca-France (commit a7038ee4913).
 */
const ARS = 'prestations_sociales.prestations_familiales.education_presence_parentale.ars';
const R543_2: LegalSource = {
  title: 'Article R543-2 du code de la sécurité sociale',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000019278132',
};
const D543_1: LegalSource = {
  title: 'Article D543-1 du code de la sécurité sociale (décret 2008-767 du 30/07/2008)',
  url: 'https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000019278188',
};
const R543_6: LegalSource = {
  title: 'Article R543-6 du code de la sécurité sociale',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031694338',
};

const one = (
  description: string,
  unit: ParameterUnit,
  key: string,
  from: string,
  value: number,
  source: LegalSource,
): Parameter => ({
  description,
  unit,
  openfisca: `${ARS}.${key}`,
  values: [{ from, value, source }],
});

export const arsParameters = {
  ageEntreePrimaire: one(
    "Âge d'ouverture (6 ans dans l'année de la rentrée)",
    'ans',
    'ars_cond.age_entree_primaire',
    '1974-08-14',
    6,
    R543_2,
  ),
  ageEntreeCollege: one(
    'Âge du taux « collège » (11 ans)',
    'ans',
    'ars_cond.age_entree_college',
    '2002-01-01',
    11,
    D543_1,
  ),
  ageEntreeLycee: one(
    'Âge du taux « lycée » (15 ans)',
    'ans',
    'ars_cond.age_entree_lycee',
    '2002-01-01',
    15,
    D543_1,
  ),
  ageSortie: one(
    'Âge de fin de droit (18 ans au 15 septembre)',
    'ans',
    'ars_cond.age_sortie_lycee',
    '1990-09-05',
    18,
    R543_2,
  ),
  tauxPrimaire: one(
    'Montant par enfant de 6 à 10 ans',
    'BMAF',
    'ars_m.taux_primaire',
    '2012-08-01',
    0.8972,
    D543_1,
  ),
  tauxCollege: one(
    'Montant par enfant de 11 à 14 ans',
    'BMAF',
    'ars_m.taux_college',
    '2012-08-01',
    0.9467,
    D543_1,
  ),
  tauxLycee: one(
    'Montant par enfant de 15 à 18 ans',
    'BMAF',
    'ars_m.taux_lycee',
    '2012-08-01',
    0.9795,
    D543_1,
  ),
  majorationParEnfant: one(
    'Majoration du plafond par enfant à charge',
    'taux',
    'ars_plaf.majoration_par_enf_supp',
    '1986-07-01',
    0.3,
    R543_6,
  ),
  montantMinimum: one(
    'Montant minimal versé (ARS différentielle)',
    'EUR',
    'montant_minimum_verse',
    '2002-08-09',
    15,
    {
      title: 'Article R543-6-1 du code de la sécurité sociale',
      url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031694335',
    },
  ),
  plafond: {
    description: 'Plafond de ressources (année N-2) sans enfant à charge',
    unit: 'EUR/an',
    openfisca: `${ARS}.ars_plaf.plafond_ressources`,
    values: [
      {
        from: '2023-01-01',
        value: 19827,
        source: {
          title: 'Arrêté du 22/12/2022',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046817474',
        },
      },
      {
        from: '2024-01-01',
        value: 20878,
        source: {
          title: 'Arrêté du 22/12/2023',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048679432',
        },
      },
      {
        from: '2025-01-01',
        value: 21880,
        source: {
          title: 'Arrêté du 20/12/2024, art. 3',
          url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000050854545',
        },
      },
      {
        from: '2026-01-01',
        value: 22274,
        source: {
          title: 'Instruction interministérielle n° DSS/2B/2025/177 du 18/12/2025',
          url: 'https://bulletins-officiels.social.gouv.fr/sites/textes-officiels/files/2025-12/SFHS2535630J_0.pdf',
        },
      },
    ],
  },
} satisfies Record<string, Parameter>;
