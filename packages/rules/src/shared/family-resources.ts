import { valueAt } from '../parameters.ts';
import { yearNMinus2 } from '../periods.ts';
import { Extra, yearlyAt, type Population, Y } from '../population.ts';
import { microRates, microTaxable } from './micro-resources.ts';
import type { MonthState } from '../month-state.ts';
import { commonParameters as common } from '../../parameters/common.ts';
import { pensionsAfterAllowance, salariesAfterDeduction, taxAllowances } from './tax-allowances.ts';

/**
 * Resources of family benefits: the taxable income of year N-2 after the tax deductions
 * (R532-3 CSS), per individu, into `individual`; the famille's sum of its parents and dependent
 * children into `s.pfResources`; and the biactivité of couples where both earned at least
 * 12 BMAF in N-2 (R532-3-1 CSS). `sameYear`: the individual resources of an earlier month with
 * the same year N-2, reused as they are for the familles it computed (`active`).
 */
export function computeFamilyResources(
  pop: Population,
  s: MonthState,
  individual: Float64Array,
  sameYear?: { individual: Float64Array; active: Uint8Array },
): void {
  const year = yearNMinus2(s.month);
  const at = year * 12; // 1 January of N-2: the tax rules of that income year
  const biactivityFloor = 12 * valueAt(common.bmaf, at);
  const tax = taxAllowances(at);
  const micro = microRates(at);
  const earnersPerFamily = new Uint8Array(pop.nFamilies);
  for (let i = 0; i < pop.nPersons; i++) {
    if (!s.active[pop.famille[i]!]) continue;
    const salaries =
      yearlyAt(pop, Y.salaireImposableN2, i, s.k) + yearlyAt(pop, Y.chomageImposableN2, i, s.k);
    const salariesNet = salaries > 0 ? salariesAfterDeduction(salaries, tax) : 0;
    // A micro-entrepreneur's taxable profit of N-2 is a professional income (R532-3 CSS).
    const selfEmployed = pop.extra[i]! & Extra.micro ? microTaxable(pop, i, year, micro) : 0;
    if (sameYear && sameYear.active[pop.famille[i]!]) {
      // Same income year as the previous month evaluated: its individual resources stand.
      individual[i] = sameYear.individual[i]!;
    } else {
      const pensions =
        yearlyAt(pop, Y.retraiteImposableN2, i, s.k) +
        yearlyAt(pop, Y.pensionsAlimentairesN2, i, s.k) +
        yearlyAt(pop, Y.pensionsInvaliditeN2, i, s.k);
      individual[i] = salariesNet + selfEmployed + pensionsAfterAllowance(pensions, tax);
    }
    const f = pop.famille[i]!;
    const isParent = pop.role[i] !== 2;
    if (isParent || s.pfChild[i]) s.pfResources[f] = s.pfResources[f]! + individual[i]!;
    if (isParent && salariesNet + selfEmployed >= biactivityFloor)
      earnersPerFamily[f] = earnersPerFamily[f]! + 1;
  }
  for (let f = 0; f < pop.nFamilies; f++) {
    if (!s.active[f]) continue;
    s.pfBiactivity[f] = s.nbParents[f] === 2 && earnersPerFamily[f] === 2 ? 1 : 0;
  }
}
