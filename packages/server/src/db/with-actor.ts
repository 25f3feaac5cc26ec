import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema.ts';

/** Who a query runs for: the row-level security policies read these two settings. */
export interface Actor {
  userId: string;
  organisationId: string;
}

/**
 * Runs `fn` in a transaction under the non-superuser role `znr_app`, with `znr.user_id` and
 * `znr.organisation_id` set for that transaction only, so row-level security applies to every
 * query of `fn`. Both settings vanish at commit or rollback, so a pooled connection keeps nothing.
 */
export function withActor<T>(
  db: Kysely<Database>,
  actor: Actor,
  fn: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`set local role znr_app`.execute(trx);
    await sql`select set_config('znr.user_id', ${actor.userId}, true),
                     set_config('znr.organisation_id', ${actor.organisationId}, true)`.execute(trx);
    return fn(trx);
  });
}
