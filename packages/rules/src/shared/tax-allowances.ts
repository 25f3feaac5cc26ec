import { byMonth, valueAt } from '../parameters.ts';
import type { Month } from '../periods.ts';
import { commonParameters as common } from '../../parameters/common.ts';

/** Rounds half to even like NumPy's `round`, which OpenFisca uses, at `decimals` places. */
export function roundHalfEven(x: number, decimals = 0): number {
  // The usual cases without Math.pow: these loops round millions of amounts.
  const factor = decimals === 0 ? 1 : decimals === 2 ? 100 : 10 ** decimals;
  const scaled = x * factor;
  const floor = Math.floor(scaled);
  const diff = scaled - floor;
  // Tolerate float noise around .5 so 0.125 * 100 still counts as a tie.
  if (Math.abs(diff - 0.5) < 1e-9) return (floor % 2 === 0 ? floor : floor + 1) / factor;
  return Math.round(scaled) / factor;
}

/** The income-tax allowances of a date, as plain numbers. */
export interface TaxAllowances {
  salaryRate: number;
  salaryMin: number;
  salaryMax: number;
  pensionRate: number;
  pensionMin: number;
  pensionMax: number;
}

/** Income-tax allowances in force at the start of month m (article 83 and 158-5 of the CGI). */
export const taxAllowances = byMonth((m: Month): TaxAllowances => ({
  salaryRate: valueAt(common.abattementSalairesTaux, m),
  salaryMin: valueAt(common.abattementSalairesMin, m),
  salaryMax: valueAt(common.abattementSalairesMax, m),
  pensionRate: valueAt(common.abattementPensionsTaux, m),
  pensionMin: valueAt(common.abattementPensionsMin, m),
  pensionMax: valueAt(common.abattementPensionsMax, m),
}));

/** The 10 % deduction for professional expenses on a year of pay and unemployment benefit. */
export function salaryDeduction(yearlyAmount: number, t: TaxAllowances): number {
  return roundHalfEven(Math.min(Math.max(t.salaryRate * yearlyAmount, t.salaryMin), t.salaryMax));
}

/** Salaries and unemployment benefit after the 10 % deduction for professional expenses. */
export function salariesAfterDeduction(yearlyAmount: number, t: TaxAllowances): number {
  return Math.max(0, yearlyAmount - salaryDeduction(yearlyAmount, t));
}

/** Pensions after the 10 % allowance (its ceiling applies per foyer fiscal; one pension here). */
export function pensionsAfterAllowance(yearlyAmount: number, t: TaxAllowances): number {
  if (yearlyAmount <= 0) return 0;
  const allowance = roundHalfEven(
    Math.min(Math.max(t.pensionRate * yearlyAmount, t.pensionMin), t.pensionMax),
  );
  return Math.max(0, yearlyAmount - allowance);
}

/** The allowance of a foyer whose eldest declarant is `age` on 1 January (art. 157 bis CGI). */
export function elderlyAllowance(
  income: number,
  age: number,
  A: { ageMinimal: number; seuil1: number; montant1: number; seuil2: number; montant2: number },
): number {
  if (age < A.ageMinimal) return 0;
  return income <= A.seuil1 ? A.montant1 : income <= A.seuil2 ? A.montant2 : 0;
}
