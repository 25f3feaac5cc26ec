import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { withActor, type Actor } from '../../db/with-actor.ts';

/** Narrows the administrator's view of a household's audit entries. */
export interface AuditFilter {
  organisationId?: string | undefined;
  userId?: string | undefined;
  action?: string | undefined;
  /** First and last day, `AAAA-MM-JJ`, both included (UTC). */
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * Who accessed or changed a household, oldest first, with the user's name and organisation: the
 * administrator's view. Row-level security limits it to administrators of the household's
 * organisation (entries of other organisations on a referred household included).
 */
export function readHouseholdAudit(
  db: Kysely<Database>,
  actor: Actor,
  householdId: string,
  filter: AuditFilter = {},
) {
  return withActor(db, actor, (trx) => {
    let query = trx
      .selectFrom('audit_log as a')
      .leftJoin('app_user as u', 'u.id', 'a.user_id')
      .leftJoin('organisation as o', 'o.id', 'a.organisation_id')
      .select(['a.seq', 'a.at', 'a.action', 'a.entity', 'a.entity_id'])
      .select(['a.user_id', 'a.organisation_id'])
      .select(['u.display_name as user_name', 'o.name as organisation_name'])
      .where('a.household_id', '=', householdId);
    if (filter.organisationId !== undefined)
      query = query.where('a.organisation_id', '=', filter.organisationId);
    if (filter.userId !== undefined) query = query.where('a.user_id', '=', filter.userId);
    if (filter.action !== undefined) query = query.where('a.action', '=', filter.action);
    if (filter.from !== undefined)
      query = query.where('a.at', '>=', new Date(`${filter.from}T00:00:00Z`));
    if (filter.to !== undefined) {
      const end = new Date(`${filter.to}T00:00:00Z`);
      end.setUTCDate(end.getUTCDate() + 1);
      query = query.where('a.at', '<', end);
    }
    // By time: sequence numbers count within one chain, and a household's entries span several.
    return query.orderBy('a.at').orderBy('a.seq').execute();
  });
}
