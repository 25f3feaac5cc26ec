import { valueAt } from '../parameters.ts';
import type { Month } from '../periods.ts';
import { commonParameters as common } from '../../parameters/common.ts';

/** Rounds half to even like NumPy's `round`, which OpenFisca uses, at `decimals` places. */
export function roundHalfEven(x: number, decimals = 0): number {
  const factor = 10 ** decimals;
  const scaled = x * factor;
  const floor = Math.floor(scaled);
  const diff = scaled - floor;
  // Tolerate float noise around .5 so 0.125 * 100 still counts as a tie.
  if (Math.abs(diff - 0.5) < 1e-9) return (floor % 2 === 0 ? floor : floor + 1) / factor;
  return Math.round(scaled) / factor;
}

/** The 10 % deduction for professional expenses on a year of pay and unemployment benefit. */
export function salaryDeduction(yearlyAmount: number, at: Month): number {
  return roundHalfEven(
    Math.min(
      Math.max(
        valueAt(common.abattementSalairesTaux, at) * yearlyAmount,
        valueAt(common.abattementSalairesMin, at),
      ),
      valueAt(common.abattementSalairesMax, at),
    ),
  );
}

/** Salaries and unemployment benefit after the 10 % deduction for professional expenses. */
export function salariesAfterDeduction(yearlyAmount: number, at: Month): number {
  return Math.max(0, yearlyAmount - salaryDeduction(yearlyAmount, at));
}

/** Pensions after the 10 % allowance (its ceiling applies per foyer fiscal; one pension here). */
export function pensionsAfterAllowance(yearlyAmount: number, at: Month): number {
  if (yearlyAmount <= 0) return 0;
  const allowance = roundHalfEven(
    Math.min(
      Math.max(
        valueAt(common.abattementPensionsTaux, at) * yearlyAmount,
        valueAt(common.abattementPensionsMin, at),
      ),
      valueAt(common.abattementPensionsMax, at),
    ),
  );
  return Math.max(0, yearlyAmount - allowance);
}
