// npm run bench:import — the partners' file importer. (1) Streams a generated CSV of ROWS rows
// (default 10,400,000, about 1 GB) through the reader and the row validation, pseudonymising the
// first ENCODE_ROWS (default 100,000): peak memory must stay far below the file's size. (2) Imports
// IMPORT_ROWS rows (default 50,000) end to end (upload copy, validation, HMAC + Bloom encodings,
// records and identities written, raw file deleted) into a PGlite database in a temporary folder,
// as the demo bailleur under the demo agreement. Prints wall and user CPU seconds and peak memory.
// IMPORT_DB=postgres imports into a database of its own (znr_bench_import) on DATABASE_URL's
// PostgreSQL server instead; SCAN=0 skips step (1). The whole 1 GB file end to end into PostgreSQL:
//   SCAN=0 IMPORT_ROWS=10400000 IMPORT_DB=postgres npm run bench:import
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cpuUsage, memoryUsage } from 'node:process';
import {
  DEMO_AGREEMENT_TITLE,
  DEMO_BAILLEUR_LOGIN,
  importFileAs,
  migrateToLatest,
  openDatabase,
  scanPartnerFile,
  seedDemo,
} from '@znr/server';
import { recreateDatabase } from './bench-database.ts';

const ROWS = Number(process.env.ROWS ?? 10_400_000);
const ENCODE_ROWS = Number(process.env.ENCODE_ROWS ?? 100_000);
const IMPORT_ROWS = Number(process.env.IMPORT_ROWS ?? 50_000);
const ON_POSTGRES = process.env.IMPORT_DB === 'postgres';
const SCAN = process.env.SCAN !== '0';

const names = ['Martin', 'Bernard', 'Dubois', 'Lefèbvre', 'Moreau', 'Diallo', 'Nguyen', 'Benali'];
const firstNames = ['Marie', 'Jean', 'Awa', 'Karim', 'Hélène', 'Luc', 'Inès', 'Noé', 'Zoé'];

async function generate(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  const write = (text: string) =>
    out.write(text)
      ? Promise.resolve()
      : new Promise<void>((resolve) => out.once('drain', () => resolve()));
  await write(
    'Identifiant;Nom;Prénom;Date de naissance;Adresse;Code postal;Commune;Téléphone;Loyer;Dette\n',
  );
  for (let i = 1; i <= rows; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (i % 12)).padStart(2, '0');
    await write(
      `B${i};${names[i % names.length]};${firstNames[(i * 7) % firstNames.length]};${day}/${month}/${1940 + (i % 60)};` +
        `${i % 200} rue de la République;69200;Vénissieux;06${String(i).padStart(8, '0')};${400 + (i % 300)},50;${(i % 5) * 120}\n`,
    );
  }
  await new Promise((resolve) => out.end(resolve));
}

let peak = 0;
const sampler = setInterval(() => {
  peak = Math.max(peak, memoryUsage().rss);
}, 50);

async function timed<T>(
  work: () => Promise<T>,
): Promise<{ result: T; wall: number; user: number }> {
  peak = memoryUsage().rss;
  const cpu = cpuUsage();
  const started = performance.now();
  const result = await work();
  return {
    result,
    wall: (performance.now() - started) / 1000,
    user: cpuUsage(cpu).user / 1e6,
  };
}

const folder = await mkdtemp(path.join(tmpdir(), 'znr-bench-import-'));
try {
  if (SCAN) {
    const big = path.join(folder, 'grand.csv');
    await generate(big, ROWS);
    const bytes = (await stat(big)).size;
    const scan = await timed(() => scanPartnerFile(big, ENCODE_ROWS));
    console.log(`scan_file_bytes: ${bytes}`);
    console.log(`scan_rows: ${scan.result.rows}`);
    console.log(`scan_rows_encoded: ${scan.result.encoded}`);
    console.log(`scan_wall_seconds: ${scan.wall.toFixed(1)}`);
    console.log(`scan_user_cpu_seconds: ${scan.user.toFixed(1)}`);
    console.log(`scan_peak_rss_mb: ${Math.round(peak / 1024 / 1024)}`);
    await rm(big);
  }

  const medium = path.join(folder, 'bailleur.csv');
  await generate(medium, IMPORT_ROWS);
  console.log(`import_file_bytes: ${(await stat(medium)).size}`);
  const dataDir = path.join(folder, 'data');
  const database = await openDatabase(
    ON_POSTGRES
      ? { url: await recreateDatabase('znr_bench_import') }
      : { dataDir: path.join(dataDir, 'pglite') },
  );
  try {
    await migrateToLatest(database.db);
    await seedDemo(database.db);
    const agreement = await database.db
      .selectFrom('data_agreement')
      .select('id')
      .where('title', '=', DEMO_AGREEMENT_TITLE)
      .executeTakeFirstOrThrow();
    const run = await timed(() =>
      importFileAs(database.db, {
        email: DEMO_BAILLEUR_LOGIN.email,
        agreementId: agreement.id,
        partner: 'Bailleur (banc d’essai)',
        filePath: medium,
        dataDir,
        maxBytes: 2 ** 31,
      }),
    );
    console.log(`import_rows: ${run.result.rowsTotal}`);
    console.log(`import_rows_valid: ${run.result.rowsValid}`);
    console.log(`import_wall_seconds: ${run.wall.toFixed(1)}`);
    console.log(`import_user_cpu_seconds: ${run.user.toFixed(1)}`);
    console.log(`import_rows_per_second: ${Math.round(run.result.rowsTotal / run.wall)}`);
    console.log(`import_peak_rss_mb: ${Math.round(peak / 1024 / 1024)}`);
  } finally {
    await database.close();
  }
} finally {
  clearInterval(sampler);
  await rm(folder, { recursive: true, force: true });
}
