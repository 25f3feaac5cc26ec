// A benchmark worker: for each chunk of its share, generates the households as columns (not
// timed), then computes in batch (timed) RSA, prime d'activité and housing aid with the benefits
// they count (`computeCoreBatch`), then the other benefits (`completeBatch`). One chunk lives in
// memory at a time; its columns and the batch's reuse the memory of the previous chunk.
import { parentPort, workerData } from 'node:worker_threads';
import { ColumnPool, completeBatch, computeCoreBatch } from '@znr/rules';
import { generatePopulation } from './rules-generator.ts';

interface Setup {
  households: number;
  chunk: number;
  seed: number;
  period: string;
}

const setup = workerData as Setup;
const populationPool = new ColumnPool();
const pool = new ColumnPool();
let coreMs = 0;
let otherMs = 0;
let generateMs = 0;
let rsa = 0;
let ppa = 0;
let housing = 0;
let families = 0;
let css = 0;
let chequeEnergie = 0;
let ars = 0;
for (let done = 0, k = 0; done < setup.households; done += setup.chunk, k++) {
  const t0 = performance.now();
  const pop = generatePopulation(
    Math.min(setup.chunk, setup.households - done),
    setup.period,
    setup.seed * 1000 + k,
    populationPool,
  );
  const t1 = performance.now();
  const core = computeCoreBatch(pop, { pool });
  const t2 = performance.now();
  const result = completeBatch(core, { pool });
  const t3 = performance.now();
  generateMs += t1 - t0;
  coreMs += t2 - t1;
  otherMs += t3 - t2;
  const last = result.states[result.states.length - 1]!;
  for (let f = 0; f < pop.nFamilies; f++) {
    if (last.af[f]! + last.cf[f]! + last.asf[f]! + last.paje[f]! > 0) families++;
    if (result.css.free[f] === 1 || result.css.participation[f]! > 0) css++;
    if (result.chequeEnergie.amount[f]! > 0) chequeEnergie++;
    if (result.ars.amount[f]! > 0) ars++;
    rsa += result.rsa.eligible[f]!;
    ppa += result.primeActivite.eligible[f]!;
    housing += result.aidesLogement.eligible[f]!;
  }
}
parentPort!.postMessage({
  coreMs,
  otherMs,
  generateMs,
  rsa,
  ppa,
  housing,
  families,
  css,
  chequeEnergie,
  ars,
});
