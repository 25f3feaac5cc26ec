import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openFreshDatabase } from '../test/fresh-database.ts';
import { openDatabase, type DatabaseHandle } from './database.ts';
import { currentMigration, latestMigration, migrateToLatest } from './migrate.ts';
import { migrations } from './migrations/index.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function fresh(): Promise<DatabaseHandle> {
  const { handle, drop } = await openFreshDatabase();
  cleanups.push(drop, () => handle.close());
  return handle;
}

async function tableNames(handle: DatabaseHandle): Promise<string[]> {
  const result = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' order by table_name`.execute(handle.db);
  return result.rows.map((row) => row.name);
}

describe('migrateToLatest', () => {
  it('applies every migration, in order, on a fresh database', async () => {
    const handle = await fresh();
    expect(await currentMigration(handle.db)).toBeUndefined();
    expect(await migrateToLatest(handle.db)).toEqual(Object.keys(migrations).sort());
    expect(await currentMigration(handle.db)).toBe(latestMigration);
    expect(await tableNames(handle)).toEqual([
      'agreement_key',
      'app_user',
      'audit_head',
      'audit_log',
      'bilan',
      'blockage',
      'blockage_status_change',
      'consent',
      'data_agreement',
      'data_agreement_version',
      'detection_run',
      'follow_up_event',
      'household',
      'indicator_action',
      'indicator_action_type',
      'indicator_blockage',
      'indicator_candidate',
      'indicator_delay',
      'indicator_delay_benefit',
      'indicator_delay_national',
      'indicator_delay_territory',
      'indicator_household',
      'indicator_household_territory',
      'indicator_partner',
      'indicator_right',
      'indicator_right_benefit',
      'indicator_stale',
      'indicator_stale_month',
      'indicator_workshop',
      'job',
      'kysely_migration',
      'kysely_migration_lock',
      'linkage_cluster_member',
      'linkage_run',
      'membership',
      'network_service',
      'network_structure',
      'organisation',
      'outreach_action',
      'outreach_action_count',
      'outreach_action_team',
      'outreach_candidate',
      'outreach_statistic',
      'partner_column_mapping',
      'partner_import',
      'partner_record',
      'partner_record_identity',
      'person',
      'referral',
      'referral_message',
      'right_follow_up',
      'right_stage_history',
      'right_statistic',
      'task',
      'territory',
      'territory_commune',
      'user_session',
      'workshop',
    ]);
  });

  it('does nothing on an up-to-date database', async () => {
    const handle = await fresh();
    await migrateToLatest(handle.db);
    expect(await migrateToLatest(handle.db)).toEqual([]);
    expect(await currentMigration(handle.db)).toBe(latestMigration);
  });

  it('tolerates two databases of one server creating the shared role at the same time', async () => {
    const [first, second] = await Promise.all([fresh(), fresh()]);
    const applied = await Promise.all([migrateToLatest(first.db), migrateToLatest(second.db)]);
    expect(applied).toEqual([Object.keys(migrations).sort(), Object.keys(migrations).sort()]);
  });

  it('enforces the tenancy constraints in the database', async () => {
    const handle = await fresh();
    await migrateToLatest(handle.db);
    const { id } = await handle.db
      .insertInto('territory')
      .values({ name: 'T' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await expect(
      handle.db
        .insertInto('organisation')
        .values({ territory_id: id, name: 'X', type: 'banque' as 'caf' })
        .execute(),
    ).rejects.toThrow(/organisation_type_check/);
    await expect(
      handle.db
        .insertInto('app_user')
        .values({ email: 'Majuscule@example.org', display_name: 'M', password_hash: 'x' })
        .execute(),
    ).rejects.toThrow(/app_user_email_check/);
  });
});

describe('PGlite in a folder', () => {
  it('keeps the data across a restart', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'znr-pglite-'));
    cleanups.push(() => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })));
    const first = await openDatabase({ dataDir });
    await migrateToLatest(first.db);
    await first.db.insertInto('territory').values({ name: 'Persistant' }).execute();
    await first.close();

    const second = await openDatabase({ dataDir });
    cleanups.push(() => second.close());
    expect(second.engine).toBe('pglite');
    expect(await migrateToLatest(second.db)).toEqual([]);
    const names = await second.db.selectFrom('territory').select('name').execute();
    expect(names).toEqual([{ name: 'Persistant' }]);
  });
});
