import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../audit/chain.ts';
import { buildUser, type BuiltUser } from '../test/factories.ts';
import { startTestServer, type TestServer } from '../test/test-server.ts';
import { withActor, withActorReading } from './with-actor.ts';

let server: TestServer;
let user: BuiltUser;
beforeAll(async () => {
  server = await startTestServer();
  user = await buildUser(server.db);
});
afterAll(() => server.close());

const whoAmI = sql<{ role: string; userId: string; organisationId: string }>`
  select current_user as role,
         current_setting('znr.user_id', true) as "userId",
         current_setting('znr.organisation_id', true) as "organisationId"`;

describe('withActor', () => {
  it('runs as znr_app with the user and organisation set for the transaction', async () => {
    const actor = { userId: user.id, organisationId: user.organisation.id };
    const inside = await withActor(
      server.db,
      actor,
      async (trx) => (await whoAmI.execute(trx)).rows,
    );
    expect(inside).toEqual([
      { role: 'znr_app', userId: user.id, organisationId: user.organisation.id },
    ]);
  });

  it('leaves nothing behind once the transaction ends', async () => {
    await withActor(server.db, { userId: user.id, organisationId: user.organisation.id }, () =>
      Promise.resolve(),
    );
    const after = (await whoAmI.execute(server.db)).rows[0];
    expect(after?.role).not.toBe('znr_app');
    expect(after?.userId ?? '').toBe('');
  });

  it('lets znr_app read and write the application tables', async () => {
    const actor = { userId: user.id, organisationId: user.organisation.id };
    const name = await withActor(server.db, actor, async (trx) => {
      await trx.insertInto('territory').values({ name: 'Écrit par znr_app' }).execute();
      return trx
        .selectFrom('territory')
        .select('name')
        .where('name', '=', 'Écrit par znr_app')
        .executeTakeFirstOrThrow();
    });
    expect(name).toEqual({ name: 'Écrit par znr_app' });
  });

  it('denies znr_app the migration bookkeeping', async () => {
    const actor = { userId: user.id, organisationId: user.organisation.id };
    await expect(
      withActor(server.db, actor, (trx) => sql`select * from kysely_migration`.execute(trx)),
    ).rejects.toThrow(/permission denied/);
  });

  it('lets only a reading transaction commit without waiting for the disk', async () => {
    const actor = { userId: user.id, organisationId: user.organisation.id };
    const setting = sql<{ value: string }>`select current_setting('synchronous_commit') as value`;
    const serverDefault = (await setting.execute(server.db)).rows[0]?.value;
    const reading = await withActorReading(server.db, actor, (trx) => setting.execute(trx));
    const writing = await withActor(server.db, actor, (trx) => setting.execute(trx));
    expect(reading.rows[0]?.value).toBe('off');
    expect(writing.rows[0]?.value).toBe(serverDefault);
    expect((await setting.execute(server.db)).rows[0]?.value).toBe(serverDefault);
  });

  it('writes nothing when the audit entry of the transaction is refused, even at commit', async () => {
    const actor = { userId: user.id, organisationId: user.organisation.id };
    const other = await buildUser(server.db);
    await expect(
      withActor(server.db, actor, async (trx) => {
        await trx.insertInto('territory').values({ name: 'Jamais écrit' }).execute();
        await appendAudit(
          trx,
          { userId: other.id, organisationId: other.organisation.id },
          {
            action: 'creation',
            entity: 'territory',
          },
        );
      }),
    ).rejects.toThrow(/another actor/);
    const written = await server.db
      .selectFrom('territory')
      .select('name')
      .where('name', '=', 'Jamais écrit')
      .execute();
    expect(written).toEqual([]);
    // The connection went back to the pool clean: the next transaction works.
    expect(
      await withActor(server.db, actor, async (trx) => (await whoAmI.execute(trx)).rows),
    ).toHaveLength(1);
  });
});
