import type { TraceNode } from './trace.ts';

/**
 * How a benefit stands for a household: `eligible` (a right is probably open), `non_eligible`
 * (a condition fails, named in `reason`), `a_verifier` (the answer could change with little: the
 * deciding figure is within `NEAR_SHARE` of the limit, or an answer the decision depends on is
 * missing — `reason` says which).
 */
export type ExplanationStatus = 'eligible' | 'a_verifier' | 'non_eligible';

/** A legal parameter as the explanation cites it: the value in force, its date, its text. */
export interface ExplanationParameter {
  label: string;
  value: number | string;
  /** First day the value applies, `'YYYY-MM-DD'`. */
  date: string;
  /** Address of the text (Légifrance, décret, arrêté). */
  source: string;
}

/** One step of the computation, as `znr simulate --explain` and the API give it. */
export interface ExplanationStep {
  label: string;
  value: number | string | boolean | null;
  parameters: ExplanationParameter[];
  steps: ExplanationStep[];
}

/** A benefit's explanation: its status, the reason in plain French, the computation's steps. */
export interface Explanation {
  status: ExplanationStatus;
  /** Why not, or what to check, in plain French; empty when eligible. */
  reason: string;
  /** One step whose value is the benefit's amount (or status), with the steps that make it. */
  steps: ExplanationStep[];
}

/** A benefit's status and reason, as its `<benefit>-reasons.ts` reads them from its trace. */
export interface Verdict {
  status: ExplanationStatus;
  reason: string;
}

/**
 * A deciding figure this close to its limit (5 % of the limit, either side) makes a result
 * « à vérifier »: a small change of income, a rounding of the caisse, a revaluation in April
 * turns it over. Not a legal number: the project's choice, documented in docs/moteur-de-regles.md.
 */
export const NEAR_SHARE = 0.05;

/** True when `value` is within `NEAR_SHARE` of `limit` (either side). */
export function nearLimit(value: number, limit: number): boolean {
  return limit > 0 && Math.abs(value - limit) <= NEAR_SHARE * limit;
}

const cents = (x: number): number => Math.round(x * 100) / 100;

// A node converted once: APL, ALS, ALF and the CSS variables share their benefit's tree.
const converted = new WeakMap<TraceNode, ExplanationStep>();

/** A trace node as an explanation step: euros to the cent, parameters with date and source. */
export function explanationStep(node: TraceNode): ExplanationStep {
  let step = converted.get(node);
  if (!step) {
    step = convert(node);
    converted.set(node, step);
  }
  return step;
}

function convert(node: TraceNode): ExplanationStep {
  return {
    label: node.label,
    value: typeof node.value === 'number' && !node.unit ? cents(node.value) : node.value,
    parameters: node.parameters.map((p) => ({
      label: p.name,
      value: p.value,
      date: p.from,
      source: p.source.url,
    })),
    steps: node.children.map(explanationStep),
  };
}

/** The first step named `variable` in the tree (the node itself included), depth first. */
export function findStep(node: TraceNode, variable: string): TraceNode | undefined {
  if (node.variable === variable) return node;
  for (const child of node.children) {
    const found = findStep(child, variable);
    if (found) return found;
  }
  return undefined;
}

/** The numeric value of the step named `variable` (0 when absent or not a number). */
export function stepNumber(node: TraceNode, variable: string): number {
  const value = findStep(node, variable)?.value;
  return typeof value === 'number' ? value : 0;
}

/** The yes/no value of the step named `variable` (false when absent). */
export function stepFlag(node: TraceNode, variable: string): boolean {
  return findStep(node, variable)?.value === true;
}
