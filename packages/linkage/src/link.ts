import { availableParallelism } from 'node:os';
import { assignOneToOne } from './assign.ts';
import type { EncodedIdentity } from './encode/encoded.ts';
import { trainModel, pairWeight, probability, type LinkageModel } from './model.ts';
import {
  normaliseIdentity,
  type NormalisedIdentity,
  type RawIdentity,
} from './normalise/identity.ts';
import { mergePairs, runPartitions } from './parallel.ts';
import {
  comparePartitionAsync,
  type PartitionResult,
  type PartitionStep,
  type PartitionTask,
} from './partition.ts';
import { clearScheme, encodedScheme, type ComparisonScheme, type SchemeKind } from './schemes.ts';

/** Stages of a linkage run, as reported to a progress callback. */
export type LinkStage = 'normalisation' | 'blocking' | 'comparison' | 'training' | 'assignment';

/**
 * Progress of a long run: `done` out of `total` units of the current stage — records read and
 * normalised (`total` 0: unknown until the files end), right records searched for candidate
 * pairs, pairs compared; training and assignment report 0 then 1 out of 1.
 */
export interface LinkProgress {
  readonly stage: LinkStage;
  readonly done: number;
  readonly total: number;
}

/** Options of a linkage run; every one has a default that suits French administrative files. */
export interface LinkOptions {
  /** Minimum match probability of a kept pair (default 0.5: more likely a match than not). */
  readonly threshold?: number;
  /** A blocking key shared by more left records than this is skipped (default 1000). */
  readonly maxBlockSize?: number;
  /**
   * Threads sharing the work, this one included (default 1). Each extra thread normalises both
   * files again and compares its share of the pairs: it pays on an idle machine with many cores,
   * not on a busy two-core one (see docs/linkage.md for measurements).
   */
  readonly threads?: number;
  /** Random pairs drawn to measure agreement by chance (default 100,000). */
  readonly randomPairs?: number;
  /** Seed of the random draw, so that a run can be repeated exactly (default 1). */
  readonly seed?: number;
  readonly onProgress?: (progress: LinkProgress) => void;
}

/** A kept pair: the two record ids, the match probability and the match weight in bits. */
export interface LinkedPair {
  readonly leftId: string;
  readonly rightId: string;
  readonly probability: number;
  readonly weight: number;
}

/** Figures to judge a run without labelled data. */
export interface LinkQuality {
  readonly leftRecords: number;
  readonly rightRecords: number;
  readonly candidatePairs: number;
  readonly skippedBlocks: number;
  readonly model: LinkageModel;
  readonly keptPairs: number;
  /** Mean match probability of the kept pairs: the precision the model expects. */
  readonly expectedPrecision: number;
  /** Sum of kept probabilities over the estimated number of matches: the recall the model expects. */
  readonly expectedRecall: number;
  readonly threads: number;
  /** Seconds per stage: normalisation, blocking, comparison (this thread), partitions (all threads), training, assignment. */
  readonly seconds: Readonly<Record<string, number>>;
}

/** Result of a linkage run. */
export interface LinkResult {
  readonly pairs: LinkedPair[];
  readonly quality: LinkQuality;
}

type Records<T> = Iterable<T> | AsyncIterable<T>;

/** Records normalised between two progress reports. */
const NORMALISATION_STEP = 10_000;

/**
 * Links two files of identities in clear: normalises them, finds candidate pairs by blocking on
 * several keys, compares each pair, fits a Fellegi-Sunter model by EM (no labelled data needed),
 * weighs pairs with term-frequency adjustment and keeps a one-to-one set of likely matches.
 * With `threads` > 1, worker threads normalise, block and compare a share of the pairs each.
 */
export async function link(
  left: Records<RawIdentity>,
  right: Records<RawIdentity>,
  options: LinkOptions = {},
): Promise<LinkResult> {
  if ((options.threads ?? 1) > 1)
    return run('clear', 'raw', await collect(left), await collect(right), options);
  // One thread: records are normalised as they stream in, so raw rows are never all in memory.
  const started = performance.now();
  let read = 0;
  const normalise = (record: RawIdentity): NormalisedIdentity => {
    if (++read % NORMALISATION_STEP === 0)
      options.onProgress?.({ stage: 'normalisation', done: read, total: 0 });
    return normaliseIdentity(record);
  };
  options.onProgress?.({ stage: 'normalisation', done: 0, total: 0 });
  const leftRecords = await collect(left, normalise);
  const rightRecords = await collect(right, normalise);
  options.onProgress?.({ stage: 'normalisation', done: read, total: 0 });
  const normalisation = (performance.now() - started) / 1000;
  const result = await run('clear', 'prepared', leftRecords, rightRecords, options);
  return {
    ...result,
    quality: { ...result.quality, seconds: { ...result.quality.seconds, normalisation } },
  };
}

