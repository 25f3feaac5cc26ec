import type { engineBenefitIds } from './benefit-vocabulary.ts';
import type { CatalogueEntry } from './catalogue.ts';
import type { Verdict } from './explanation.ts';
import type { OutputVariable } from './openfisca/variables.ts';
import type { Parameter } from './parameters.ts';
import type { TraceNode } from './trace.ts';

/**
 * What the engine needs to know of a benefit besides its formula: its folder
 * `src/benefits/<folder>/` declares it in its `<folder>-benefit.ts`, and one line of
 * `src/benefits/registry.ts` lists it. The claim catalogue, the explanations, the parameters'
 * version, `parameters/all.ts` (the parameters test, `znr parameters check`) read the registry.
 */
export interface BenefitModule {
  /** The benefit's id: the OpenFisca name of its amount, the name of its top trace node. */
  id: (typeof engineBenefitIds)[number];
  /** Its folder under `src/benefits/` (one folder may hold benefits computed together). */
  folder: string;
  /** The output variables it gives (`aide_logement` also gives `apl`, `als`, `alf`…). */
  outputs: readonly OutputVariable[];
  /** How to claim it. */
  catalogue: CatalogueEntry;
  /** Its status and reason, read from its trace (`<benefit>-reasons.ts`). */
  verdict: (node: TraceNode, incomeYear: number) => Verdict;
  /** Its parameter files (dated, sourced), by file name (`'rsa'`, `'aides-logement-accession'`…). */
  parameters: Readonly<Record<string, Record<string, Parameter>>>;
}
