// Every parameter file, by name: the parameters test checks each value's date and source, and
// `znr parameters check` lists the revaluations due.
import type { Parameter } from '../src/parameters.ts';
import { aidesLogementParameters } from '../src/benefits/aides-logement/aides-logement-parameters.ts';
import { aidesLogementAccessionParameters } from '../src/benefits/aides-logement/aides-logement-accession-parameters.ts';
import { commonParameters } from './common.ts';
import { arsParameters } from '../src/benefits/ars/ars-parameters.ts';
import { budgetParameters } from './budget.ts';
import {
  chequeEnergieParameters,
  rfrParameters,
} from '../src/benefits/cheque-energie/cheque-energie-parameters.ts';
import { cssParameters } from '../src/benefits/css/css-parameters.ts';
import { handicapVieillesseParameters } from '../src/benefits/handicap-vieillesse/handicap-vieillesse-parameters.ts';
import { prestationsFamilialesParameters } from '../src/benefits/prestations-familiales/prestations-familiales-parameters.ts';
import { prelevementsSalariesParameters } from './prelevements-salaries.ts';
import { prelevementsRemplacementParameters } from './prelevements-remplacement.ts';
import { primeActiviteParameters } from '../src/benefits/prime-activite/prime-activite-parameters.ts';
import { rsaParameters } from '../src/benefits/rsa/rsa-parameters.ts';
import { patrimoineParameters } from './patrimoine.ts';
import { microEntrepriseParameters } from './micro-entreprise.ts';

/** Each parameter file's parameters, under the file's name. */
export const parameterFiles: Record<string, Record<string, Parameter>> = {
  common: commonParameters,
  rsa: rsaParameters,
  'prime-activite': primeActiviteParameters,
  'aides-logement': aidesLogementParameters,
  'aides-logement-accession': aidesLogementAccessionParameters,
  'prestations-familiales': prestationsFamilialesParameters,
  'handicap-vieillesse': handicapVieillesseParameters,
  css: cssParameters,
  'cheque-energie': chequeEnergieParameters,
  rfr: rfrParameters,
  ars: arsParameters,
  budget: budgetParameters,
  'prelevements-salaries': prelevementsSalariesParameters,
  'prelevements-remplacement': prelevementsRemplacementParameters,
  patrimoine: patrimoineParameters,
  'micro-entreprise': microEntrepriseParameters,
};
