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
export function allocateBenefit(n: number): BenefitColumns {
  return { amount: new Float64Array(n), eligible: new Uint8Array(n), reason: new Uint8Array(n) };
}
