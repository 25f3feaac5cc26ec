// Linkage benchmark: for each size, generates a synthetic benefits-office file and a landlord file
// (French identities with realistic noise, see @znr/linkage syntheticFiles), writes them as CSV,
// runs `znr link` on them in a child process (so its peak memory is its own), and prints wall
// time, peak memory, candidate pairs, comparison throughput and F1 against the known truth.
// Usage: npm run bench:linkage [-- 20000x5000,200000x50000]   (default: up to 2,000,000 × 500,000)
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { syntheticFiles, type RawIdentity } from '@znr/linkage';

const SIZES = (process.argv[2] ?? '20000x5000,200000x50000,2000000x500000').split(',');
const COLUMNS: Array<[keyof RawIdentity, string]> = [
  ['id', 'id'],
  ['lastName', 'nom'],
  ['birthName', 'nom_naissance'],
  ['firstNames', 'prenom'],
  ['sex', 'sexe'],
  ['birthDate', 'date_naissance'],
  ['streetNumber', 'numero'],
  ['street', 'voie'],
  ['complement', 'complement'],
  ['postcode', 'code_postal'],
  ['commune', 'commune'],
  ['phone', 'telephone'],
];
const bin = fileURLToPath(new URL('../packages/cli/bin/znr.js', import.meta.url));

async function writeCsv(path: string, records: readonly RawIdentity[]): Promise<void> {
  const out = createWriteStream(path);
  out.write(`${COLUMNS.map(([, header]) => header).join(',')}\n`);
  for (const record of records) {
    const line = COLUMNS.map(([key]) => {
      const value = record[key] ?? '';
      return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
    }).join(',');
    if (!out.write(`${line}\n`))
      await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  out.end();
  await finished(out);
}

for (const size of SIZES) {
  const [left = 0, right = 0] = size.split('x').map(Number);
  const dir = mkdtempSync(join(tmpdir(), 'bench-linkage-'));
  process.stderr.write(`${size} : génération…\n`);
  let files: ReturnType<typeof syntheticFiles> | undefined = syntheticFiles({
    left,
    right,
    seed: 20261123,
  });
  const truth = new Set(files.truth.map(([l, r]) => `${l}|${r}`));
  await writeCsv(join(dir, 'left.csv'), files.left);
  await writeCsv(join(dir, 'right.csv'), files.right);
  files = undefined;
  process.stderr.write(`${size} : appariement…\n`);
  const started = process.hrtime.bigint();
  const run = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      '%M',
      process.execPath,
      // Millions of records need more than Node's default heap (about 4 GB).
      '--max-old-space-size=16384',
      bin,
      'link',
      '--left',
      join(dir, 'left.csv'),
      '--right',
      join(dir, 'right.csv'),
      '--output',
      join(dir, 'pairs.csv'),
      '--quality',
      join(dir, 'quality.json'),
    ],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) {
    process.stderr.write(run.stderr);
    throw new Error(`znr link a échoué sur ${size} (code ${run.status})`);
  }
  const peakMb = Number(run.stderr.trim().split('\n').pop()) / 1024;
  const quality = JSON.parse(readFileSync(join(dir, 'quality.json'), 'utf8')) as {
    candidatePairs: number;
    model: { randomPairs: number };
    seconds: Record<string, number>;
  };
  const found = readFileSync(join(dir, 'pairs.csv'), 'utf8').trim().split('\n').slice(1);
  const correct = found.filter((line) => truth.has(line.split(',').slice(0, 2).join('|'))).length;
  const precision = correct / Math.max(1, found.length);
  const recall = correct / Math.max(1, truth.size);
  const name = `${left}x${right}`;
  console.log(`wall_seconds_${name}: ${wall.toFixed(1)}`);
  console.log(`peak_rss_mb_${name}: ${Math.round(peakMb)}`);
  console.log(`candidate_pairs_${name}: ${quality.candidatePairs}`);
  console.log(
    // Candidate pairs and the random pairs that measure chance agreement are compared alike.
    `pairs_per_second_${name}: ${Math.round((quality.candidatePairs + quality.model.randomPairs) / (quality.seconds.comparison ?? 1))}`,
  );
  console.log(`precision_${name}: ${precision.toFixed(4)}`);
  console.log(`recall_${name}: ${recall.toFixed(4)}`);
  console.log(
    `f1_${name}: ${((2 * precision * recall) / Math.max(1e-9, precision + recall)).toFixed(4)}`,
  );
  rmSync(dir, { recursive: true, force: true });
}
