import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withActor } from '../db/with-actor.ts';
import { buildUser, type BuiltUser } from '../test/factories.ts';
import { startTestServer, type TestServer } from '../test/test-server.ts';
import { appendAudit, GENESIS_HASH, hashEntry, verifyAuditChain } from './chain.ts';

let server: TestServer;
let user: BuiltUser;

beforeAll(async () => {
  server = await startTestServer();
  user = await buildUser(server.db, { role: 'admin' });
});
afterAll(() => server.close());

const actor = () => ({ userId: user.id, organisationId: user.organisation.id, role: user.role });
/** An identifier of no one, written over a field by the tampering tests. */
const OTHER_ID = '00000000-0000-4000-8000-00000000beef';
/** sha256 of GENESIS_HASH + the canonical JSON of the entry of the known-answer test. */
const KNOWN_HASH = '50cca7de1ee61b6c90f89d4fe80ae072f4e728bc9a1b9cb3096347551db11d34';

// Each test starts from a sound chain of five entries; tampering happens as the database owner.
beforeEach(async () => {
  await sql`delete from audit_log`.execute(server.db);
  await sql`delete from audit_head`.execute(server.db);
  const household = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
  for (const action of ['creation', 'lecture', 'modification', 'lecture', 'export']) {
    await withActor(server.db, actor(), (trx) =>
      appendAudit(trx, actor(), {
        action,
        entity: 'household',
        ...(action === 'modification' ? { entityId: household, householdId: household } : {}),
      }),
    );
  }
});

describe('audit chain', () => {
  it('verifies an untouched chain', async () => {
    expect(await verifyAuditChain(server.db)).toEqual({ entries: 5, chains: 1, problems: [] });
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

  // Every field the hash covers, changed alone on entry 3 (which names an entity and a household):
  // each change must show as `modifiee`, in the TypeScript verifier and so in the SQL hashing too.
  describe.each([
    ['at', sql`at = at + interval '1 second'`],
    ['user_id', sql`user_id = ${OTHER_ID}`],
    ['organisation_id', sql`organisation_id = ${OTHER_ID}`],
    ['action', sql`action = 'suppression'`],
    ['entity', sql`entity = 'person'`],
    ['entity_id', sql`entity_id = ${OTHER_ID}`],
    ['household_id', sql`household_id = ${OTHER_ID}`],
    ['entity_id set to null', sql`entity_id = null`],
    ['household_id set to null', sql`household_id = null`],
  ])('an entry whose %s was changed', (_field, change) => {
    it('is reported as modified', async () => {
      await sql`update audit_log set ${change} where seq = 3`.execute(server.db);
      const { problems } = await verifyAuditChain(server.db);
      expect(problems.map((p) => [p.seq, p.kind])).toContainEqual([3, 'modifiee']);
      expect(problems.filter((p) => p.seq !== 3)).toEqual([]);
    });
  });

  it('is reported as modified when an entry is renumbered, hash untouched', async () => {
    await sql`delete from audit_log where seq = 5`.execute(server.db);
    await sql`update audit_log set seq = 5 where seq = 4`.execute(server.db);
    const { problems } = await verifyAuditChain(server.db);
    expect(problems.map((p) => [p.seq, p.kind])).toContainEqual([5, 'modifiee']);
  });

  it('hashes an entry as it always has (the verifier of kept chains depends on it)', () => {
    const entry = {
      seq: 7,
      at: new Date('2026-11-23T10:00:00.000Z'),
      userId: '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
      organisationId: '3f2504e0-4f89-11d3-9a0c-0305e82c3302',
      action: 'lecture',
      entity: 'household',
      entityId: '3f2504e0-4f89-11d3-9a0c-0305e82c3303',
      householdId: '3f2504e0-4f89-11d3-9a0c-0305e82c3304',
    };
    expect(hashEntry(GENESIS_HASH, entry)).toBe(KNOWN_HASH);
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
      'lecture', 'household', null, null, ${second.hash}, ${hashEntry(second.hash, forged)},
      ${user.organisation.id})`.execute(server.db);
    const { problems } = await verifyAuditChain(server.db);
    expect(problems.map((p) => [p.seq, p.kind])).toContainEqual([4, 'inseree_ou_supprimee']);
  });

  it('detects entries deleted at the end', async () => {
    await sql`delete from audit_log where seq = 5`.execute(server.db);
    const { problems } = await verifyAuditChain(server.db);
    expect(problems.map((p) => [p.seq, p.kind])).toEqual([[5, 'fin_supprimee']]);
  });

  it('keeps one chain per organisation, each numbered from 1, and sees an entry moved between them', async () => {
    const other = await buildUser(server.db, { role: 'admin' });
    const otherActor = {
      userId: other.id,
      organisationId: other.organisation.id,
      role: other.role,
    };
    for (const action of ['creation', 'lecture']) {
      await withActor(server.db, otherActor, (trx) =>
        appendAudit(trx, otherActor, { action, entity: 'household' }),
      );
    }
    const chains = await sql<{ chain: string; n: number; last: string }>`
      select chain, count(*)::int as n, max(seq)::text as last from audit_log group by chain
      order by n`.execute(server.db);
    expect(chains.rows).toEqual([
      { chain: other.organisation.id, n: 2, last: '2' },
      { chain: user.organisation.id, n: 5, last: '5' },
    ]);
    expect(await verifyAuditChain(server.db)).toEqual({ entries: 7, chains: 2, problems: [] });

    // The other organisation's second entry, moved to the end of the first organisation's chain.
    await sql`update audit_log set chain = ${user.organisation.id}, seq = 6
      where chain = ${other.organisation.id} and seq = 2`.execute(server.db);
    const { problems } = await verifyAuditChain(server.db);
    expect(problems).toHaveLength(5);
    expect(problems.map((p) => [p.chain, p.seq, p.kind])).toEqual(
      expect.arrayContaining([
        [other.organisation.id, 2, 'fin_supprimee'],
        [user.organisation.id, 6, 'inseree_ou_supprimee'],
        [user.organisation.id, 6, 'deplacee'],
        [user.organisation.id, 6, 'modifiee'],
        [user.organisation.id, 5, 'fin_supprimee'],
      ]),
    );
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

  it('hashes in the database exactly as the verifier does, whatever the text of the entry', async () => {
    const household = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
    for (const entity of ['ménage « Koné »', 'guillemet " barre \\ retour\nfin\u0001', '日本']) {
      await withActor(server.db, actor(), (trx) =>
        appendAudit(trx, actor(), {
          action: 'lecture',
          entity,
          entityId: household,
          householdId: household,
        }),
      );
    }
    expect(await verifyAuditChain(server.db)).toEqual({ entries: 8, chains: 1, problems: [] });
  });

  it('no longer lets the application append an entry with a hash of its own', async () => {
    await expect(
      withActor(server.db, actor(), (trx) =>
        sql`select head_seq from audit_lock_head()`.execute(trx),
      ),
    ).rejects.toThrow(/permission denied/);
  });
});