/** Links two files already normalised with `normaliseIdentity`. */
export function linkNormalised(
  left: readonly NormalisedIdentity[],
  right: readonly NormalisedIdentity[],
  options: LinkOptions = {},
): Promise<LinkResult> {
  return run('clear', 'prepared', left, right, options);
}

/** Links two files of encodings (`encodeIdentity` under the same key): no attribute in clear. */
export function linkEncoded(
  left: readonly EncodedIdentity[],
  right: readonly EncodedIdentity[],
  options: LinkOptions = {},
): Promise<LinkResult> {
  return run('encoded', 'prepared', left, right, options);
}

async function collect<T, U = T>(records: Records<T>, map?: (record: T) => U): Promise<U[]> {
  // Arrays are walked without `await`: an `await` per record alone costs seconds on millions of rows.
  if (Array.isArray(records)) return map ? (records as T[]).map(map) : (records as U[]);
  const all: U[] = [];
  for await (const record of records) all.push(map ? map(record) : (record as unknown as U));
  return all;
}

async function run(
  kind: SchemeKind,
  input: 'raw' | 'prepared',
  left: readonly { readonly id: string }[],
  right: readonly { readonly id: string }[],
  options: LinkOptions,
): Promise<LinkResult> {
  const seconds: Record<string, number> = {};
  let clock = performance.now();
  const lap = (stage: string): void => {
    const now = performance.now();
    seconds[stage] = (now - clock) / 1000;
    clock = now;
  };
  const report = options.onProgress ?? (() => undefined);
  const task = {
    maxBlockSize: options.maxBlockSize ?? 1000,
    randomPairs: options.randomPairs ?? 100_000,
    seed: options.seed ?? 1,
  };
  const threads = Math.max(1, Math.min(options.threads ?? 1, availableParallelism()));
  const scheme = (kind === 'clear' ? clearScheme : encodedScheme) as ComparisonScheme<unknown>;
  const here = (
    partition: PartitionTask,
    onProgress: (step: PartitionStep) => void,
  ): Promise<PartitionResult> => {
    const prepare = (records: readonly unknown[]): readonly unknown[] =>
      input === 'raw' ? (records as RawIdentity[]).map(normaliseIdentity) : records;
    const started = performance.now();
    const prepared = [prepare(left), prepare(right)] as const;
    seconds.normalisation = (performance.now() - started) / 1000;
    return comparePartitionAsync(scheme, prepared[0], prepared[1], partition, onProgress);
  };
  const progress = (step: PartitionStep): void => report(step);
  const parts =
    threads > 1
      ? await runPartitions({ kind, input, left, right, task }, threads, here, progress)
      : [await here({ ...task, part: 0, parts: 1 }, progress)];
  lap('partitions');
  seconds.blocking = parts[0]?.seconds.blocking ?? 0;
  seconds.comparison = parts[0]?.seconds.comparison ?? 0;
  const pairs = mergePairs(parts.map((part) => part.candidates));
  const random = parts[0]?.random;
  report({ stage: 'training', done: 0, total: 1 });
  const model = trainModel({
    levels: pairs.levels,
    pairCount: pairs.count,
    randomLevels: random?.levels ?? new Uint8Array(0),
    randomCount: random?.count ?? 0,
    leftCount: left.length,
    rightCount: right.length,
  });
  const weights = new Float64Array(pairs.count);
  for (let p = 0; p < pairs.count; p++) {
    weights[p] = pairWeight(
      model,
      pairs.levels,
      p,
      pairs.frequencies[p * 2] ?? 0,
      pairs.frequencies[p * 2 + 1] ?? 0,
    );
  }
  lap('training');
  report({ stage: 'training', done: 1, total: 1 });
  report({ stage: 'assignment', done: 0, total: 1 });
  const threshold = options.threshold ?? 0.5;
  const kept = assignOneToOne(
    pairs.left,
    pairs.right,
    weights,
    Math.log2(threshold / (1 - threshold)),
  );
  const linked = kept.map((p): LinkedPair => {
    const weight = weights[p] ?? 0;
    return {
      leftId: left[pairs.left[p] ?? 0]?.id ?? '',
      rightId: right[pairs.right[p] ?? 0]?.id ?? '',
      probability: probability(weight),
      weight,
    };
  });
  lap('assignment');
  report({ stage: 'assignment', done: 1, total: 1 });
  const expected = linked.reduce((sum, pair) => sum + pair.probability, 0);
  return {
    pairs: linked,
    quality: {
      leftRecords: left.length,
      rightRecords: right.length,
      candidatePairs: pairs.count,
      skippedBlocks: parts.reduce((sum, part) => sum + part.skippedBlocks, 0),
      model,
      keptPairs: linked.length,
      expectedPrecision: linked.length > 0 ? expected / linked.length : 1,
      expectedRecall: Math.min(1, expected / model.estimatedMatches),
      threads,
      seconds,
    },
  };
}
