import type { Parameter } from '../src/parameters.ts';

const cgi50 = {
  title: 'Article 50-0 du code général des impôts (régime micro-BIC)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000048834440',
};
const cgi102 = {
  title: 'Article 102 ter du code général des impôts (régime micro-BNC)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000048834380',
};

/**
 * Micro-entreprise: the flat allowance for costs that turns turnover into profit (art. 50-0 and
 * 102 ter CGI). The benefits count that profit (RSA, prime d'activité, CSS: R262-6 CASF,
 * R844-1 CSS, R861-8 CSS), and taxation counts it with a minimum allowance (RFR, housing aid,
 * family benefits).
 */
export const microEntrepriseParameters = {
  abattementVente: {
    description: "Abattement forfaitaire sur le chiffre d'affaires de vente de marchandises",
    unit: 'taux',
    openfisca:
      'impot_revenu.calcul_revenus_imposables.rpns.micro.microentreprise.regime_micro_bic.marchandises.taux',
    values: [{ from: '2006-01-01', value: 0.71, source: cgi50 }],
  },
  abattementServices: {
    description:
      "Abattement forfaitaire sur le chiffre d'affaires de prestations de services (BIC)",
    unit: 'taux',
    openfisca:
      'impot_revenu.calcul_revenus_imposables.rpns.micro.microentreprise.regime_micro_bic.services.taux',
    values: [{ from: '2006-01-01', value: 0.5, source: cgi50 }],
  },
  abattementBnc: {
    description: 'Abattement forfaitaire sur les recettes non commerciales (BNC)',
    unit: 'taux',
    openfisca:
      'impot_revenu.calcul_revenus_imposables.rpns.micro.microentreprise.regime_micro_bnc.taux',
    values: [{ from: '2006-01-01', value: 0.34, source: cgi102 }],
  },
  abattementMinimum: {
    description: "Montant minimum de l'abattement forfaitaire (impôt sur le revenu)",
    unit: 'EUR',
    openfisca: 'impot_revenu.calcul_revenus_imposables.rpns.micro.microentreprise.montant_minimum',
    values: [{ from: '2001-01-01', value: 305, source: cgi102 }],
  },
  plafondVente: {
    description: "Plafond du chiffre d'affaires du régime micro pour la vente de marchandises",
    unit: 'EUR/an',
    openfisca:
      'impot_revenu.calcul_revenus_imposables.rpns.micro.microentreprise.regime_micro_bic.marchandises.plafond',
    values: [
      { from: '2023-01-01', value: 188_700, source: cgi50 },
      { from: '2025-01-01', value: 203_100, source: cgi50 },
    ],
  },
  plafondServices: {
    description: "Plafond du chiffre d'affaires du régime micro pour les services et le BNC",
    unit: 'EUR/an',
    openfisca:
      'impot_revenu.calcul_revenus_imposables.rpns.micro.microentreprise.regime_micro_bic.services.plafond',
    values: [
      { from: '2023-01-01', value: 77_700, source: cgi50 },
      { from: '2025-01-01', value: 83_600, source: cgi50 },
    ],
  },
} satisfies Record<string, Parameter>;
