import type { MonthState } from '../../month-state.ts';
import type { Tracer } from '../../trace.ts';
import { traceAf } from './af-trace.ts';
import { traceAsf } from './asf-trace.ts';
import { traceCf } from './cf-trace.ts';
import { tracePajeBase } from './paje-base-trace.ts';

/** What the family-benefits formula computed for the traced famille, read by each trace. */
export interface FamilyLocals {
  /** Children of the famille, whatever their age. */
  children: number;
  /** Enfants à charge au sens des prestations familiales. */
  nbEnf: number;
  /** Resources of year N-2. */
  resources: number;
  afBase: number;
  afMajoration: number;
  afForfait: number;
  afDegressive: number;
  /** Children aged 3 to 21, for the complément familial. */
  cfEligibleChildren: number;
  cfResources: number;
  /** Ceiling of the full complément familial (0 when fewer than three children). */
  cfCeiling: number;
  cfNonMajore: number;
  cfMajore: number;
  isolated: boolean;
  asfChildren: number;
  /** ASF before the alimony received. */
  asfGross: number;
  alimony: number;
  pajeChild: boolean;
  /** Age of the youngest child born (-1 when none). */
  youngest: number;
  pajeCeilingFull: number;
  pajeCeilingPartial: number;
}

/** A famille without children: every family benefit is zero. */
export const NO_CHILD: FamilyLocals = {
  children: 0,
  nbEnf: 0,
  resources: 0,
  afBase: 0,
  afMajoration: 0,
  afForfait: 0,
  afDegressive: 0,
  cfEligibleChildren: 0,
  cfResources: 0,
  cfCeiling: 0,
  cfNonMajore: 0,
  cfMajore: 0,
  isolated: false,
  asfChildren: 0,
  asfGross: 0,
  alimony: 0,
  pajeChild: false,
  youngest: -1,
  pajeCeilingFull: 0,
  pajeCeilingPartial: 0,
};

/** Records the allocations familiales, complément familial, ASF and PAJE of the traced famille. */
export function tracePrestationsFamiliales(
  tracer: Tracer,
  s: MonthState,
  locals: FamilyLocals,
): void {
  traceAf(tracer, s, locals);
  traceCf(tracer, s, locals);
  traceAsf(tracer, s, locals);
  tracePajeBase(tracer, s, locals);
}
