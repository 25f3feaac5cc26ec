import { valueAt } from '../parameters.ts';
import type { Month } from '../periods.ts';
import { monthlyAt, R, type Population } from '../population.ts';
import { patrimoineParameters as pat } from '../../parameters/patrimoine.ts';

/** The two rates that turn savings balances into a monthly resource, for one month. */
export interface SavingsRates {
  /** Interest of the livret A over a month (annual rate / 12). */
  livretA: number;
  /** Flat yield of capital that yields no taxable income, over a month (3 % / 12). */
  flat: number;
}

export function savingsRates(m: Month): SavingsRates {
  return {
    livretA: valueAt(pat.tauxLivretA, m) / 12,
    flat: valueAt(pat.tauxCapitalNonProductif, m) / 12,
  };
}

/**
 * Monthly resource drawn from the capital of individu i, `offset` months before M: the interest
 * the livret A pays that month, 3 % a year of the other tax-free savings (capital that yields no
 * taxable income, art. R132-1 CASF by R262-6 CASF), and the capital income received. OpenFisca
 * `rsa_base_ressources_patrimoine_individu`, also read by the ASPA, the ASI, the AAH and the CSS.
 */
export function capitalIncome(
  pop: Population,
  i: number,
  offset: number,
  rates: SavingsRates,
): number {
  return (
    monthlyAt(pop, R.livretA, i, offset) * rates.livretA +
    monthlyAt(pop, R.epargneNonImposable, i, offset) * rates.flat +
    monthlyAt(pop, R.revenusCapital, i, offset)
  );
}

/** Sum of `capitalIncome` over `count` months ending `offsetEnd` months before M, each at its rates. */
export function capitalIncomeSum(
  pop: Population,
  i: number,
  offsetEnd: number,
  count: number,
  ratesOf: (offset: number) => SavingsRates,
): number {
  let sum = 0;
  for (let o = offsetEnd; o < offsetEnd + count; o++) sum += capitalIncome(pop, i, o, ratesOf(o));
  return sum;
}
