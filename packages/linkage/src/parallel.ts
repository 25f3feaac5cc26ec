import { Worker } from 'node:worker_threads';
import type { ComparedPairs, PartitionResult, PartitionStep, PartitionTask } from './partition.ts';
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
  | { readonly type: 'progress'; readonly step: PartitionStep }
  | { readonly type: 'result'; readonly result: PartitionResult };

/**
 * The progress of all partitions as one: blocking until every partition has blocked (its records
 * searched over all of theirs), then comparison (pairs compared over the pairs known so far,
 * scaled up for the partitions still blocking).
 */
export function combineSteps(
  steps: ReadonlyArray<PartitionStep | undefined>,
  blockingTotals: readonly number[],
): PartitionStep {
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  if (steps.some((step) => step === undefined || step.stage === 'blocking')) {
    return {
      stage: 'blocking',
      done: sum(
        steps.map((step, part) =>
          step?.stage === 'blocking'
            ? step.done
            : step === undefined
              ? 0
              : (blockingTotals[part] ?? 0),
        ),
      ),
      total: sum([...blockingTotals]),
    };
  }
  const known = steps.filter((step): step is PartitionStep => step !== undefined);
  return {
    stage: 'comparison',
    done: sum(known.map((step) => step.done)),
    total: sum(known.map((step) => step.total)),
  };
}

/**
 * Runs partition 0 in this thread and partitions 1 to `threads - 1` in worker threads, each on its
 * share of the right file, and returns their results in partition order. Workers get the records
 * as they are (raw identities are normalised in each worker); only typed arrays come back.
 */
export async function runPartitions(
  setup: Omit<WorkerSetup, 'task'> & { readonly task: Omit<PartitionTask, 'part' | 'parts'> },
  threads: number,
  here: (
    task: PartitionTask,
    onProgress: (step: PartitionStep) => void,
  ) => Promise<PartitionResult>,
  onProgress: (step: PartitionStep) => void,
): Promise<PartitionResult[]> {
  const steps = new Array<PartitionStep | undefined>(threads).fill(undefined);
  const blockingTotals = Array.from({ length: threads }, (_, part) =>
    Math.max(0, Math.ceil((setup.right.length - part) / threads)),
  );
  const progress = (part: number) => (step: PartitionStep) => {
    steps[part] = step;
    onProgress(combineSteps(steps, blockingTotals));
  };
  const others = Array.from({ length: threads - 1 }, (_, index) => {
    const part = index + 1;
    const workerData: WorkerSetup = { ...setup, task: { ...setup.task, part, parts: threads } };
    const worker = new Worker(new URL('./worker-entry.js', import.meta.url), { workerData });
    return new Promise<PartitionResult>((resolve, reject) => {
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress') return progress(part)(message.step);
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
  const first = await here({ ...setup.task, part: 0, parts: threads }, progress(0));
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
