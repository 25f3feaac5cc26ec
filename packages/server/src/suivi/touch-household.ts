import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';

/**
 * Marks the household as active now: retention (24 months after the last activity by default)
 * counts from this date. Row-level security leaves it unchanged for an organisation not allowed.
 */
export async function touchHousehold(
  trx: Transaction<Database>,
  householdId: string,
): Promise<void> {
  await trx
    .updateTable('household')
    .set({ last_activity_at: new Date() })
    .where('id', '=', householdId)
    .execute();
}
