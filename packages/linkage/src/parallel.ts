import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { FIELDS } from './compare/fields.ts';
import type { ComparisonOutput, TermFrequencies } from './compare/identity.ts';
import type { ComparisonScheme, SchemeKind } from './schemes.ts';

const FIELD_COUNT = FIELDS.length;
const CHUNK = 20_000;
/** Below this many pairs, starting threads costs more than it saves. */
const PARALLEL_FROM = 150_000;

/** A set of pairs to compare, as positions in the left and right files. */
export interface PairSet {
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly count: number;
}

/** Shared memory of one pair set, as handed to workers. */
export interface PairSetMemory {
  readonly left: SharedArrayBuffer;
  readonly right: SharedArrayBuffer;
  readonly levels: SharedArrayBuffer;
  readonly frequencies: SharedArrayBuffer;
}

/** What a worker receives when it starts. */
export interface WorkerSetup {
  readonly kind: SchemeKind;
  readonly left: readonly unknown[];
  readonly right: readonly unknown[];
  readonly frequencies: TermFrequencies;
  readonly sets: readonly PairSetMemory[];
}

/** Compares pairs `from` to `to` of a set and writes their comparison vectors. */
export function compareRange<T>(
  scheme: ComparisonScheme<T>,
  left: readonly T[],
  right: readonly T[],
  pairsLeft: Int32Array,
  pairsRight: Int32Array,
  from: number,
  to: number,
  out: ComparisonOutput,
  frequencies: TermFrequencies,
): void {
  for (let p = from; p < to; p++) {
    const a = left[pairsLeft[p] ?? 0];
    const b = right[pairsRight[p] ?? 0];
    if (a !== undefined && b !== undefined) scheme.compare(a, b, p, out, frequencies);
  }
}

/**
 * Compares every pair of each set, on all cores: worker threads read both files (sent once) and
 * write comparison vectors into shared memory; ranges are handed out as workers finish, so a slow
 * range never holds the others back. Small jobs run in this thread.
 */
export async function compareInParallel<T>(
  scheme: ComparisonScheme<T>,
  left: readonly T[],
  right: readonly T[],
  sets: readonly PairSet[],
  frequencies: TermFrequencies,
  options: { workers?: number | undefined; onProgress?: (done: number, total: number) => void },
): Promise<{ outputs: ComparisonOutput[]; workers: number }> {
  const total = sets.reduce((sum, set) => sum + set.count, 0);
  const workerCount = options.workers ?? (total >= PARALLEL_FROM ? availableParallelism() : 0);
  const memories = sets.map((set) => sharedMemory(set));
  const outputs = memories.map((memory) => ({
    levels: new Uint8Array(memory.levels),
    frequencies: new Float32Array(memory.frequencies),
  }));
  const progress = options.onProgress ?? (() => undefined);
  if (workerCount === 0) {
    sets.forEach((set, s) => {
      const out = outputs[s];
      if (out)
        compareRange(scheme, left, right, set.left, set.right, 0, set.count, out, frequencies);
    });
    progress(total, total);
    return { outputs, workers: 0 };
  }
  const tasks: { set: number; from: number; to: number }[] = [];
  sets.forEach((set, s) => {
    for (let from = 0; from < set.count; from += CHUNK)
      tasks.push({ set: s, from, to: Math.min(set.count, from + CHUNK) });
  });
  const setup: WorkerSetup = { kind: scheme.kind, left, right, frequencies, sets: memories };
  let done = 0;
  await Promise.all(
    Array.from({ length: workerCount }, () => {
      const worker = new Worker(new URL('./worker-entry.js', import.meta.url), {
        workerData: setup,
      });
      return new Promise<void>((resolve, reject) => {
        const next = (): void => {
          const task = tasks.shift();
          if (task) worker.postMessage(task);
          else void worker.terminate().then(() => resolve());
        };
        worker.on('message', (compared: number) => {
          done += compared;
          progress(done, total);
          next();
        });
        worker.on('error', reject);
        worker.on('online', next);
      });
    }),
  );
  return { outputs, workers: workerCount };
}

function sharedMemory(set: PairSet): PairSetMemory {
  const left = new SharedArrayBuffer(set.count * 4);
  const right = new SharedArrayBuffer(set.count * 4);
  new Int32Array(left).set(set.left.subarray(0, set.count));
  new Int32Array(right).set(set.right.subarray(0, set.count));
  return {
    left,
    right,
    levels: new SharedArrayBuffer(set.count * FIELD_COUNT),
    frequencies: new SharedArrayBuffer(set.count * 2 * 4),
  };
}
