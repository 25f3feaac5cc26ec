// From the net monthly salary a person knows to the gross and taxable salaries the engine reads,
// with the legal rates of the month (parameters/prelevements-salaries.ts). Exact for an employee
// of the private sector, non-cadre, paid under the social security ceiling — the usual case of the
// people met in a bilan; an estimate otherwise, which the results say.
import { commonParameters } from '../parameters/common.ts';
import { prelevementsSalariesParameters } from '../parameters/prelevements-salaries.ts';
import { byMonth, groupByMonth, valueAt } from './parameters.ts';
import type { Month } from './periods.ts';

const ratesAt = groupByMonth(prelevementsSalariesParameters);
const cents = (x: number) => Math.round(x * 100) / 100;

/** Net and taxable salary per euro of gross salary in a month. */
export interface GrossShares {
  net: number;
  taxable: number;
}

/** What is left of one euro of gross salary, net and taxable (CSG and CRDS on 98.25 % of it). */
export const salaryShares = byMonth((month: Month): GrossShares => {
  const rates = ratesAt(month);
  const crds = valueAt(commonParameters.crds, month);
  const contributions =
    rates.vieillessePlafonnee +
    rates.vieillesseDeplafonnee +
    rates.retraiteComplementaireT1 +
    rates.contributionEquilibreGeneralT1;
  // CSG and CRDS are levied on the gross salary less the flat allowance for professional costs.
  const base = 1 - rates.abattementAssietteCsg;
  const net =
    1 -
    contributions -
    (rates.csgActiviteDeductible + rates.csgActiviteNonDeductible + crds) * base;
  // The non-deductible CSG and the CRDS are taxed: they stay in the taxable salary.
  return { net, taxable: net + (rates.csgActiviteNonDeductible + crds) * base };
});

/** The gross salary (`salaire_de_base`) and taxable salary (`salaire_imposable`) of a net salary. */
export function salaryFromNet(net: number, month: Month): { gross: number; taxable: number } {
  const shares = salaryShares(month);
  const gross = net / shares.net;
  return { gross: cents(gross), taxable: cents(gross * shares.taxable) };
}
