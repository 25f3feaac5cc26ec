import { sql, type Kysely, type Transaction } from 'kysely';
import type { Role } from '../tenancy/roles.ts';
import { combinedTransaction, sqlLiteral } from './combined-transaction.ts';
import type { Database } from './schema.ts';

/** Who a query runs for: the row-level security policies read these two settings. */
export interface Actor {
  userId: string;
  organisationId: string;
  /** The role of the session's membership; pilote and evaluateur see no personal data. */
  role?: Role;
}

/** How a transaction of {@link withActor} runs. */
export interface ActorTransactionOptions {
  /**
   * The transaction writes nothing but the audit entry of what it reads (a search, a case file,
   * an inbox): its commit does not wait for the write-ahead log to reach the disk
   * (`synchronous_commit = off` for this transaction only). A crash of the database server may
   * lose the last fraction of a second of such read entries, always at the end of their chain
   * (a later write waits for the flush of everything before it), never a data write. See ADR 0006.
   * Its statements also run on the generic plan of their prepared statement
   * (`plan_cache_mode = force_generic_plan`): planned once per connection rather than at each call,
   * which for these queries under row-level security cost as much as running them.
   */
  readsOnly?: boolean;
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
  options: ActorTransactionOptions = {},
): Promise<T> {
  // Literals rather than parameters, so that the settings can travel with `begin` (combined
  // transactions): the values are escaped as SQL literals.
  const settings: [string, string][] = [
    ['role', 'znr_app'],
    ['znr.user_id', actor.userId],
    ['znr.organisation_id', actor.organisationId],
    ['znr.role', actor.role ?? ''],
  ];
  if (options.readsOnly === true) {
    settings.push(['synchronous_commit', 'off'], ['plan_cache_mode', 'force_generic_plan']);
  }
  // One statement: set_config('role', …, true) is SET LOCAL ROLE.
  const opening = `select ${settings
    .map(([name, value]) => `set_config(${sqlLiteral(name)}, ${sqlLiteral(value)}, true)`)
    .join(', ')}`;
  return (
    combinedTransaction(db, opening, fn) ??
    db.transaction().execute(async (trx) => {
      await sql.raw(opening).execute(trx);
      return fn(trx);
    })
  );
}

/** {@link withActor} for a transaction that only reads, and audits what it read (`readsOnly`). */
export function withActorReading<T>(
  db: Kysely<Database>,
  actor: Actor,
  fn: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  return withActor(db, actor, fn, { readsOnly: true });
}
