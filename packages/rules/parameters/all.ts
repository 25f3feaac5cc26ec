// Every parameter file, by name: the parameters test checks each value's date and source, and
// `znr parameters check` lists the revaluations due.
import type { Parameter } from '../src/parameters.ts';
import { aidesLogementParameters } from './aides-logement.ts';
import { aidesLogementAccessionParameters } from './aides-logement-accession.ts';
import { commonParameters } from './common.ts';
import { arsParameters } from './ars.ts';
import { budgetParameters } from './budget.ts';
import { chequeEnergieParameters, rfrParameters } from './cheque-energie.ts';
import { cssParameters } from './css.ts';
import { handicapVieillesseParameters } from './handicap-vieillesse.ts';
import { prestationsFamilialesParameters } from './prestations-familiales.ts';
import { prelevementsSalariesParameters } from './prelevements-salaries.ts';
import { prelevementsRemplacementParameters } from './prelevements-remplacement.ts';
import { primeActiviteParameters } from './prime-activite.ts';
import { rsaParameters } from './rsa.ts';
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
