import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DEMO_AGREEMENT_TITLE,
  DEMO_BAILLEUR_LOGIN,
  migrateToLatest,
  openDatabase,
  seedDemo,
} from '@znr/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `znr import` as a person runs it: a real process on a PGlite folder seeded with the demo
// territory, importing a CSV under the demo agreement as the bailleur's agent.

const dataDir = mkdtempSync(path.join(tmpdir(), 'znr-cli-import-'));
const bin = fileURLToPath(new URL('../../bin/znr.js', import.meta.url));
let agreementId = '';

beforeAll(async () => {
  const database = await openDatabase({ dataDir });
  try {
    await migrateToLatest(database.db);
    await seedDemo(database.db);
    const agreement = await database.db
      .selectFrom('data_agreement')
      .select('id')
      .where('title', '=', DEMO_AGREEMENT_TITLE)
      .executeTakeFirstOrThrow();
    agreementId = agreement.id;
  } finally {
    await database.close();
  }
}, 120_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function znr(args: string[]) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { env: { ...process.env, ZNR_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('znr import', () => {
  it('imports a CSV, prints the counts and each rejected row, shows progress on stderr', async () => {
    const file = path.join(dataDir, 'relance.csv');
    writeFileSync(
      file,
      'Référence;Nom;Prénom;Date de naissance;Dette\nR1;Roux;Léa;02/03/1980;350\nR2;Blanc;Max;31/02/1975;120\n',
    );
    const args = ['import', '--agreement', agreementId, '--partner', 'Relance', '--as'];
    const result = await znr([...args, DEMO_BAILLEUR_LOGIN.email, file]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Import [0-9a-f-]{36} : 2 lignes, 1 gardées, 1 rejetées\.\n/);
    expect(result.stdout).toContain('- ligne 3, colonne « Date de naissance » : date inexistante');
    expect(result.stderr).toContain('Import : 100 %');
    // The copy the importer made is gone; the operator's own file stays.
    expect(readdirSync(path.join(dataDir, 'imports-en-attente'))).toEqual([]);
    const again = await znr([...args, DEMO_BAILLEUR_LOGIN.email, file]);
    expect(again.stdout).toContain('Fichier déjà importé sous cette convention');
  }, 120_000);

  it('refuses an account that is not a party’s member', async () => {
    const file = path.join(dataDir, 'x.csv');
    writeFileSync(file, 'id;nom\nA;B\n');
    const result = await znr([
      'import',
      '--agreement',
      agreementId,
      '--partner',
      'X',
      '--as',
      'evaluateur@demo.zero-non-recours.fr',
      file,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('n’est membre d’aucune organisation partie à la convention');
  }, 60_000);
});
