import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { withActor, type Actor } from '../db/with-actor.ts';

/**
 * Who accessed or changed a household, oldest first, with the user's name and organisation: the
 * administrator's view. Row-level security limits it to administrators of the household's
 * organisation (entries of other organisations on a referred household included).
 */
export function readHouseholdAudit(db: Kysely<Database>, actor: Actor, householdId: string) {
  return withActor(db, actor, (trx) =>
    trx
      .selectFrom('audit_log as a')
      .leftJoin('app_user as u', 'u.id', 'a.user_id')
      .leftJoin('organisation as o', 'o.id', 'a.organisation_id')
      .select(['a.seq', 'a.at', 'a.action', 'a.entity', 'a.entity_id'])
      .select(['u.display_name as user_name', 'o.name as organisation_name'])
      .where('a.household_id', '=', householdId)
      // One chain per organisation: `seq` orders within a chain, the time across chains.
      .orderBy('a.at')
      .orderBy('a.seq')
      .execute(),
  );
}
