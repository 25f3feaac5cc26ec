import { sql, type Kysely, type Transaction } from 'kysely';
import type { Role } from '../tenancy/roles.ts';
import type { Database } from './schema.ts';

/** Who a query runs for: the row-level security policies read these two settings. */
export interface Actor {
  userId: string;
  organisationId: string;
  /** The role of the session's membership; pilote and evaluateur see no personal data. */
  role?: Role;
}

/**
 * Runs `fn` in a transaction under the non-superuser role `znr_app`, with `znr.user_id`,
 * `znr.organisation_id` and `znr.role` set for that transaction only, so row-level security applies to every
 * query of `fn`. The settings vanish at commit or rollback, so a pooled connection keeps nothing.
 */
export function withActor<T>(
  db: Kysely<Database>,
  actor: Actor,
  fn: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    // One round trip: set_config('role', …, true) is SET LOCAL ROLE.
    await sql`select set_config('role', 'znr_app', true),
                     set_config('znr.user_id', ${actor.userId}, true),
                     set_config('znr.organisation_id', ${actor.organisationId}, true),
                     set_config('znr.role', ${actor.role ?? ''}, true)`.execute(trx);
    return fn(trx);
  });
}
