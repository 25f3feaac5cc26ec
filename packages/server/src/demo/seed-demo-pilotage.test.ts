import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from './seed-demo.ts';
import { startTestServer, type TestServer } from '../test/test-server.ts';
import { blockageStatuses, outreachTypes } from '../pilotage/index.ts';

let server: TestServer;
let territoryId: string;

beforeAll(async () => {
  server = await startTestServer();
  territoryId = (await seedDemo(server.db)).territoryId;
});
afterAll(() => server.close());

describe('demo pilotage data', () => {
  it('gives the dashboard six months of actions of every type', async () => {
    const rows = await sql<{ type: string; months: number; counted: number }>`
      select type, count(distinct to_char(held_on, 'YYYY-MM'))::int as months,
        count(*) filter (where exists (select 1 from outreach_action_count c where c.action_id = a.id))::int as counted
      from outreach_action a where territory_id = ${territoryId} group by type`.execute(server.db);
    expect(rows.rows.map((row) => row.type).sort()).toEqual([...outreachTypes].sort());
    for (const row of rows.rows) {
      expect(row.months).toBe(6);
      expect(row.counted).toBeGreaterThan(0);
    }
  });

  it('fills a directory, workshops and blockages at every status, once', async () => {
    const count = async (table: 'network_structure' | 'network_service' | 'workshop') =>
      (
        await server.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('territory_id', '=', territoryId)
          .executeTakeFirstOrThrow()
      ).n;
    expect(Number(await count('network_structure')) + Number(await count('network_service'))).toBe(
      20,
    );
    expect(Number(await count('workshop'))).toBe(5);
    const statuses = await server.db
      .selectFrom('blockage')
      .select('status')
      .distinct()
      .where('territory_id', '=', territoryId)
      .execute();
    expect(statuses.map((row) => row.status).sort()).toEqual([...blockageStatuses].sort());
    const before = await server.db.selectFrom('outreach_action').select('id').execute();
    await seedDemo(server.db);
    const after = await server.db.selectFrom('outreach_action').select('id').execute();
    expect(after.length).toBe(before.length);
  });
});
