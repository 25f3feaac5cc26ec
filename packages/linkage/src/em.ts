import { MISSING } from './compare/fields.ts';

/** Distinct comparison vectors with how many pairs show each: what EM iterates over. */
export interface PatternTable {
  /** Levels of pattern `p` at `levels[p * fieldCount + k]`. */
  readonly levels: Uint8Array;
  readonly counts: Float64Array;
  readonly fieldCount: number;
}

/** Probabilities of each agreement level of one field, among matches (`m`) and non-matches (`u`). */
export interface LevelProbabilities {
  readonly m: number[];
  readonly u: number[];
}

/** What Expectation-Maximisation estimated, and whether it converged. */
export interface EmResult {
  readonly fields: LevelProbabilities[];
  /** Share of matches among the pairs the patterns came from. */
  readonly lambda: number;
  readonly iterations: number;
  readonly converged: boolean;
}

/** Starting point and limits of EM. */
export interface EmOptions {
  readonly start: readonly LevelProbabilities[];
  readonly lambda: number;
  /** Fields EM estimates; the others are ignored (a blocking rule fixed them). Default: all. */
  readonly free?: readonly boolean[];
  /** Free fields whose `m` stays at its start value (known from an earlier session); `u` is estimated. */
  readonly fixedM?: readonly boolean[];
  readonly maxIterations?: number;
  readonly tolerance?: number;
}

const FLOOR = 1e-7;

/**
 * Groups comparison vectors (`fieldCount` levels per pair) into distinct patterns with counts,
 * keeping only pairs for which `keep` is true. A million pairs give a few thousand patterns.
 */
export function countPatterns(
  levels: Uint8Array,
  pairCount: number,
  fieldCount: number,
  keep: (pair: number) => boolean = () => true,
): PatternTable {
  const index = new Map<string, number>();
  const distinct: number[] = [];
  const counts: number[] = [];
  for (let pair = 0; pair < pairCount; pair++) {
    if (!keep(pair)) continue;
    const vector = levels.subarray(pair * fieldCount, (pair + 1) * fieldCount);
    const key = String.fromCharCode(...vector);
    const known = index.get(key);
    if (known !== undefined) {
      counts[known] = (counts[known] ?? 0) + 1;
      continue;
    }
    index.set(key, counts.length);
    counts.push(1);
    distinct.push(...vector);
  }
  return { levels: Uint8Array.from(distinct), counts: Float64Array.from(counts), fieldCount };
}

/**
 * Fellegi-Sunter parameters by Expectation-Maximisation over a two-class mixture (match,
 * non-match) with fields independent within each class. Missing levels weigh nothing.
 */
export function expectationMaximisation(table: PatternTable, options: EmOptions): EmResult {
  const { fieldCount } = table;
  const free = options.free ?? Array.from({ length: fieldCount }, () => true);
  const fixedM = options.fixedM ?? [];
  const maxIterations = options.maxIterations ?? 200;
  const tolerance = options.tolerance ?? 1e-6;
  let fields = options.start.map((field) => ({ m: [...field.m], u: [...field.u] }));
  let lambda = options.lambda;
  const patternCount = table.counts.length;
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations && !converged) {
    iterations++;
    const mSums = fields.map((field) => field.m.map(() => 0));
    const uSums = fields.map((field) => field.u.map(() => 0));
    let matchTotal = 0;
    let total = 0;
    for (let p = 0; p < patternCount; p++) {
      let likelihoodMatch = lambda;
      let likelihoodNonMatch = 1 - lambda;
      for (let k = 0; k < fieldCount; k++) {
        const level = table.levels[p * fieldCount + k] ?? MISSING;
        if (level === MISSING || !free[k]) continue;
        likelihoodMatch *= fields[k]?.m[level] ?? 1;
        likelihoodNonMatch *= fields[k]?.u[level] ?? 1;
      }
      const count = table.counts[p] ?? 0;
      const match = likelihoodMatch / (likelihoodMatch + likelihoodNonMatch);
      matchTotal += match * count;
      total += count;
      for (let k = 0; k < fieldCount; k++) {
        const level = table.levels[p * fieldCount + k] ?? MISSING;
        if (level === MISSING || !free[k]) continue;
        const mSum = mSums[k];
        const uSum = uSums[k];
        if (mSum) mSum[level] = (mSum[level] ?? 0) + match * count;
        if (uSum) uSum[level] = (uSum[level] ?? 0) + (1 - match) * count;
      }
    }
    const next = fields.map((field, k) =>
      free[k]
        ? {
            m: fixedM[k] ? field.m : normalise(mSums[k] ?? field.m),
            u: normalise(uSums[k] ?? field.u),
          }
        : field,
    );
    const nextLambda =
      total > 0 ? Math.min(1 - FLOOR, Math.max(FLOOR, matchTotal / total)) : lambda;
    converged =
      Math.abs(nextLambda - lambda) < tolerance && largestChange(fields, next) < tolerance;
    fields = next;
    lambda = nextLambda;
  }
  return { fields, lambda, iterations, converged };
}

/** Scales counts to probabilities, keeping every level above a floor so no weight is infinite. */
export function normalise(counts: readonly number[]): number[] {
  const total = counts.reduce((sum, value) => sum + value, 0);
  if (total <= 0) return counts.map(() => 1 / counts.length);
  const floored = counts.map((value) => Math.max(FLOOR, value / total));
  const scale = floored.reduce((sum, value) => sum + value, 0);
  return floored.map((value) => value / scale);
}

function largestChange(
  before: readonly LevelProbabilities[],
  after: readonly LevelProbabilities[],
): number {
  let change = 0;
  before.forEach((field, k) => {
    field.m.forEach(
      (value, level) => (change = Math.max(change, Math.abs(value - (after[k]?.m[level] ?? 0)))),
    );
    field.u.forEach(
      (value, level) => (change = Math.max(change, Math.abs(value - (after[k]?.u[level] ?? 0)))),
    );
  });
  return change;
}
