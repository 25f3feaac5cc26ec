import { Worker } from 'node:worker_threads';
import type { ComparedPairs, PartitionResult, PartitionTask } from './partition.ts';
import type { SchemeKind } from './schemes.ts';

/** What a worker receives when it starts: both files, and which share of the right file is its. */
export interface WorkerSetup {
  readonly kind: SchemeKind;
  /** `raw`: identities as read from files, normalised by the worker itself (in parallel). */
  readonly input: 'raw' | 'prepared';
  readonly left: readonly unknown[];
  readonly right: readonly unknown[];
  readonly task: PartitionTask;
}

/** Messages from a worker: progress, then its result (typed arrays are transferred, not copied). */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'result'; readonly result: PartitionResult };

/**
 * Runs partition 0 in this thread and partitions 1 to `threads - 1` in worker threads, each on its
 * share of the right file, and returns their results in partition order. Workers get the records
 * as they are (raw identities are normalised in each worker); only typed arrays come back.
 */
export async function runPartitions(
  setup: Omit<WorkerSetup, 'task'> & { readonly task: Omit<PartitionTask, 'part' | 'parts'> },
  threads: number,
  here: (task: PartitionTask, onProgress: (done: number, total: number) => void) => PartitionResult,
  onProgress: (done: number, total: number) => void,
): Promise<PartitionResult[]> {
  const done = new Array<number>(threads).fill(0);
  const totals = new Array<number>(threads).fill(0);
  const progress = (part: number) => (partDone: number, partTotal: number) => {
    done[part] = partDone;
    totals[part] = partTotal;
    onProgress(
      done.reduce((a, b) => a + b, 0),
      totals.reduce((a, b) => a + b, 0) *
        (threads / Math.max(1, totals.filter((t) => t > 0).length)),
    );
  };
  const others = Array.from({ length: threads - 1 }, (_, index) => {
    const part = index + 1;
    const workerData: WorkerSetup = { ...setup, task: { ...setup.task, part, parts: threads } };
    const worker = new Worker(new URL('./worker-entry.js', import.meta.url), { workerData });
    return new Promise<PartitionResult>((resolve, reject) => {
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress') return progress(part)(message.done, message.total);
        resolve(message.result);
        void worker.terminate();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (code !== 0) reject(new Error(`Le fil de calcul ${part} s'est arrêté (code ${code}).`));
      });
    });
  });
  // Partition 0 runs here while the workers run theirs: the workers already hold their data.
  const first = here({ ...setup.task, part: 0, parts: threads }, progress(0));
  return [first, ...(await Promise.all(others))];
}

/** Joins the pairs compared by several partitions into one set. */
export function mergePairs(parts: readonly ComparedPairs[]): ComparedPairs {
  if (parts.length === 1 && parts[0]) return parts[0];
  const count = parts.reduce((sum, part) => sum + part.count, 0);
  const fieldCount = parts[0] && parts[0].count > 0 ? parts[0].levels.length / parts[0].count : 0;
  const merged = {
    left: new Int32Array(count),
    right: new Int32Array(count),
    count,
    levels: new Uint8Array(count * fieldCount),
    frequencies: new Float32Array(count * 2),
  };
  let offset = 0;
  for (const part of parts) {
    merged.left.set(part.left.subarray(0, part.count), offset);
    merged.right.set(part.right.subarray(0, part.count), offset);
    merged.levels.set(part.levels.subarray(0, part.count * fieldCount), offset * fieldCount);
    merged.frequencies.set(part.frequencies.subarray(0, part.count * 2), offset * 2);
    offset += part.count;
  }
  return merged;
}
