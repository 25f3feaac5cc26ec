import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import { withActor, type Actor } from '../db/with-actor.ts';

const summaryColumns = [
  'i.id',
  'i.agreement_id',
  'o.name as organisation',
  'i.partner',
  'i.file_name',
  'i.file_format',
  'i.status',
  'i.progress',
  'i.rows_total',
  'i.rows_valid',
  'i.rows_rejected',
  'i.error',
  'i.created_at',
  'i.finished_at',
] as const;

/** The imports of an agreement the actor sees (their organisation's, or all for a coordinator). */
export function listImports(db: Kysely<Database>, actor: Actor, agreementId: string) {
  return withActor(db, actor, (trx) =>
    trx
      .selectFrom('partner_import as i')
      .innerJoin('organisation as o', 'o.id', 'i.organisation_id')
      .select(summaryColumns)
      .where('i.agreement_id', '=', agreementId)
      .orderBy('i.created_at', 'desc')
      .execute(),
  );
}

/** One import with its mapping and its report of rejected rows; the read is audited. */
export function readImport(db: Kysely<Database>, actor: Actor, id: string) {
  return withActor(db, actor, async (trx) => {
    const row = await trx
      .selectFrom('partner_import as i')
      .innerJoin('organisation as o', 'o.id', 'i.organisation_id')
      .select(summaryColumns)
      .select(['i.mapping', 'i.report'])
      .where('i.id', '=', id)
      .executeTakeFirst();
    if (row !== undefined) {
      await appendAudit(trx, actor, { action: 'lecture', entity: 'partner_import', entityId: id });
    }
    return row;
  });
}

/** Names of organisations by id, for the parties of agreements. */
export async function organisationNames(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('organisation')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}
