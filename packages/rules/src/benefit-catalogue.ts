import type { CatalogueEntry } from './catalogue.ts';
import { benefitRegistry } from './benefits/registry.ts';

/**
 * The claim catalogue of every benefit the engine computes, in the order a bilan shows them,
 * keyed by the OpenFisca name of its amount (`aide_logement` covers APL, ALF and ALS; `css`
 * covers `cmu_c` and `css_participation_forfaitaire`): each benefit's entry, from the registry.
 */
export const benefitCatalogue: readonly CatalogueEntry[] = benefitRegistry.map((b) => b.catalogue);
