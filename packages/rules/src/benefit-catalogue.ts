import type { CatalogueEntry } from './catalogue.ts';
import { aidesLogementCatalogue } from './benefits/aides-logement/aides-logement-catalogue.ts';
import { chequeEnergieCatalogue, cssCatalogue } from './benefits/css/css-catalogue.ts';
import {
  aahCatalogue,
  asiCatalogue,
  aspaCatalogue,
} from './benefits/handicap-vieillesse/handicap-vieillesse-catalogue.ts';
import { primeActiviteCatalogue } from './benefits/prime-activite/prime-activite-catalogue.ts';
import {
  afCatalogue,
  arsCatalogue,
  asfCatalogue,
  cfCatalogue,
  pajeBaseCatalogue,
} from './benefits/prestations-familiales/prestations-familiales-catalogue.ts';
import { rsaCatalogue } from './benefits/rsa/rsa-catalogue.ts';

/**
 * The claim catalogue of every benefit the engine computes, in the order a bilan shows them,
 * keyed by the OpenFisca name of its amount (`aide_logement` covers APL, ALF and ALS; `css`
 * covers `cmu_c` and `css_participation_forfaitaire`).
 */
export const benefitCatalogue: readonly CatalogueEntry[] = [
  rsaCatalogue,
  primeActiviteCatalogue,
  aidesLogementCatalogue,
  afCatalogue,
  cfCatalogue,
  asfCatalogue,
  arsCatalogue,
  pajeBaseCatalogue,
  aahCatalogue,
  aspaCatalogue,
  asiCatalogue,
  cssCatalogue,
  chequeEnergieCatalogue,
];
