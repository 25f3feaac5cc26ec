import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  appendAudit,
  loadConfig,
  openConfiguredDatabase,
  withActor,
  buildUser,
  migrateToLatest,
} from '@znr/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildProgram } from '../program.ts';

const EXPIRED_HOUSEHOLD = '3f2504e0-4f89-11d3-9a0c-0305e82c3399';

// The command reads the configured database: a PGlite folder of its own.
const dataDir = mkdtempSync(path.join(tmpdir(), 'znr-cli-audit-'));

beforeAll(async () => {
  process.env.ZNR_DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
  const database = await openConfiguredDatabase(loadConfig());
  try {
    await migrateToLatest(database.db);
    const user = await buildUser(database.db, { role: 'admin' });
    const actor = { userId: user.id, organisationId: user.organisation.id, role: user.role };
    // A household idle for three years: past any territory's retention, the purge's business.
    await database.db
      .insertInto('household')
      .values({
        id: EXPIRED_HOUSEHOLD,
        organisation_id: user.organisation.id,
        territory_id: user.organisation.territory_id,
        last_activity_at: new Date(Date.now() - 3 * 365 * 86_400_000),
      })
      .execute();
    for (const action of ['creation', 'lecture', 'modification']) {
      await withActor(database.db, actor, (trx) =>
        appendAudit(trx, actor, { action, entity: 'household' }),
      );
    }
  } finally {
    await database.close();
  }
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function verify(): Promise<{ out: string; err: string; code: number }> {
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  process.exitCode = 0;
  try {
    await buildProgram().exitOverride().parseAsync(['node', 'znr', 'audit', 'verify']);
    return {
      out: log.mock.calls.map((call) => call.join(' ')).join('\n'),
      err: error.mock.calls.map((call) => call.join(' ')).join('\n'),
      code: Number(process.exitCode ?? 0),
    };
  } finally {
    log.mockRestore();
    error.mockRestore();
    process.exitCode = 0;
  }
}

async function tamper(
  change: (db: Awaited<ReturnType<typeof openConfiguredDatabase>>['db']) => Promise<unknown>,
): Promise<void> {
  const database = await openConfiguredDatabase(loadConfig());
  try {
    await change(database.db);
  } finally {
    await database.close();
  }
}

describe('znr purge', () => {
  it('says what a dry run would erase, and erases nothing', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await buildProgram().exitOverride().parseAsync(['node', 'znr', 'purge', '--dry-run']);
      expect(log.mock.calls[0]?.[0]).toMatch(/^Simulation : 1 ménage à effacer/);
      expect(log.mock.calls[0]?.[0]).toContain('rien n’a été effacé');
      // Then one line per household, here the expired one.
      expect(log.mock.calls[1]?.[0]).toContain(EXPIRED_HOUSEHOLD);
      expect(log.mock.calls[2]?.[0]).toBe(
        'Simulation : 0 import de partenaires à effacer (0 rapprochement(s), 0 personne(s) repérée(s) ; 0 devenue(s) dossier(s) conservée(s)), rien n’a été effacé.',
      );
    } finally {
      log.mockRestore();
    }
    // The dry run left the expired household in place.
    const database = await openConfiguredDatabase(loadConfig());
    try {
      const kept = await database.db
        .selectFrom('household')
        .select('id')
        .where('id', '=', EXPIRED_HOUSEHOLD)
        .execute();
      expect(kept).toHaveLength(1);
    } finally {
      await database.close();
    }
  });
});

describe('znr reminders', () => {
  it('says what a dry run would create, and changes nothing', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await buildProgram().exitOverride().parseAsync(['node', 'znr', 'reminders', '--dry-run']);
      expect(log.mock.calls[0]?.[0]).toBe(
        'Simulation : 0 tâche de relance à créer, 0 à clore ; rien n’a été changé.',
      );
    } finally {
      log.mockRestore();
    }
  });
});

describe('znr audit verify', () => {
  it('says an untouched chain is intact', async () => {
    expect(await verify()).toEqual({
      out: 'Journal d’audit intact : 3 entrées, 1 chaîne de hachage vérifiée (une par organisation).',
      err: '',
      code: 0,
    });
  });

  it('fails and names an altered entry', async () => {
    await tamper((db) =>
      db.updateTable('audit_log').set({ action: 'export' }).where('seq', '=', 2).execute(),
    );
    const result = await verify();
    expect(result.code).toBe(1);
    expect(result.err).toContain('Entrée 2 modifiée');
  });

  it('fails and names entries deleted at the end', async () => {
    await tamper((db) => db.deleteFrom('audit_log').where('seq', '=', 3).execute());
    const result = await verify();
    expect(result.code).toBe(1);
    expect(result.err).toContain('La chaîne s’arrête à l’entrée 2');
  });
});
