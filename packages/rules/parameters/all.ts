// Every parameter file, by name: the parameters test checks each value's date and source, and
// `znr parameters check` lists the revaluations due.
import type { Parameter } from '../src/parameters.ts';
import { benefitRegistry } from '../src/benefits/registry.ts';
import { budgetParameters } from './budget.ts';
import { commonParameters } from './common.ts';
import { microEntrepriseParameters } from './micro-entreprise.ts';
import { patrimoineParameters } from './patrimoine.ts';
import { prelevementsRemplacementParameters } from './prelevements-remplacement.ts';
import { prelevementsSalariesParameters } from './prelevements-salaries.ts';

/**
 * The parameter files several benefits (or the budget, the inputs) use; each benefit's own
 * files live in its folder and come from the registry.
 */
const sharedParameterFiles: Record<string, Record<string, Parameter>> = {
  common: commonParameters,
  budget: budgetParameters,
  'prelevements-salaries': prelevementsSalariesParameters,
  'prelevements-remplacement': prelevementsRemplacementParameters,
  patrimoine: patrimoineParameters,
  'micro-entreprise': microEntrepriseParameters,
};

/** Each parameter file's parameters, under the file's name. */
export const parameterFiles: Record<string, Record<string, Parameter>> = {
  ...sharedParameterFiles,
  ...Object.fromEntries(benefitRegistry.flatMap((b) => Object.entries(b.parameters))),
};
