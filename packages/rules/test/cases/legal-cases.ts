import type { HouseholdSpec } from '../situations.ts';

/** A case worked out by hand from the law, in the name / period / input / output / margin form. */
export interface LegalCase {
  name: string;
  period: string;
  input: HouseholdSpec;
  output: Record<string, number | string | null>;
  margin: number;
  /** The texts and worked example the expected amounts come from. */
  source: string;
}

const single = { birth: '1980-05-10' };

/**
 * Hand-computed cases, each amount derived step by step in `source` from the official amounts:
 * RSA 651,69 € (décret 2026-220), prime d'activité 638,28 € from April 2026 (décret 2026-222)
 * and 633,21 € before, SMIC horaire 12,02 € (décret 2025-1228), housing-aid scales of the
 * arrêté du 27 septembre 2019 as revalued on 1 October 2025.
 */
export const legalCases: LegalCase[] = [
  {
    name: 'RSA, personne seule sans ressources, hébergée gratuitement',
    period: '2026-06',
    input: { parents: [single] },
    output: { rsa: 573.49, ppa: 0 },
    margin: 0.01,
    source:
      'Service-Public F19778 ; R262-9 CASF : 651,69 − 12 % × 651,69 (forfait logement 78,20) = 573,49 €',
  },
  {
    name: 'RSA, couple sans enfant sans ressources, propriétaire',
    period: '2026-06',
    input: { parents: [single, { birth: '1982-05-10' }], housing: 'proprietaire' },
    output: { rsa: 821.13 },
    margin: 0.01,
    source:
      'R262-1 CASF (+50 % pour la deuxième personne) : 977,54 ; forfait logement 16 % × 977,54 = 156,41 ; 977,54 − 156,41 = 821,13 €',
  },
  {
    name: 'ALS et RSA, personne seule sans ressources, locataire à Lyon (zone 2), loyer 500 €',
    period: '2026-06',
    input: { parents: [single], housing: 'locataire_vide', rent: 500 },
    output: { aide_logement: 304.84, als: 304.84, aide_logement_type: 'als', rsa: 573.49 },
    margin: 0.01,
    source:
      'D823-16 s. CCH : loyer retenu 290,34 (plafond zone 2) + charges 60,59 − P0 39,56 = 311,37 ; − 5 € = 306,37 ; − CRDS 0,5 % = 304,84 € ; RSA : forfait logement min(304,84 ; 78,20)',
  },
  {
    name: "Prime d'activité, personne seule, salaire net 1 000 € par mois, hébergée gratuitement",
    period: '2026-06',
    input: { parents: [{ birth: '1980-05-10', activite: 'actif', salaireNet: 1000 }] },
    output: { ppa: 232.19, rsa: 0 },
    margin: 0.02,
    source:
      'D843-1 s. CSS : mars 633,21 + bonification 73,09 + 61 %… (59,85 %) × 1 000 − (1 000 + forfait 75,99) = 228,81 ; avril et mai 638,28 + 73,70 + 598,50 − 1 076,59 = 233,89 ; moyenne 232,19 €',
  },
  {
    name: 'RSA refusé, personne de 22 ans sans enfant',
    period: '2026-06',
    input: { parents: [{ birth: '2004-05-10' }] },
    output: { rsa: 0 },
    margin: 0,
    source: 'L262-4 CASF : 25 ans au moins, sauf enfant à charge ou grossesse',
  },
  {
    name: 'Chèque énergie, personne seule locataire sans revenu',
    period: '2026-06',
    input: { parents: [single], housing: 'locataire_vide', rent: 500 },
    output: { cheque_energie: 194 },
    margin: 0,
    source:
      "Service-Public F33667 ; R124-1 code de l'énergie, arrêté du 26/12/2018 : 1 UC, RFR 2024 nul (< 5 600 € par UC) : 194 €",
  },
  {
    name: 'Chèque énergie, couple et deux enfants locataires sans revenu',
    period: '2026-06',
    input: {
      parents: [single, { birth: '1982-01-01' }],
      children: [{ birth: '2016-02-01' }, { birth: '2019-02-01' }],
      housing: 'locataire_hlm',
      rent: 450,
    },
    output: { cheque_energie: 277 },
    margin: 0,
    source: 'Arrêté du 26/12/2018 : 1 + 0,5 + 0,3 + 0,3 = 2,1 UC (2 UC ou plus), RFR nul : 277 €',
  },
  {
    name: 'Chèque énergie refusé à une personne hébergée gratuitement',
    period: '2026-06',
    input: { parents: [single] },
    output: { cheque_energie: 0 },
    margin: 0,
    source:
      "L124-1 code de l'énergie : le chèque va au logement occupé comme locataire ou propriétaire",
  },
  {
    name: 'CSS gratuite pour une personne seule au RSA',
    period: '2026-06',
    input: { parents: [single] },
    output: { css: 'gratuite', css_participation_forfaitaire: 0 },
    margin: 0,
    source:
      'Service-Public F10027 ; L861-1 CSS : les allocataires du RSA y ont droit sans participation',
  },
  {
    name: 'CSS avec participation, salarié de 46 ans à 1 000 € net hébergé gratuitement',
    period: '2026-06',
    input: { parents: [{ birth: '1980-05-10', activite: 'actif', salaireNet: 1000 }] },
    output: { css: 'avec_participation', css_participation_forfaitaire: 14 },
    margin: 0,
    source:
      'R861-8 CSS : 12 × 1 000 + forfait logement 12 × 12 % × 651,69 = 12 938,43 € ; au-dessus du plafond de la CSS gratuite (10 339 € depuis le 1er avril 2025), sous celui de la CSS avec participation (13 957,65 €) ; 14 € par mois de 30 à 49 ans (D861-1)',
  },
  {
    name: 'ARS et allocations familiales, parent isolé sans revenu, enfants de 8 et 12 ans',
    period: '2026-06',
    input: {
      parents: [single],
      children: [{ birth: '2018-03-15' }, { birth: '2014-03-15' }],
      housing: 'locataire_vide',
      rent: 600,
    },
    output: { ars: 881.68, af: 153.01 },
    margin: 0.01,
    source:
      'Service-Public F1878 et F13213 ; D543-1 CSS : BMAF 478,16 × (89,72 % + 94,67 %) = 881,68 € ; D521-1 : 32 % × 478,16 = 153,01 €',
  },
];
