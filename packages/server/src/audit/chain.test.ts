import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withActor } from '../db/with-actor.ts';
import { buildUser, type BuiltUser } from '../test/factories.ts';
import { startTestServer, type TestServer } from '../test/test-server.ts';
import { appendAudit, verifyAuditChain } from './chain.ts';

let server: TestServer;
let user: BuiltUser;

beforeAll(async () => {
  server = await startTestServer();
  user = await buildUser(server.db, { role: 'admin' });
});
afterAll(() => server.close());

const actor = () => ({ userId: user.id, organisationId: user.organisation.id, role: user.role });

// Each test starts from a sound chain of five entries; tampering happens as the database owner.
beforeEach(async () => {
  await sql`delete from audit_log`.execute(server.db);
  await sql`update audit_head set seq = 0, hash = ${'0'.repeat(64)}`.execute(server.db);
  for (const action of ['creation', 'lecture', 'modification', 'lecture', 'export']) {
    await withActor(server.db, actor(), (trx) =>
      appendAudit(trx, actor(), { action, entity: 'household' }),
    );
  }
});

describe('audit chain', () => {
  it('verifies an untouched chain', async () => {
    expect(await verifyAuditChain(server.db)).toEqual({ entries: 5, problems: [] });
  });

  it('writes nothing when the action’s transaction rolls back', async () => {
    await expect(
      withActor(server.db, actor(), async (trx) => {
        await appendAudit(trx, actor(), { action: 'lecture', entity: 'household' });
        throw new Error('échec de l’action');
      }),
    ).rejects.toThrow('échec');
    expect((await verifyAuditChain(server.db)).entries).toBe(5);
  });

  it('detects an altered entry', async () => {
    await sql`update audit_log set action = 'lecture' where seq = 3`.execute(server.db);
    const { problems } = await verifyAuditChain(server.db);
    expect(problems.map((p) => [p.seq, p.kind])).toEqual([[3, 'modifiee']]);
  });

  it('detects a deleted entry in the middle', async () => {
    await sql`delete from audit_log where seq = 2`.execute(server.db);
    const { problems } = await verifyAuditChain(server.db);
    expect(problems.map((p) => [p.seq, p.kind])).toEqual([[3, 'supprimee']]);
  });

  it('detects an entry inserted with the rest renumbered, even with a valid hash of its own', async () => {
    const second = await server.db
      .selectFrom('audit_log')
      .select('hash')
      .where('seq', '=', 2 as never)
      .executeTakeFirstOrThrow();
    await sql`update audit_log set seq = seq + 10 where seq > 2`.execute(server.db);
    await sql`update audit_log set seq = seq - 9 where seq > 10`.execute(server.db);
    // A forged entry 3 chained to entry 2, hashed as the code would hash it.
    const { hashEntry } = await import('./chain.ts');
    const at = new Date('2026-11-23T10:00:00.000Z');
    const forged = {
      seq: 3,
      at,
      userId: user.id,
      organisationId: user.organisation.id,
      action: 'lecture',
      entity: 'household',
      entityId: null,
      householdId: null,
    };
    await sql`insert into audit_log values (3, ${at}, ${user.id}, ${user.organisation.id},
      'lecture', 'household', null, null, ${second.hash}, ${hashEntry(second.hash, forged)})`.execute(
      server.db,
    );
    const { problems } = await verifyAuditChain(server.db);
    expect(problems.map((p) => [p.seq, p.kind])).toContainEqual([4, 'inseree_ou_supprimee']);
  });

  it('detects entries deleted at the end', async () => {
    await sql`delete from audit_log where seq = 5`.execute(server.db);
    const { problems } = await verifyAuditChain(server.db);
    expect(problems.map((p) => [p.seq, p.kind])).toEqual([[5, 'fin_supprimee']]);
  });

  it('refuses an entry written in the name of another user', async () => {
    const other = await buildUser(server.db);
    await expect(
      withActor(server.db, actor(), (trx) =>
        appendAudit(
          trx,
          { userId: other.id, organisationId: other.organisation.id },
          { action: 'lecture', entity: 'household' },
        ),
      ),
    ).rejects.toThrow(/another actor/);
  });
});
