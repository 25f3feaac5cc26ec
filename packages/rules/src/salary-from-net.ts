// From the net monthly salary a person knows to the gross and taxable salaries the engine reads,
// with the legal rates of the month (parameters/prelevements-salaries.ts). Exact for an employee
// of the private sector, non-cadre, paid under the social security ceiling — the usual case of the
// people met in a bilan; an estimate otherwise, which the results say.
import { commonParameters } from '../parameters/common.ts';
import { prelevementsSalariesParameters } from '../parameters/prelevements-salaries.ts';
import { groupByMonth, valueAt } from './parameters.ts';
import type { Month } from './periods.ts';

const ratesAt = groupByMonth(prelevementsSalariesParameters);
const cents = (x: number) => Math.round(x * 100) / 100;

/** The gross salary (`salaire_de_base`) and taxable salary (`salaire_imposable`) of a net salary. */
export function salaryFromNet(net: number, month: Month): { gross: number; taxable: number } {
  const rates = ratesAt(month);
  const crds = valueAt(commonParameters.crds, month);
  const contributions =
    rates.vieillessePlafonnee +
    rates.vieillesseDeplafonnee +
    rates.retraiteComplementaireT1 +
    rates.contributionEquilibreGeneralT1;
  // CSG and CRDS are levied on the gross salary less the flat allowance for professional costs.
  const base = 1 - rates.abattementAssietteCsg;
  const csgCrds = (rates.csgActiviteDeductible + rates.csgActiviteNonDeductible + crds) * base;
  const gross = net / (1 - contributions - csgCrds);
  // The non-deductible CSG and the CRDS are taxed: they stay in the taxable salary.
  const taxable = net + (rates.csgActiviteNonDeductible + crds) * base * gross;
  return { gross: cents(gross), taxable: cents(taxable) };
}
