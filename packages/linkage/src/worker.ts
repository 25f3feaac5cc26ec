// A linkage worker: normalises both files if needed, then blocks and compares its share of the
// right file against the whole left file, and sends back typed arrays (transferred, not copied).
import { parentPort, workerData } from 'node:worker_threads';
import { normaliseIdentity, type RawIdentity } from './normalise/identity.ts';
import type { WorkerMessage, WorkerSetup } from './parallel.ts';
import { comparePartition } from './partition.ts';
import { schemeOf } from './schemes.ts';

const setup = workerData as WorkerSetup;
const prepare = (records: readonly unknown[]): unknown[] =>
  setup.input === 'raw' ? (records as RawIdentity[]).map(normaliseIdentity) : [...records];
const left = prepare(setup.left);
const right = prepare(setup.right);
const result = comparePartition(schemeOf(setup.kind), left, right, setup.task, (step) => {
  parentPort?.postMessage({ type: 'progress', step } satisfies WorkerMessage);
});
const buffers = [result.candidates, result.random].flatMap((pairs) =>
  pairs
    ? [pairs.left.buffer, pairs.right.buffer, pairs.levels.buffer, pairs.frequencies.buffer]
    : [],
);
parentPort?.postMessage(
  { type: 'result', result } satisfies WorkerMessage,
  buffers as ArrayBuffer[],
);
