import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../tenancy/roles.ts';
import { withActor, type Actor } from '../db/with-actor.ts';
import { buildOrganisation, buildUser, type BuiltUser } from '../test/factories.ts';
import { startTestServer, type TestServer } from '../test/test-server.ts';

// SQL-level proof that migration 0006 keeps territories apart and gives each role its part of the
// pilotage tables, whatever the API does: the queries below forget their WHERE clause.

let server: TestServer;
const users = {} as Record<Role | 'elsewhere' | 'colleague', BuiltUser>;

function actor(user: BuiltUser): Actor {
  return { userId: user.id, organisationId: user.organisation.id, role: user.role };
}

function insertAction(user: BuiltUser, organisationId = user.organisation.id) {
  return withActor(server.db, actor(user), (trx) =>
    trx
      .insertInto('outreach_action')
      .values({
        territory_id: user.organisation.territory_id,
        organisation_id: organisationId,
        type: 'maraude',
        held_on: '2026-11-02',
        people_met: 12,
        went_to_bilan: 3,
        client_id: randomUUID(),
        created_by: user.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow(),
  );
}

function count(user: BuiltUser, table: string) {
  return withActor(server.db, actor(user), async (trx) => {
    const result = await sql<{
      n: number;
    }>`select count(*)::int as n from ${sql.table(table)}`.execute(trx);
    return result.rows[0]?.n;
  });
}

beforeAll(async () => {
  server = await startTestServer();
  users.ambassadeur = await buildUser(server.db, { role: 'ambassadeur' });
  const territoryId = users.ambassadeur.organisation.territory_id;
  const caf = await buildOrganisation(server.db, { territoryId, type: 'caf' });
  for (const role of ['travailleur_social', 'coordinateur', 'pilote', 'evaluateur'] as const) {
    users[role] = await buildUser(server.db, { role, organisation: caf });
  }
  users.colleague = await buildUser(server.db, {
    role: 'ambassadeur',
    organisation: users.ambassadeur.organisation,
  });
  users.elsewhere = await buildUser(server.db, { role: 'coordinateur' });
});
afterAll(() => server.close());

describe('row-level security of the pilotage tables', () => {
  it('shows a territory’s actions to its members only, never to the évaluateur', async () => {
    await insertAction(users.ambassadeur);
    expect(await count(users.travailleur_social, 'outreach_action')).toBe(1);
    expect(await count(users.pilote, 'outreach_action')).toBe(1);
    expect(await count(users.elsewhere, 'outreach_action')).toBe(0);
    expect(await count(users.evaluateur, 'outreach_action')).toBe(0);
  });

  it('refuses an action entered for another organisation, or by a pilote', async () => {
    await expect(
      insertAction(users.ambassadeur, users.travailleur_social.organisation.id),
    ).rejects.toThrow(/row-level security/);
    await expect(insertAction(users.pilote)).rejects.toThrow(/row-level security/);
  });

  it('lets the author and the coordinateur edit an action, not a colleague', async () => {
    const { id } = await insertAction(users.ambassadeur);
    const edit = (user: BuiltUser, note: string) =>
      withActor(server.db, actor(user), (trx) =>
        trx.updateTable('outreach_action').set({ note }).where('id', '=', id).executeTakeFirst(),
      );
    expect((await edit(users.colleague, 'collègue')).numUpdatedRows).toBe(0n);
    expect((await edit(users.ambassadeur, 'auteur')).numUpdatedRows).toBe(1n);
    expect((await edit(users.coordinateur, 'coordination')).numUpdatedRows).toBe(1n);
    const counts = (user: BuiltUser) =>
      withActor(server.db, actor(user), (trx) =>
        trx
          .insertInto('outreach_action_count')
          .values({ action_id: id, age_band: '18_25', sex: 'femme', people: 4 })
          .execute(),
      );
    await expect(counts(users.colleague)).rejects.toThrow(/row-level security/);
    await counts(users.ambassadeur);
    expect(await count(users.pilote, 'outreach_action_count')).toBe(1);
  });

  it('keeps a device’s client id to one action per organisation', async () => {
    const clientId = randomUUID();
    const values = {
      territory_id: users.ambassadeur.organisation.territory_id,
      organisation_id: users.ambassadeur.organisation.id,
      type: 'stand' as const,
      held_on: '2026-11-03',
      people_met: 5,
      client_id: clientId,
      created_by: users.ambassadeur.id,
    };
    await withActor(server.db, actor(users.ambassadeur), (trx) =>
      trx.insertInto('outreach_action').values(values).execute(),
    );
    await expect(
      withActor(server.db, actor(users.ambassadeur), (trx) =>
        trx.insertInto('outreach_action').values(values).execute(),
      ),
    ).rejects.toThrow(/unique|duplicate/);
  });

  it('lets only the coordinateur and the pilote write the directory and workshops', async () => {
    const structure = (user: BuiltUser) =>
      withActor(server.db, actor(user), (trx) =>
        trx
          .insertInto('network_structure')
          .values({
            territory_id: user.organisation.territory_id,
            di_id: `znr--${randomUUID()}`,
            source: 'znr',
            nom: 'Centre social Moulin-à-Vent',
          })
          .execute(),
      );
    await expect(structure(users.ambassadeur)).rejects.toThrow(/row-level security/);
    await structure(users.coordinateur);
    await structure(users.pilote);
    expect(await count(users.ambassadeur, 'network_structure')).toBe(2);
    expect(await count(users.elsewhere, 'network_structure')).toBe(0);
    const workshop = (user: BuiltUser) =>
      withActor(server.db, actor(user), (trx) =>
        trx
          .insertInto('workshop')
          .values({
            territory_id: user.organisation.territory_id,
            held_on: '2026-11-10',
            theme: 'Prime d’activité',
            participants: 14,
          })
          .execute(),
      );
    await expect(workshop(users.travailleur_social)).rejects.toThrow(/row-level security/);
    await workshop(users.coordinateur);
    expect(await count(users.evaluateur, 'workshop')).toBe(0);
  });

  it('lets a field role raise a blockage and only a manager move it along', async () => {
    const { id } = await withActor(server.db, actor(users.ambassadeur), (trx) =>
      trx
        .insertInto('blockage')
        .values({
          territory_id: users.ambassadeur.organisation.territory_id,
          organisation_id: users.ambassadeur.organisation.id,
          title: 'Délais d’ouverture du RSA',
          description: 'Quatre mois d’attente',
          institution: 'caf',
          created_by: users.ambassadeur.id,
        })
        .returning('id')
        .executeTakeFirstOrThrow(),
    );
    const move = (user: BuiltUser) =>
      withActor(server.db, actor(user), (trx) =>
        trx
          .updateTable('blockage')
          .set({ status: 'transmis' })
          .where('id', '=', id)
          .executeTakeFirst(),
      );
    expect((await move(users.ambassadeur)).numUpdatedRows).toBe(0n);
    expect((await move(users.pilote)).numUpdatedRows).toBe(1n);
    expect(await count(users.elsewhere, 'blockage')).toBe(0);
  });
});
