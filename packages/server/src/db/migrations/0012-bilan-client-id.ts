import { sql, type Kysely } from 'kysely';

/**
 * The id a device gives a bilan before sending it, so that a save retried after a lost answer
 * (offline queue, flaky network) finds the bilan already saved instead of saving it twice. Unique
 * per organisation: an id never tells one organisation what another one holds.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table bilan add column client_id uuid`.execute(db);
  await sql`
    create unique index bilan_client_id_idx on bilan (organisation_id, client_id)
      where client_id is not null`.execute(db);
}
