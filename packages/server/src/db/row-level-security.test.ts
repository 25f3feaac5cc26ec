import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, type BuiltUser } from '../test/factories.ts';
import { startTestServer, type TestServer } from '../test/test-server.ts';
import type { Database } from './schema.ts';
import { withActor, type Actor } from './with-actor.ts';

// SQL-level proof that the database itself keeps organisations apart, whatever the API does:
// the queries below deliberately forget their WHERE clause.

let server: TestServer;
let ambassador: BuiltUser;
let other: BuiltUser;
let evaluator: BuiltUser;
let ownHousehold: string;
let otherHousehold: string;

function actor(user: BuiltUser): Actor {
  return { userId: user.id, organisationId: user.organisation.id, role: user.role };
}

/** A household with one person, written as the migration owner (outside row-level security). */
async function seedHousehold(db: Kysely<Database>, user: BuiltUser, lastName: string) {
  const household = await db
    .insertInto('household')
    .values({ organisation_id: user.organisation.id, territory_id: user.organisation.territory_id })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('person')
    .values({
      household_id: household.id,
      organisation_id: user.organisation.id,
      role: 'demandeur',
      first_name: 'Awa',
      last_name: lastName,
      name_key: lastName.toLowerCase(),
      phonetic_key: lastName.toUpperCase(),
    })
    .execute();
  return household.id;
}

beforeAll(async () => {
  server = await startTestServer();
  ambassador = await buildUser(server.db, { role: 'ambassadeur' });
  const organisation = await buildOrganisation(server.db, {
    territoryId: ambassador.organisation.territory_id,
    type: 'caf',
  });
  other = await buildUser(server.db, { role: 'travailleur_social', organisation });
  evaluator = await buildUser(server.db, {
    role: 'evaluateur',
    organisation: ambassador.organisation,
  });
  ownHousehold = await seedHousehold(server.db, ambassador, 'Diallo');
  otherHousehold = await seedHousehold(server.db, other, 'Martin');
});
afterAll(() => server.close());

describe('row-level security on personal data', () => {
  it('returns only the organisation’s households to a query without WHERE', async () => {
    const rows = await withActor(
      server.db,
      actor(ambassador),
      async (trx) => (await sql<{ id: string }>`select * from household`.execute(trx)).rows,
    );
    expect(rows.map((row) => row.id)).toEqual([ownHousehold]);
    const persons = await withActor(
      server.db,
      actor(ambassador),
      async (trx) =>
        (await sql<{ last_name: string }>`select last_name from person`.execute(trx)).rows,
    );
    expect(persons).toEqual([{ last_name: 'Diallo' }]);
  });

  it('refuses to insert a household for another organisation', async () => {
    await expect(
      withActor(server.db, actor(ambassador), (trx) =>
        trx
          .insertInto('household')
          .values({
            organisation_id: other.organisation.id,
            territory_id: other.organisation.territory_id,
          })
          .execute(),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('lets an update without WHERE touch only the organisation’s rows', async () => {
    const touched = await withActor(server.db, actor(ambassador), (trx) =>
      trx.updateTable('household').set({ quartier: 'Moulin-à-Vent' }).executeTakeFirst(),
    );
    expect(touched.numUpdatedRows).toBe(1n);
    const other = await server.db
      .selectFrom('household')
      .select('quartier')
      .where('id', '=', otherHousehold)
      .executeTakeFirstOrThrow();
    expect(other.quartier).toBeNull();
  });

  it('shows no personal data at all to an evaluator, even of their own organisation', async () => {
    const counts = await withActor(server.db, actor(evaluator), async (trx) => {
      const result = await sql<{ households: number; persons: number }>`
        select (select count(*)::int from household) as households,
               (select count(*)::int from person) as persons`.execute(trx);
      return result.rows[0];
    });
    expect(counts).toEqual({ households: 0, persons: 0 });
  });

  it('shows a referred household to the receiving organisation while the consent stands', async () => {
    // The household has a bilan, which a referral sharing only the persons keeps back.
    await server.db
      .insertInto('bilan')
      .values({
        household_id: ownHousehold,
        organisation_id: ambassador.organisation.id,
        period: '2026-11',
        engine_version: 'test',
        parameters_version: 'test',
        situation: JSON.stringify({}),
        results: JSON.stringify([]),
      })
      .execute();
    const consent = await server.db
      .insertInto('consent')
      .values({
        household_id: ownHousehold,
        organisation_id: ambassador.organisation.id,
        scope: 'partage',
        partner_organisation_id: other.organisation.id,
        method: 'oral',
        given_on: '2026-11-23',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await server.db
      .insertInto('referral')
      .values({
        household_id: ownHousehold,
        from_organisation_id: ambassador.organisation.id,
        to_organisation_id: other.organisation.id,
        consent_id: consent.id,
        purpose: 'Ouverture du RSA',
        shares: ['personnes'],
      })
      .execute();
    const seen = () =>
      withActor(server.db, actor(other), async (trx) => ({
        households: (await sql<{ id: string }>`select id from household`.execute(trx)).rows.length,
        persons: (await sql<{ id: string }>`select id from person`.execute(trx)).rows.length,
        bilans: (await sql<{ id: string }>`select id from bilan`.execute(trx)).rows.length,
      }));
    expect(await seen()).toEqual({ households: 2, persons: 2, bilans: 0 });
    await server.db
      .updateTable('consent')
      .set({ withdrawn_at: new Date() })
      .where('id', '=', consent.id)
      .execute();
    expect(await seen()).toEqual({ households: 1, persons: 1, bilans: 0 });
  });

  it('keeps closing histories and tasks to their organisation, and the history unalterable', async () => {
    for (const [user, household] of [
      [ambassador, ownHousehold],
      [other, otherHousehold],
    ] as const) {
      await server.db
        .insertInto('follow_up_event')
        .values({
          household_id: household,
          organisation_id: user.organisation.id,
          kind: 'cloture',
          outcome: 'Droits ouverts',
        })
        .execute();
      await server.db
        .insertInto('task')
        .values({
          household_id: household,
          organisation_id: user.organisation.id,
          title: 'Appeler',
        })
        .execute();
    }
    const seen = await withActor(server.db, actor(ambassador), (trx) =>
      trx.selectFrom('follow_up_event').select('household_id').execute(),
    );
    expect(seen).toEqual([{ household_id: ownHousehold }]);
    // A delete without WHERE removes the organisation's own tasks only.
    const deleted = await withActor(server.db, actor(ambassador), (trx) =>
      trx.deleteFrom('task').executeTakeFirst(),
    );
    expect(deleted.numDeletedRows).toBe(1n);
    const left = await server.db.selectFrom('task').select('household_id').execute();
    expect(left).toEqual([{ household_id: otherHousehold }]);
    await expect(
      withActor(server.db, actor(ambassador), (trx) =>
        sql`update follow_up_event set outcome = 'autre'`.execute(trx),
      ),
    ).rejects.toThrow(/permission denied/);
  });

  it('keeps the audit log out of reach of direct writes', async () => {
    await expect(
      withActor(server.db, actor(ambassador), (trx) => sql`delete from audit_log`.execute(trx)),
    ).rejects.toThrow(/permission denied/);
  });
});
