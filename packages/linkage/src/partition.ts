import { blockingTotal, candidatePairSteps } from './block.ts';
import { seededRandom } from './random.ts';
import { FIELDS } from './compare/fields.ts';
import type { ComparisonOutput } from './compare/identity.ts';
import type { ComparisonScheme } from './schemes.ts';

const FIELD_COUNT = FIELDS.length;

/** Pairs and their comparison vectors: what a partition hands back for training and scoring. */
export interface ComparedPairs {
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly count: number;
  readonly levels: Uint8Array;
  /** Frequencies of the exactly agreeing surname and first name, two per pair. */
  readonly frequencies: Float32Array;
}

/** What one partition of a linkage run produced. */
export interface PartitionResult {
  readonly candidates: ComparedPairs;
  /** Comparison vectors of random pairs; only partition 0 draws them. */
  readonly random: ComparedPairs | undefined;
  readonly skippedBlocks: number;
  /** Seconds spent blocking and comparing in this partition. */
  readonly seconds: { readonly blocking: number; readonly comparison: number };
}

/** Which share of the work a partition does, and how. */
export interface PartitionTask {
  /** This partition takes the right records whose position modulo `parts` is `part`. */
  readonly part: number;
  readonly parts: number;
  readonly maxBlockSize: number;
  readonly randomPairs: number;
  readonly seed: number;
}

/** Where a partition is: `done` right records searched, or pairs compared, out of `total`. */
export interface PartitionStep {
  readonly stage: 'blocking' | 'comparison';
  readonly done: number;
  readonly total: number;
}

/** Pairs compared between two progress reports. */
const COMPARISON_STEP = 50_000;

/**
 * Blocks and compares the candidate pairs of one share of the right file against the whole left
 * file, step by step: yields its progress every few thousand records or pairs (blocking, then
 * comparison of the random and the candidate pairs as one count) and returns the result.
 */
export function* partitionSteps<T>(
  scheme: ComparisonScheme<T>,
  left: readonly T[],
  right: readonly T[],
  task: PartitionTask,
): Generator<PartitionStep, PartitionResult> {
  const started = performance.now();
  const frequencies = scheme.frequencies([left, right]);
  const searchTotal = blockingTotal(right.length, task.part, task.parts);
  yield { stage: 'blocking', done: 0, total: searchTotal };
  const blocking = candidatePairSteps(left, right, scheme.blockingKeys, {
    maxBlockSize: task.maxBlockSize,
    part: task.part,
    parts: task.parts,
  });
  let step = blocking.next();
  for (; step.done !== true; step = blocking.next()) {
    yield { stage: 'blocking', done: step.value, total: searchTotal };
  }
  const pairs = step.value;
  yield { stage: 'blocking', done: searchTotal, total: searchTotal };
  const blocked = performance.now();
  const drawn =
    task.part === 0
      ? randomPairs(left.length, right.length, task.randomPairs, task.seed)
      : undefined;
  const total = (drawn?.count ?? 0) + pairs.count;
  let compared = 0;
  function* compare(set: {
    left: Int32Array;
    right: Int32Array;
    count: number;
  }): Generator<PartitionStep, ComparedPairs> {
    const out: ComparisonOutput = {
      levels: new Uint8Array(set.count * FIELD_COUNT),
      frequencies: new Float32Array(set.count * 2),
    };
    for (let from = 0; from < set.count; from += COMPARISON_STEP) {
      const to = Math.min(set.count, from + COMPARISON_STEP);
      for (let p = from; p < to; p++) {
        const a = left[set.left[p] ?? 0];
        const b = right[set.right[p] ?? 0];
        if (a !== undefined && b !== undefined) scheme.compare(a, b, p, out, frequencies);
      }
      compared += to - from;
      yield { stage: 'comparison', done: compared, total };
    }
    return { ...set, ...out };
  }
  yield { stage: 'comparison', done: 0, total };
  const random = drawn === undefined ? undefined : yield* compare(drawn);
  const candidates = yield* compare(pairs);
  const seconds = {
    blocking: (blocked - started) / 1000,
    comparison: (performance.now() - blocked) / 1000,
  };
  return { candidates, random, skippedBlocks: pairs.skippedBlocks, seconds };
}

/** {@link partitionSteps} run to the end at once (in a worker thread, say). */
export function comparePartition<T>(
  scheme: ComparisonScheme<T>,
  left: readonly T[],
  right: readonly T[],
  task: PartitionTask,
  onProgress: (step: PartitionStep) => void = () => undefined,
): PartitionResult {
  const steps = partitionSteps(scheme, left, right, task);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done === true) return step.value;
    onProgress(step.value);
  }
}

/**
 * {@link partitionSteps} run in this thread, giving the event loop a turn after each step: a
 * server stays responsive (and its progress writes go out) while a long run compares.
 */
export async function comparePartitionAsync<T>(
  scheme: ComparisonScheme<T>,
  left: readonly T[],
  right: readonly T[],
  task: PartitionTask,
  onProgress: (step: PartitionStep) => void = () => undefined,
): Promise<PartitionResult> {
  const steps = partitionSteps(scheme, left, right, task);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done === true) return step.value;
    onProgress(step.value);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** `count` pairs drawn uniformly (with replacement) by a seeded generator. */
export function randomPairs(leftCount: number, rightCount: number, count: number, seed: number) {
  const size = leftCount > 0 && rightCount > 0 ? Math.min(count, leftCount * rightCount) : 0;
  const left = new Int32Array(size);
  const right = new Int32Array(size);
  const next = seededRandom(seed);
  for (let p = 0; p < size; p++) {
    left[p] = Math.floor(next() * leftCount);
    right[p] = Math.floor(next() * rightCount);
  }
  return { left, right, count: size };
}
