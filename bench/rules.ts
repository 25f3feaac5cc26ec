// Benchmark of the rules engine: 1,000,000 varied households as columns, every benefit (RSA, prime
// d'activité, housing aid, family benefits, ARS, AAH, ASPA, ASI, CSS, chèque énergie) computed in
// batch on worker threads; then one household through the scalar call.
// Prints one figure per line (`name: value`); progress goes to stderr.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { computeBatch, simulate } from '@znr/rules';
import { generatePopulation } from './rules-generator.ts';
import { situation } from '../packages/rules/test/situations.ts';

const HOUSEHOLDS = Number(process.env.HOUSEHOLDS ?? 1_000_000);
const CHUNK = 25_000;
const PERIOD = '2026-06';
const workers = Math.max(1, Math.min(availableParallelism(), Number(process.env.WORKERS ?? 2)));

interface Done {
  computeMs: number;
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
const seconds = Math.max(...results.map((r) => r.computeMs)) / 1000;
const generateSeconds = Math.max(...results.map((r) => r.generateMs)) / 1000;
const sum = (key: keyof Omit<Done, 'computeMs' | 'generateMs'>): number =>
  results.reduce((a, r) => a + r[key], 0);
process.stderr.write(
  `bénéficiaires : RSA ${sum('rsa')}, prime d'activité ${sum('ppa')}, aides au logement ${sum('housing')}, ` +
    `prestations familiales ${sum('families')}, ARS ${sum('ars')}, CSS ${sum('css')}, chèque énergie ${sum('chequeEnergie')}\n`,
);

// CPU time per household on this thread alone: unlike wall time, it does not grow when other
// processes share the machine.
const sample = generatePopulation(CHUNK, PERIOD, 999);
for (let k = 0; k < 3; k++) computeBatch(sample);
const cpuStart = process.cpuUsage();
for (let k = 0; k < 3; k++) computeBatch(sample);
const cpu = process.cpuUsage(cpuStart);
const cpuMicroseconds = (cpu.user + cpu.system) / (3 * CHUNK);

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
console.log(`households_per_second: ${Math.round(HOUSEHOLDS / seconds)}`);
console.log(`wall_seconds: ${seconds.toFixed(2)}`);
console.log(`generate_seconds: ${generateSeconds.toFixed(2)}`);
console.log(`total_wall_seconds: ${totalSeconds.toFixed(2)}`);
console.log(`cpu_microseconds_per_household: ${cpuMicroseconds.toFixed(2)}`);
console.log(`peak_rss_mb: ${Math.round(process.resourceUsage().maxRSS / 1024)}`);
console.log(`single_household_p50_ms: ${timings[Math.floor(timings.length / 2)]!.toFixed(3)}`);
