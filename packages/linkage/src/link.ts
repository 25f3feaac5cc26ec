import { assignOneToOne } from './assign.ts';
import { candidatePairs } from './block.ts';
import type { ComparisonOutput } from './compare/identity.ts';
import type { EncodedIdentity } from './encode/encoded.ts';
import { trainModel, pairWeight, probability, type LinkageModel } from './model.ts';
import {
  normaliseIdentity,
  type NormalisedIdentity,
  type RawIdentity,
} from './normalise/identity.ts';
import { compareInParallel } from './parallel.ts';
import { clearScheme, encodedScheme, type ComparisonScheme } from './schemes.ts';

/** Stages of a linkage run, as reported to a progress callback. */
export type LinkStage = 'lecture' | 'blocage' | 'comparaison' | 'apprentissage' | 'affectation';

/** Progress of a long run: `done` out of `total` units of the current stage. */
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
  /** Worker threads comparing pairs; 0 compares in this thread (default: one per core when worth it). */
  readonly workers?: number;
  /** Random pairs drawn to measure agreement by chance (default 200,000). */
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
  readonly workers: number;
  readonly seconds: Readonly<Record<string, number>>;
}

/** Result of a linkage run. */
export interface LinkResult {
  readonly pairs: LinkedPair[];
  readonly quality: LinkQuality;
}

type Records<T> = Iterable<T> | AsyncIterable<T>;

/**
 * Links two files of identities in clear: normalises them, finds candidate pairs by blocking on
 * several keys, compares each pair, fits a Fellegi-Sunter model by EM (no labelled data needed),
 * weighs pairs with term-frequency adjustment and keeps a one-to-one set of likely matches.
 */
export async function link(
  left: Records<RawIdentity>,
  right: Records<RawIdentity>,
  options: LinkOptions = {},
): Promise<LinkResult> {
  const started = performance.now();
  const leftRecords: NormalisedIdentity[] = [];
  const rightRecords: NormalisedIdentity[] = [];
  for await (const raw of left) leftRecords.push(normaliseIdentity(raw));
  for await (const raw of right) rightRecords.push(normaliseIdentity(raw));
  const result = await linkRecords(clearScheme, leftRecords, rightRecords, options);
  return {
    ...result,
    quality: {
      ...result.quality,
      seconds: { normalisation: (performance.now() - started) / 1000, ...result.quality.seconds },
    },
  };
}

/** Links two files already normalised with `normaliseIdentity`. */
export function linkNormalised(
  left: readonly NormalisedIdentity[],
  right: readonly NormalisedIdentity[],
  options: LinkOptions = {},
): Promise<LinkResult> {
  return linkRecords(clearScheme, left, right, options);
}

/** Links two files of encodings (`encodeIdentity` under the same key): no attribute in clear. */
export function linkEncoded(
  left: readonly EncodedIdentity[],
  right: readonly EncodedIdentity[],
  options: LinkOptions = {},
): Promise<LinkResult> {
  return linkRecords(encodedScheme, left, right, options);
}

async function linkRecords<T extends { readonly id: string }>(
  scheme: ComparisonScheme<T>,
  left: readonly T[],
  right: readonly T[],
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
  report({ stage: 'blocage', done: 0, total: 1 });
  const pairs = candidatePairs(left, right, scheme.blockingKeys, {
    maxBlockSize: options.maxBlockSize ?? 1000,
  });
  const random = randomPairs(
    left.length,
    right.length,
    options.randomPairs ?? 200_000,
    options.seed ?? 1,
  );
  const frequencies = scheme.frequencies([left, right]);
  lap('blocage');
  const compared = await compareInParallel(scheme, left, right, [pairs, random], frequencies, {
    workers: options.workers,
    onProgress: (done, total) => report({ stage: 'comparaison', done, total }),
  });
  const [candidates, sample] = compared.outputs as [ComparisonOutput, ComparisonOutput];
  lap('comparaison');
  report({ stage: 'apprentissage', done: 0, total: 1 });
  const model = trainModel({
    levels: candidates.levels,
    pairCount: pairs.count,
    randomLevels: sample.levels,
    randomCount: random.count,
    leftCount: left.length,
    rightCount: right.length,
  });
  const weights = new Float64Array(pairs.count);
  for (let p = 0; p < pairs.count; p++) {
    weights[p] = pairWeight(
      model,
      candidates.levels,
      p,
      candidates.frequencies[p * 2] ?? 0,
      candidates.frequencies[p * 2 + 1] ?? 0,
    );
  }
  lap('apprentissage');
  report({ stage: 'affectation', done: 0, total: 1 });
  const threshold = options.threshold ?? 0.5;
  const minimumWeight = Math.log2(threshold / (1 - threshold));
  const kept = assignOneToOne(pairs.left, pairs.right, weights, minimumWeight);
  const linked = kept.map((p): LinkedPair => {
    const weight = weights[p] ?? 0;
    return {
      leftId: left[pairs.left[p] ?? 0]?.id ?? '',
      rightId: right[pairs.right[p] ?? 0]?.id ?? '',
      probability: probability(weight),
      weight,
    };
  });
  lap('affectation');
  const expected = linked.reduce((sum, pair) => sum + pair.probability, 0);
  return {
    pairs: linked,
    quality: {
      leftRecords: left.length,
      rightRecords: right.length,
      candidatePairs: pairs.count,
      skippedBlocks: pairs.skippedBlocks,
      model,
      keptPairs: linked.length,
      expectedPrecision: linked.length > 0 ? expected / linked.length : 1,
      expectedRecall: Math.min(1, expected / model.estimatedMatches),
      workers: compared.workers,
      seconds,
    },
  };
}

/** `count` pairs drawn uniformly (with replacement) by a seeded generator (mulberry32). */
function randomPairs(leftCount: number, rightCount: number, count: number, seed: number) {
  const size = leftCount > 0 && rightCount > 0 ? Math.min(count, leftCount * rightCount) : 0;
  const left = new Int32Array(size);
  const right = new Int32Array(size);
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let p = 0; p < size; p++) {
    left[p] = Math.floor(next() * leftCount);
    right[p] = Math.floor(next() * rightCount);
  }
  return { left, right, count: size };
}
