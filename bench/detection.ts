// npm run bench:detection — the detection rules over PERSONS linked persons (default 200,000),
// each merged from two partner records (a bailleur's and the CAF's), in steps of 2,000 persons as
// the detection job runs them (one rules-engine batch per step). Only merging and detection are
// timed; the records are generated first. Prints persons, candidates, wall and user CPU seconds,
// persons per second and the peak resident memory.
import { cpuUsage, memoryUsage } from 'node:process';
import { defaultSettings, detect, mergeCluster, type ClusterMember } from '@znr/server';

const PERSONS = Number(process.env.PERSONS ?? 200_000);
const STEP = 2000;
const MONTH = '2026-06';

/** A deterministic pseudo-random generator (xorshift), so that two runs compute the same data. */
let seed = 0x2545f491;
const random = (): number => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
};
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;

const importedAt = new Date('2026-05-01T00:00:00Z');
function personRecords(k: number): ClusterMember[] {
  const pay = pick([0, 0, 600, 900, 1200, 1500, 2200, 3000]);
  const pension = pick([0, 0, 0, 500, 800, 1300]);
  const children = pick([0, 0, 1, 2, 3]);
  return [
    {
      recordId: `b${k}`,
      partner: 'Bailleur',
      importedAt,
      score: 0.8 + 0.2 * random(),
      attributes: {
        statut_occupation: 'locataire',
        loyer_mensuel: pick([350, 450, 550, 700]),
        dette_loyer: pick([0, 0, 0, 400, 1500]),
        mois_impayes: pick([0, 1, 3, 6]),
        code_insee: pick(['69259', '69123', '69266']),
        nb_personnes_foyer: 1 + children + (random() < 0.4 ? 1 : 0),
        nb_enfants: children,
        facture_eau_annuelle: pick([300, 450, 600]),
      },
    },
    {
      recordId: `c${k}`,
      partner: 'CAF',
      importedAt,
      score: 0.8 + 0.2 * random(),
      attributes: {
        age: pick([22, 30, 41, 55, 67, 74]),
        salaire_net_mensuel: pay,
        pension_mensuelle: pension,
        revenus_mensuels_foyer: pay + pension,
        aide_logement_percue: pick([0, 0, 180]),
        prime_activite_percue: pick(['non', 'oui']),
        rsa_percu: pick(['non', 'non', 'oui']),
        aspa_percue: 'non',
        css: pick(['non', 'oui']),
        cheque_energie_percu: pick(['non', 'oui']),
      },
    },
  ];
}

process.stderr.write(`génération de ${PERSONS} personnes…\n`);
const clusters = Array.from({ length: PERSONS }, (_, k) => personRecords(k));
const cpu = cpuUsage();
const started = performance.now();
let candidates = 0;
for (let start = 0; start < PERSONS; start += STEP) {
  const merged = clusters
    .slice(start, start + STEP)
    .map((members, k) => mergeCluster(start + k, members));
  candidates += detect(merged, MONTH, defaultSettings).length;
  if ((start / STEP) % 20 === 0) process.stderr.write(`${start + STEP} / ${PERSONS}\n`);
}
const wall = (performance.now() - started) / 1000;
const user = cpuUsage(cpu).user / 1e6;
console.log(`persons: ${PERSONS}`);
console.log(`candidates: ${candidates}`);
console.log(`wall_seconds: ${wall.toFixed(2)}`);
console.log(`user_cpu_seconds: ${user.toFixed(2)}`);
console.log(`persons_per_second: ${Math.round(PERSONS / wall)}`);
console.log(`peak_rss_mb: ${Math.round(memoryUsage().rss / 1048576)}`);
