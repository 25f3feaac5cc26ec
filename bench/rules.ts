// Benchmark of the rules engine: 1,000,000 varied households as columns, every benefit (RSA, prime
// d'activité, housing aid, family benefits, ARS, AAH, ASPA, ASI, CSS, chèque énergie) computed in
// batch on worker threads; then one household through the scalar call. The households are
// generated chunk by chunk inside each worker, outside the timed part (bench/README.md).
// Prints one figure per line (`name: value`); progress goes to stderr.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ColumnPool, completeBatch, computeCoreBatch, simulate } from '@znr/rules';
import { generatePopulation } from './rules-generator.ts';
import { situation } from '../packages/rules/test/situations.ts';

const HOUSEHOLDS = Number(process.env.HOUSEHOLDS ?? 1_000_000);
// 4,096 households: a chunk's columns stay in the core's cache between passes (25,000 was 1.4× slower).
const CHUNK = Number(process.env.CHUNK ?? 4096);
const PERIOD = '2026-06';
const workers = Math.max(1, Math.min(availableParallelism(), Number(process.env.WORKERS ?? 2)));

interface Done {
  /** RSA, prime d'activité and housing aid, with the benefits they count. */
  coreMs: number;
  /** CSS, ARS and chèque énergie on top. */
  otherMs: number;
  generateMs: number;
  rsa: number;
  ppa: number;
  housing: number;
  families: number;
  css: number;
  chequeEnergie: number;
  ars: number;
}

const share = Math.ceil(HOUSEHOLDS / workers);
const start = performance.now();
const results = await Promise.all(
  Array.from({ length: workers }, (_, k) => {
    const worker = new Worker(new URL('./rules-worker-entry.js', import.meta.url), {
      workerData: {
        households: Math.min(share, HOUSEHOLDS - k * share),
        chunk: CHUNK,
        seed: k + 1,
        period: PERIOD,
      },
    });
    return new Promise<Done>((resolve, reject) => {
      worker.once('message', (m: Done) => resolve(m));
      worker.once('error', reject);
    });
  }),
);
const totalSeconds = (performance.now() - start) / 1000;
// Workers run side by side: the compute wall time is the longest worker's compute time.
const seconds = Math.max(...results.map((r) => r.coreMs + r.otherMs)) / 1000;
const threeSeconds = Math.max(...results.map((r) => r.coreMs)) / 1000;
const generateSeconds = Math.max(...results.map((r) => r.generateMs)) / 1000;
const sum = (key: keyof Omit<Done, 'coreMs' | 'otherMs' | 'generateMs'>): number =>
  results.reduce((a, r) => a + r[key], 0);
process.stderr.write(
  `bénéficiaires : RSA ${sum('rsa')}, prime d'activité ${sum('ppa')}, aides au logement ${sum('housing')}, ` +
    `prestations familiales ${sum('families')}, ARS ${sum('ars')}, CSS ${sum('css')}, chèque énergie ${sum('chequeEnergie')}\n`,
);

// CPU time per household on this thread alone: unlike wall time, it does not grow when other
// processes share the machine.
const sample = generatePopulation(CHUNK, PERIOD, 999);
const pool = new ColumnPool();
for (let k = 0; k < 3; k++) completeBatch(computeCoreBatch(sample, { pool }), { pool });
let coreCpu = 0;
let allCpu = 0;
for (let k = 0; k < 5; k++) {
  const c0 = process.cpuUsage();
  const core = computeCoreBatch(sample, { pool });
  const c1 = process.cpuUsage(c0);
  completeBatch(core, { pool });
  const c2 = process.cpuUsage(c0);
  coreCpu += c1.user + c1.system;
  allCpu += c2.user + c2.system;
}
const cpuMicroseconds = allCpu / (5 * CHUNK);
const threeCpuMicroseconds = coreCpu / (5 * CHUNK);

// One household through the scalar call (OpenFisca situation → columns → batch of one → result).
const household = situation({
  parents: [{ birth: '1985-03-01', activite: 'actif', salaireNet: 900 }],
  children: [{ birth: '2019-06-01' }],
  housing: 'locataire_vide',
  rent: 650,
});
const timings: number[] = [];
for (let k = 0; k < 1500; k++) {
  const t0 = performance.now();
  simulate(household, PERIOD);
  if (k >= 500) timings.push(performance.now() - t0);
}
timings.sort((a, b) => a - b);

console.log(`households: ${HOUSEHOLDS}`);
console.log(`workers: ${workers}`);
console.log(`three_benefits_households_per_second: ${Math.round(HOUSEHOLDS / threeSeconds)}`);
console.log(`three_benefits_wall_seconds: ${threeSeconds.toFixed(2)}`);
console.log(`households_per_second: ${Math.round(HOUSEHOLDS / seconds)}`);
console.log(`wall_seconds: ${seconds.toFixed(2)}`);
console.log(`generate_seconds: ${generateSeconds.toFixed(2)}`);
console.log(`total_wall_seconds: ${totalSeconds.toFixed(2)}`);
console.log(`three_benefits_cpu_microseconds_per_household: ${threeCpuMicroseconds.toFixed(2)}`);
console.log(`cpu_microseconds_per_household: ${cpuMicroseconds.toFixed(2)}`);
console.log(`peak_rss_mb: ${Math.round(process.resourceUsage().maxRSS / 1024)}`);
console.log(`single_household_p50_ms: ${timings[Math.floor(timings.length / 2)]!.toFixed(3)}`);
