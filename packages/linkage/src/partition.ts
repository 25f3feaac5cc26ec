import { candidatePairs } from './block.ts';
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

/**
 * Blocks and compares the candidate pairs of one share of the right file against the whole left
 * file. Run once in this thread, or once per worker thread, each on its share.
 */
export function comparePartition<T>(
  scheme: ComparisonScheme<T>,
  left: readonly T[],
  right: readonly T[],
  task: PartitionTask,
  onProgress: (done: number, total: number) => void = () => undefined,
): PartitionResult {
  const started = performance.now();
  const frequencies = scheme.frequencies([left, right]);
  const pairs = candidatePairs(left, right, scheme.blockingKeys, {
    maxBlockSize: task.maxBlockSize,
    part: task.part,
    parts: task.parts,
  });
  const compare = (set: { left: Int32Array; right: Int32Array; count: number }): ComparedPairs => {
    const out: ComparisonOutput = {
      levels: new Uint8Array(set.count * FIELD_COUNT),
      frequencies: new Float32Array(set.count * 2),
    };
    const step = 50_000;
    for (let from = 0; from < set.count; from += step) {
      const to = Math.min(set.count, from + step);
      for (let p = from; p < to; p++) {
        const a = left[set.left[p] ?? 0];
        const b = right[set.right[p] ?? 0];
        if (a !== undefined && b !== undefined) scheme.compare(a, b, p, out, frequencies);
      }
      onProgress(to, set.count);
    }
    return { ...set, ...out };
  };
  const blocked = performance.now();
  const random =
    task.part === 0
      ? compare(randomPairs(left.length, right.length, task.randomPairs, task.seed))
      : undefined;
  const candidates = compare(pairs);
  const seconds = {
    blocking: (blocked - started) / 1000,
    comparison: (performance.now() - blocked) / 1000,
  };
  return { candidates, random, skippedBlocks: pairs.skippedBlocks, seconds };
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
