import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, type BuiltUser } from '../../test/factories.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';
import { createHousehold } from '../households/create-household.ts';
import { eraseHousehold, purgeExpiredHouseholds } from './erase-households.ts';
import { exportHousehold } from './export-household.ts';
import { openRight } from '../rights/follow-right.ts';

let server: TestServer;
let ambassador: BuiltUser;
let coordinator: BuiltUser;
let outsider: BuiltUser;

const actor = (user: BuiltUser) => ({
  userId: user.id,
  organisationId: user.organisation.id,
  role: user.role,
});

async function household(lastName: string, monthsAgo: number): Promise<string> {
  const id = await createHousehold(server.db, actor(ambassador), {
    persons: [{ role: 'demandeur', firstName: 'Test', lastName }],
  });
  await openRight(server.db, actor(ambassador), id, { benefit: 'rsa', stage: 'ouvert' });
  const at = new Date();
  at.setUTCMonth(at.getUTCMonth() - monthsAgo);
  await server.db
    .updateTable('household')
    .set({ last_activity_at: at })
    .where('id', '=', id)
    .execute();
  return id;
}

const exists = async (id: string) =>
  (await server.db.selectFrom('household').select('id').where('id', '=', id).executeTakeFirst()) !==
  undefined;

beforeAll(async () => {
  server = await startTestServer();
  ambassador = await buildUser(server.db, { role: 'ambassadeur' });
  coordinator = await buildUser(server.db, {
    role: 'coordinateur',
    organisation: ambassador.organisation,
  });
  outsider = await buildUser(server.db, { role: 'admin' });
});
afterAll(() => server.close());

describe('retention purge', () => {
  it('lists in a dry run, then erases, households idle longer than the territory keeps them', async () => {
    const old = await household('Ancien', 25);
    const recent = await household('Récent', 3);
    const dryRun = await purgeExpiredHouseholds(server.db, { dryRun: true });
    expect(dryRun.households.map((h) => h.id)).toEqual([old]);
    expect(await exists(old)).toBe(true);

    const before = await server.db.selectFrom('right_statistic').selectAll().execute();
    await purgeExpiredHouseholds(server.db, { dryRun: false });
    expect(await exists(old)).toBe(false);
    expect(await exists(recent)).toBe(true);
    const after = await server.db.selectFrom('right_statistic').selectAll().execute();
    expect(after.length - before.length).toBe(1);
    expect(after.at(-1)).toMatchObject({ benefit: 'rsa', stage: 'ouvert' });
  });

  it('follows the territory’s own retention', async () => {
    await server.db
      .updateTable('territory')
      .set({ retention_months: 6 })
      .where('id', '=', ambassador.organisation.territory_id)
      .execute();
    const idle = await household('Sept-mois', 7);
    const report = await purgeExpiredHouseholds(server.db, { dryRun: true });
    expect(report.households.map((h) => h.id)).toContain(idle);
  });
});

describe('erasure and export on request', () => {
  it('exports everything held, to the owning organisation only', async () => {
    const id = await household('Export', 0);
    const content = await exportHousehold(server.db, actor(coordinator), id);
    expect(content?.persons.map((p) => p.last_name)).toEqual(['Export']);
    expect(content?.rights.map((r) => r.benefit)).toEqual(['rsa']);
    expect(await exportHousehold(server.db, actor(outsider), id)).toBeUndefined();
  });

  it('lets a coordinator erase, not an ambassador, and keeps the statistics', async () => {
    const id = await household('Effacé', 0);
    expect(await eraseHousehold(server.db, actor(ambassador), id)).toBe(false);
    expect(await exists(id)).toBe(true);
    expect(await eraseHousehold(server.db, actor(coordinator), id)).toBe(true);
    expect(await exists(id)).toBe(false);
    const persons = await server.db
      .selectFrom('person')
      .select('id')
      .where('household_id', '=', id)
      .execute();
    expect(persons).toEqual([]);
  });
});
