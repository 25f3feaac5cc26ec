// A comparison worker: receives both files once, then compares ranges of pairs on request,
// writing comparison vectors straight into shared memory.
import { parentPort, workerData } from 'node:worker_threads';
import { compareRange, type PairSetMemory, type WorkerSetup } from './parallel.ts';
import { schemeOf } from './schemes.ts';

const setup = workerData as WorkerSetup;
const scheme = schemeOf(setup.kind);
const sets = setup.sets.map((memory: PairSetMemory) => ({
  left: new Int32Array(memory.left),
  right: new Int32Array(memory.right),
  out: { levels: new Uint8Array(memory.levels), frequencies: new Float32Array(memory.frequencies) },
}));

parentPort?.on('message', (task: { set: number; from: number; to: number }) => {
  const set = sets[task.set];
  if (set)
    compareRange(
      scheme,
      setup.left,
      setup.right,
      set.left,
      set.right,
      task.from,
      task.to,
      set.out,
      setup.frequencies,
    );
  parentPort?.postMessage(task.to - task.from);
});
