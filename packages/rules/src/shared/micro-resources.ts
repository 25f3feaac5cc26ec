import { valueAt } from '../parameters.ts';
import type { Month } from '../periods.ts';
import { MB, microAt, monthlyAt, R, type Population } from '../population.ts';
import { microEntrepriseParameters as me } from '../../parameters/micro-entreprise.ts';

/** The share of turnover kept as profit, by kind of activity, for one month or year. */
export interface MicroRates {
  /** 1 − allowance: sale of goods, services (BIC), non-commercial (BNC). */
  vente: number;
  services: number;
  bnc: number;
  /** Minimum allowance of the income tax. */
  minimum: number;
}

export function microRates(m: Month): MicroRates {
  return {
    vente: 1 - valueAt(me.abattementVente, m),
    services: 1 - valueAt(me.abattementServices, m),
    bnc: 1 - valueAt(me.abattementBnc, m),
    minimum: valueAt(me.abattementMinimum, m),
  };
}

/**
 * Profit of a micro-entrepreneur under the « versement libératoire » for one month: the turnover
 * declared that month less the flat allowance for costs (art. 50-0, 102 ter CGI). The benefits
 * count it as earnings (OpenFisca `rpns_auto_entrepreneur_benefice`); social contributions are
 * not deducted, the allowance standing for them.
 */
export function autoEntrepreneurProfit(
  pop: Population,
  i: number,
  offset: number,
  rates: MicroRates,
): number {
  return (
    monthlyAt(pop, R.caVente, i, offset) * rates.vente +
    monthlyAt(pop, R.caBic, i, offset) * rates.services +
    monthlyAt(pop, R.caBnc, i, offset) * rates.bnc
  );
}

/**
 * Profit of the plain micro regime for a calendar year (OpenFisca `rpns_micro_entreprise_benefice`):
 * the yearly turnover boxes less the flat allowance, without its minimum.
 */
export function microProfit(pop: Population, i: number, year: number, rates: MicroRates): number {
  return (
    microAt(pop, MB.mbic_impv, i, year) * rates.vente +
    microAt(pop, MB.mbic_imps, i, year) * rates.services +
    microAt(pop, MB.mbnc_impo, i, year) * rates.bnc
  );
}

/**
 * Monthly earnings of the last known year of micro profit, as of `year` (the year itself, else
 * N-1, else N-2), divided by twelve: RSA and prime d'activité count it each month (R262-6 CASF,
 * R844-1 CSS; OpenFisca `ppa_rsa_derniers_revenus_tns_annuels_connus`).
 */
export function lastKnownMicroMonthly(
  pop: Population,
  i: number,
  year: number,
  rates: MicroRates,
): number {
  for (let y = year; y >= year - 2; y--) {
    const profit = microProfit(pop, i, y, rates);
    if (profit > 0) return profit / 12;
  }
  return 0;
}

/** Taxable income of a turnover after the allowance and its minimum (art. 50-0, 102 ter CGI). */
function taxable(turnover: number, rate: number, minimum: number): number {
  return Math.max(0, turnover - Math.min(turnover, Math.max((1 - rate) * turnover, minimum)));
}

/** Taxable profit of three boxes (sale of goods, services, BNC) of a year after their allowance. */
function taxableBoxes(
  pop: Population,
  i: number,
  year: number,
  rates: MicroRates,
  boxes: readonly [number, number, number],
): number {
  return (
    taxable(microAt(pop, boxes[0], i, year), rates.vente, rates.minimum) +
    taxable(microAt(pop, boxes[1], i, year), rates.services, rates.minimum) +
    taxable(microAt(pop, boxes[2], i, year), rates.bnc, rates.minimum)
  );
}

/**
 * Taxable profit of the plain micro regime for a year (OpenFisca `rpns_imposables`): read by housing
 * aid and family benefits on year N-2, and by the income tax.
 */
export function microTaxable(pop: Population, i: number, year: number, rates: MicroRates): number {
  return taxableBoxes(pop, i, year, rates, [MB.mbic_impv, MB.mbic_imps, MB.mbnc_impo]);
}

/**
 * Profit under the « versement libératoire » for a year (OpenFisca `microentreprise`): taxed at a
 * flat rate, it stays out of the taxable income but enters the revenu fiscal de référence.
 */
export function microLiberatoire(
  pop: Population,
  i: number,
  year: number,
  rates: MicroRates,
): number {
  return taxableBoxes(pop, i, year, rates, [MB.ebic_impv, MB.ebic_imps, MB.ebnc_impo]);
}

/**
 * A micro-entrepreneur's profit over the quarter ending `offsetEnd` months before M: the monthly
 * profit under the « versement libératoire », and a quarter of the plain micro profit of `year`
 * (N-1: how the ASPA, the ASI and the quarterly AAH estimate it).
 */
export function selfEmployedQuarter(
  pop: Population,
  i: number,
  offsetEnd: number,
  year: number,
): number {
  let sum = 0;
  for (let o = offsetEnd; o < offsetEnd + 3; o++)
    sum += autoEntrepreneurProfit(pop, i, o, microRates(pop.month - o));
  return sum + (microProfit(pop, i, year, microRates(year * 12)) * 3) / 12;
}
