import type { Parameter } from '../src/parameters.ts';

const URSSAF_RATES = {
  title:
    'Urssaf, taux de cotisations du secteur privé (art. D242-4 du code de la sécurité sociale)',
  url: 'https://www.urssaf.fr/accueil/outils-documentation/taux-baremes/taux-cotisations-secteur-prive.html',
};
const AGIRC_ARRCO = {
  title: 'Accord national interprofessionnel Agirc-Arrco du 17/11/2017, art. 36 et 37',
  url: 'https://www.agirc-arrco.fr/',
};
const CSG_ACTIVITE = {
  title: 'Code de la sécurité sociale, art. L136-8 (taux) et L136-1-1 (abattement d’assiette)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000054336623',
};

/**
 * What an employee of the private sector (non-cadre, salary under the social security ceiling)
 * pays on the gross salary: lets a net salary, the only amount a person knows, be turned into
 * the gross and taxable salaries the engine reads. The CRDS rate is `commonParameters.crds`.
 */
export const prelevementsSalariesParameters = {
  vieillessePlafonnee: {
    description: 'Cotisation salariale d’assurance vieillesse plafonnée',
    unit: 'taux',
    openfisca:
      'prelevements_sociaux.cotisations_securite_sociale_regime_general.cnav.salarie.plafonnee',
    values: [{ from: '2017-01-01', value: 0.069, source: URSSAF_RATES }],
  },
  vieillesseDeplafonnee: {
    description: 'Cotisation salariale d’assurance vieillesse déplafonnée',
    unit: 'taux',
    openfisca:
      'prelevements_sociaux.cotisations_securite_sociale_regime_general.cnav.salarie.deplafonnee',
    values: [{ from: '2017-01-01', value: 0.004, source: URSSAF_RATES }],
  },
  retraiteComplementaireT1: {
    description: 'Cotisation salariale de retraite complémentaire Agirc-Arrco, tranche 1',
    unit: 'taux',
    openfisca:
      'prelevements_sociaux.regimes_complementaires_retraite_secteur_prive.agirc_arrco.salarie',
    values: [{ from: '2019-01-01', value: 0.0315, source: AGIRC_ARRCO }],
  },
  contributionEquilibreGeneralT1: {
    description: 'Contribution d’équilibre général (CEG) salariale, tranche 1',
    unit: 'taux',
    openfisca: 'prelevements_sociaux.regimes_complementaires_retraite_secteur_prive.ceg.salarie',
    values: [{ from: '2019-01-01', value: 0.0086, source: AGIRC_ARRCO }],
  },
  csgActiviteDeductible: {
    description: 'CSG sur les revenus d’activité, part déductible de l’impôt sur le revenu',
    unit: 'taux',
    openfisca: 'prelevements_sociaux.contributions_sociales.csg.activite.deductible.taux',
    values: [{ from: '2018-01-01', value: 0.068, source: CSG_ACTIVITE }],
  },
  csgActiviteNonDeductible: {
    description: 'CSG sur les revenus d’activité, part non déductible de l’impôt sur le revenu',
    unit: 'taux',
    openfisca: 'prelevements_sociaux.contributions_sociales.csg.activite.imposable.taux',
    values: [{ from: '2018-01-01', value: 0.024, source: CSG_ACTIVITE }],
  },
  abattementAssietteCsg: {
    description: 'Abattement pour frais professionnels sur l’assiette de la CSG et de la CRDS',
    unit: 'taux',
    openfisca: 'prelevements_sociaux.contributions_sociales.csg.activite.abattement',
    values: [{ from: '2012-01-01', value: 0.0175, source: CSG_ACTIVITE }],
  },
} satisfies Record<string, Parameter>;
