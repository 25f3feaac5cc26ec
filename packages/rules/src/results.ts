import { freshColumns, type Columns } from './columns.ts';

/** Result columns of one benefit over a batch. */
export interface BenefitColumns {
  /** Monthly amount in euros (0 when not eligible or under the payment threshold). */
  amount: Float64Array;
  /** 1 when the famille meets the conditions and an amount is paid. */
  eligible: Uint8Array;
  /** Code of the first reason of ineligibility (0 = none), see each benefit's `reasons`. */
  reason: Uint8Array;
}

/** Allocates zeroed result columns for n familles. */
export function allocateBenefit(n: number, columns: Columns = freshColumns): BenefitColumns {
  return { amount: columns.f64(n), eligible: columns.u8(n), reason: columns.u8(n) };
}
