import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';

/**
 * Whether the transaction's organisation sees the household (its own, or one referred to it), as
 * row-level security alone answers; with `ownerId`, whether that organisation also owns it.
 */
export async function seesHousehold(
  trx: Transaction<Database>,
  householdId: string,
  ownerId?: string,
): Promise<boolean> {
  let query = trx.selectFrom('household').select('id').where('id', '=', householdId);
  if (ownerId !== undefined) query = query.where('organisation_id', '=', ownerId);
  return (await query.executeTakeFirst()) !== undefined;
}
