import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@znr/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildProgram } from '../program.ts';

// These commands work on the configured database: here a PGlite folder of their own, never the
// DATABASE_URL server of the CI (each test file runs in its own process, so this stays local).
const dataDir = mkdtempSync(path.join(tmpdir(), 'znr-cli-'));
const bin = fileURLToPath(new URL('../../bin/znr.js', import.meta.url));
const childEnv = { ...process.env, ZNR_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' };

beforeAll(() => {
  process.env.ZNR_DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function run(...args: string[]): Promise<string> {
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    await buildProgram()
      .exitOverride()
      .parseAsync(['node', 'znr', ...args]);
    return log.mock.calls.map((call) => call.join(' ')).join('\n');
  } finally {
    log.mockRestore();
  }
}

function runChild(args: string[], input = '', env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      process.execPath,
      [bin, ...args],
      { env: { ...childEnv, ...env } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(input);
  });
}

describe('znr migrate, demo, admin create', () => {
  it('migrate applies the migrations once, then says the database is up to date', async () => {
    expect(await run('migrate')).toBe(
      'Migrations appliquées (21) : 0001-tenancy, 0002-app-role, 0003-suivi, 0004-retention, 0005-shared-sets, 0006-pilotage-network, 0007-pilotage-indicators, 0008-reperage-data, 0009-reperage-outreach, 0010-suivi-tasks, 0012-bilan-client-id, 0013-indicator-rollups, 0014-indicator-delay-rollup, 0015-suivi-speed, 0016-suivi-follow-up-history, 0017-agreement-retention, 0018-indicator-month-refresh, 0021-reperage-ids-history, 0022-indicator-cell-refresh, 0023-indicator-national-rollups, 0024-benefit-vocabulary.',
    );
    expect(await run('migrate')).toBe(
      'Base à jour (0024-benefit-vocabulary) : aucune migration à appliquer.',
    );
  });

  it('demo seeds the territory once and prints the logins each time', async () => {
    const first = await run('demo');
    expect(first).toContain(
      'Territoire de démonstration « Vénissieux — Moulin-à-Vent » prêt (6 comptes créés).',
    );
    expect(first).toMatch(
      /ambassadeur@demo\.zero-non-recours\.fr +Ambassadeur des droits +PIMMS Médiation Vénissieux +demo-zero-non-recours/,
    );
    expect(await run('demo')).toContain(
      'Le territoire de démonstration « Vénissieux — Moulin-à-Vent » existe déjà.',
    );
  });

  it('admin create makes an account and prints its generated password once', async () => {
    const output = await run(
      'admin',
      'create',
      '--email',
      'Directrice@ccas.fr',
      '--name',
      'Directrice',
      '--organisation',
      'CCAS de Vénissieux',
    );
    expect(output).toMatch(
      /^Compte créé : directrice@ccas\.fr — Administrateur dans « CCAS de Vénissieux »\.\nMot de passe \(affiché une seule fois, transmettez-le de façon sûre\) : [A-Za-z2-9]{20}$/,
    );
    const again = await run(
      'admin',
      'create',
      '--email',
      'directrice@ccas.fr',
      '--name',
      'Directrice',
      '--organisation',
      'CCAS de Vénissieux',
    );
    expect(again).toBe(
      'Rien à faire : directrice@ccas.fr est déjà Administrateur dans « CCAS de Vénissieux ».',
    );
  });

  it('admin organisation prepares a territory and an organisation for admin create', async () => {
    const args = ['admin', 'organisation', '--territory', 'Saint-Fons', '--communes', '69199'];
    const output = await run(...args, '--name', 'CCAS de Saint-Fons', '--type', 'ccas_cias');
    expect(output).toMatch(
      /^Territoire créé : Saint-Fons\.\nOrganisation créée : CCAS de Saint-Fons \(identifiant [0-9a-f-]{36}\)\.$/,
    );
    const created = await run(
      'admin',
      'create',
      '--email',
      'chef@saint-fons.fr',
      '--name',
      'Chef',
      '--organisation',
      'CCAS de Saint-Fons',
    );
    expect(created).toContain(
      'Compte créé : chef@saint-fons.fr — Administrateur dans « CCAS de Saint-Fons ».',
    );
  });

  it('admin create reads a chosen password on stdin, in a real process', async () => {
    const result = await runChild(
      [
        'admin',
        'create',
        '--email',
        'pilote2@ccas.fr',
        '--name',
        'P',
        '--organisation',
        'CCAS de Vénissieux',
        '--role',
        'pilote',
        '--password-stdin',
      ],
      'un-mot-de-passe-choisi\n',
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.trim()).toBe(
      'Compte créé : pilote2@ccas.fr — Pilote dans « CCAS de Vénissieux ».',
    );
    const database = await openDatabase({ dataDir });
    const user = await database.db
      .selectFrom('app_user')
      .select('password_hash')
      .where('email', '=', 'pilote2@ccas.fr')
      .executeTakeFirstOrThrow();
    await database.close();
    expect(user.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('fails with a French message, a non-zero code and no stack trace', async () => {
    const result = await runChild([
      'admin',
      'create',
      '--email',
      'x@y.fr',
      '--name',
      'X',
      '--organisation',
      'Inconnue',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      'Aucune organisation ne porte l’identifiant ou le nom exact « Inconnue ».',
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const badConfig = await runChild(['migrate'], '', { PORT: 'trois-mille' });
    expect(badConfig.code).toBe(1);
    expect(badConfig.stderr.trim()).toBe(
      'Configuration invalide :\n  - PORT : un numéro de port est attendu',
    );
  });
});
