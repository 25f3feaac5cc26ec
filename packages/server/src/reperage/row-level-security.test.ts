import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withActor, type Actor } from '../db/with-actor.ts';
import { buildOrganisation, buildUser, type BuiltUser } from '../test/factories.ts';
import { startTestServer, type TestServer } from '../test/test-server.ts';

// SQL-level proof that repérage's tables keep agreements, imports and identities apart whatever
// the API does: the queries below deliberately forget their WHERE clause.

let server: TestServer;
let coordinator: BuiltUser;
let bailleur: BuiltUser;
let outsider: BuiltUser;
let evaluator: BuiltUser;
let agreementId: string;
let importId: string;

function actor(user: BuiltUser): Actor {
  return { userId: user.id, organisationId: user.organisation.id, role: user.role };
}

function count(user: BuiltUser, table: string): Promise<number> {
  return withActor(server.db, actor(user), async (trx) => {
    const result = await sql<{
      n: number;
    }>`select count(*)::int as n from ${sql.table(table)}`.execute(trx);
    return result.rows[0]?.n ?? -1;
  });
}

beforeAll(async () => {
  server = await startTestServer();
  coordinator = await buildUser(server.db, { role: 'coordinateur' });
  const territoryId = coordinator.organisation.territory_id;
  const bailleurOrganisation = await buildOrganisation(server.db, {
    territoryId,
    type: 'bailleur_social',
  });
  bailleur = await buildUser(server.db, {
    role: 'travailleur_social',
    organisation: bailleurOrganisation,
  });
  outsider = await buildUser(server.db, {
    role: 'ambassadeur',
    organisation: await buildOrganisation(server.db, { territoryId }),
  });
  evaluator = await buildUser(server.db, {
    role: 'evaluateur',
    organisation: coordinator.organisation,
  });
  agreementId = await withActor(server.db, actor(coordinator), async (trx) => {
    const agreement = await trx
      .insertInto('data_agreement')
      .values({
        territory_id: territoryId,
        title: 'Convention test',
        purpose: 'Repérage du non-recours',
        legal_basis: 'article L.114-8 du CRPA (loi 3DS)',
        parties: [coordinator.organisation.id, bailleurOrganisation.id],
        fields: ['nom', 'date_naissance', 'dette_loyer'],
        retention_months: 12,
        dpo_contact: 'dpo@example.org',
        valid_from: '2026-01-01',
        valid_to: '2099-12-31',
        status: 'active',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await sql`select agreement_key_create(${agreement.id}::uuid, ${randomBytes(32)}::bytea)`.execute(
      trx,
    );
    return agreement.id;
  });
  importId = await withActor(server.db, actor(bailleur), async (trx) => {
    const created = await trx
      .insertInto('partner_import')
      .values({
        agreement_id: agreementId,
        organisation_id: bailleur.organisation.id,
        partner: 'Bailleur Est',
        file_name: 'locataires.csv',
        file_sha256: 'a'.repeat(64),
        file_format: 'csv',
        mapping: JSON.stringify({ NOM: 'nom' }),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const record = await trx
      .insertInto('partner_record')
      .values({
        import_id: created.id,
        agreement_id: agreementId,
        organisation_id: bailleur.organisation.id,
        line: 2,
        source_id: 'L1',
        encodings: JSON.stringify({}),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('partner_record_identity')
      .values({
        record_id: record.id,
        organisation_id: bailleur.organisation.id,
        last_name: 'Diallo',
      })
      .execute();
    return created.id;
  });
});
afterAll(() => server.close());

describe('row-level security of repérage’s data', () => {
  it('shows an agreement to its parties and its territory’s coordinator, not to others', async () => {
    expect(await count(coordinator, 'data_agreement')).toBe(1);
    expect(await count(bailleur, 'data_agreement')).toBe(1);
    expect(await count(outsider, 'data_agreement')).toBe(0);
    expect(await count(evaluator, 'data_agreement')).toBe(0);
  });

  it('lets only a coordinator create an agreement', async () => {
    await expect(
      withActor(server.db, actor(bailleur), (trx) =>
        trx
          .insertInto('data_agreement')
          .values({
            territory_id: bailleur.organisation.territory_id,
            title: 'Convention pirate',
            purpose: 'x',
            legal_basis: 'x',
            parties: [bailleur.organisation.id],
            fields: ['nom'],
            retention_months: 12,
            dpo_contact: 'x',
            valid_from: '2026-01-01',
            valid_to: '2026-12-31',
          })
          .execute(),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('shows imports and pseudonymous records to the importer and the coordinator only', async () => {
    expect(await count(bailleur, 'partner_record')).toBe(1);
    expect(await count(coordinator, 'partner_record')).toBe(1);
    expect(await count(outsider, 'partner_import')).toBe(0);
    expect(await count(outsider, 'partner_record')).toBe(0);
    expect(await count(evaluator, 'partner_record')).toBe(0);
  });

  it('lets nobody read an identity in clear, not even the importer', async () => {
    expect(await count(bailleur, 'partner_record_identity')).toBe(0);
    expect(await count(coordinator, 'partner_record_identity')).toBe(0);
    const stored = await server.db
      .selectFrom('partner_record_identity')
      .select('last_name')
      .execute();
    expect(stored).toEqual([{ last_name: 'Diallo' }]);
  });

  it('refuses an import under an agreement the organisation is not party to', async () => {
    await expect(
      withActor(server.db, actor(outsider), (trx) =>
        trx
          .insertInto('partner_import')
          .values({
            agreement_id: agreementId,
            organisation_id: outsider.organisation.id,
            partner: 'Intrus',
            file_name: 'x.csv',
            file_sha256: 'b'.repeat(64),
            file_format: 'csv',
            mapping: '{}',
          })
          .execute(),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('hands the agreement’s key to a party or the coordinator, never reads the key table', async () => {
    const key = (user: BuiltUser) =>
      withActor(server.db, actor(user), async (trx) => {
        const result = await sql<{ key: Uint8Array | null }>`
          select agreement_key(${agreementId}::uuid) as key`.execute(trx);
        return result.rows[0]?.key ?? null;
      });
    expect((await key(bailleur))?.length).toBe(32);
    expect((await key(coordinator))?.length).toBe(32);
    expect(await key(outsider)).toBeNull();
    expect(await key(evaluator)).toBeNull();
    await expect(
      withActor(server.db, actor(coordinator), (trx) =>
        sql`select * from agreement_key`.execute(trx),
      ),
    ).rejects.toThrow(/permission denied/);
  });

  it('withholds the key of an agreement that is not active', async () => {
    await withActor(server.db, actor(coordinator), (trx) =>
      trx
        .updateTable('data_agreement')
        .set({ status: 'suspendue' })
        .where('id', '=', agreementId)
        .execute(),
    );
    const key = await withActor(server.db, actor(bailleur), async (trx) => {
      const result = await sql<{ key: Uint8Array | null }>`
        select agreement_key(${agreementId}::uuid) as key`.execute(trx);
      return result.rows[0]?.key ?? null;
    });
    expect(key).toBeNull();
    expect(importId).toBeTruthy();
  });
});
