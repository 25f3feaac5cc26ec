import { sql, type Kysely, type Transaction } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { appendAudit } from '../../audit/chain.ts';
import type { Database } from '../../db/schema.ts';
import { withActorReading, type Actor } from '../../db/with-actor.ts';
import { isoDate } from '../../db/iso-date.ts';

/** Timestamps arrive as JSON text from the nested lists: back to Dates, like the other columns. */
function reviveDates<T extends object>(rows: T[]): T[] {
  return rows.map((row) => {
    const out = { ...row } as Record<string, unknown>;
    for (const [key, value] of Object.entries(out)) {
      if (key.endsWith('_at') && typeof value === 'string') out[key] = new Date(value);
    }
    return out as T;
  });
}

// One statement for the whole case file (each nested list a JSON array): a household page is one
// round trip to the database instead of eight, which is what costs under load.
async function readParts(trx: Transaction<Database>, id: string) {
  const row = await trx
    .selectFrom('household')
    .selectAll('household')
    .select((eb) => [
      // Each list holds only what row-level security lets this organisation see.
      jsonArrayFrom(
        eb
          .selectFrom('person')
          .select(['id', 'role', 'first_name', 'last_name', 'phone', 'email'])
          .select(isoDate('birth_date').as('birth_date'))
          .where('household_id', '=', id)
          .orderBy('created_at'),
      ).as('persons'),
      jsonArrayFrom(
        eb
          .selectFrom('consent')
          .select(['id', 'person_id', 'scope', 'partner_organisation_id', 'method'])
          .select(['recorded_by', 'recorded_at', 'withdrawn_at'])
          .select(isoDate('given_on').as('given_on'))
          .where('household_id', '=', id)
          .orderBy('recorded_at'),
      ).as('consents'),
      jsonArrayFrom(
        eb
          .selectFrom('bilan')
          .select(['id', 'period', 'engine_version', 'parameters_version', 'author_id'])
          .select('created_at')
          .where('household_id', '=', id)
          .orderBy('created_at', 'desc'),
      ).as('bilans'),
      jsonArrayFrom(
        eb
          .selectFrom('right_follow_up')
          .selectAll()
          .where('household_id', '=', id)
          .orderBy('created_at'),
      ).as('rights'),
      jsonArrayFrom(
        eb
          .selectFrom('right_stage_history')
          .select(['right_id', 'stage', 'changed_at', 'changed_by_organisation_id'])
          .where('household_id', '=', id)
          .orderBy('changed_at'),
      ).as('history'),
      jsonArrayFrom(
        eb.selectFrom('referral').selectAll().where('household_id', '=', id).orderBy('created_at'),
      ).as('referrals'),
      jsonArrayFrom(
        eb
          .selectFrom('task')
          .leftJoin('app_user as assignee', 'assignee.id', 'task.assignee_id')
          .select(['task.id', 'task.title', 'task.assignee_id', 'task.status', 'task.outcome'])
          .select(['task.created_at', 'task.closed_at', 'assignee.display_name as assignee_name'])
          .select(isoDate('task.due_on').as('due_on'))
          .where('task.household_id', '=', id)
          .orderBy(sql`task.status = 'faite'`)
          .orderBy(sql`task.due_on asc nulls last`),
      ).as('tasks'),
    ])
    .where('household.id', '=', id)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const { persons, consents, bilans, rights, history, referrals, tasks, ...household } = row;
  return {
    household,
    persons,
    consents: reviveDates(consents),
    bilans: reviveDates(bilans),
    rights: reviveDates(rights),
    history: reviveDates(history),
    referrals: reviveDates(referrals),
    tasks: reviveDates(tasks),
  };
}

/** Everything of a household the actor's organisation may see. */
export type HouseholdView = NonNullable<Awaited<ReturnType<typeof readParts>>>;

/**
 * The household's case file as the actor's organisation may see it, or undefined when it may not
 * see the household at all. Audited as a read of that household.
 */
export function readHousehold(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
): Promise<HouseholdView | undefined> {
  return withActorReading(db, actor, async (trx) => {
    const view = await readParts(trx, id);
    if (view !== undefined) {
      await appendAudit(trx, actor, {
        action: 'lecture',
        entity: 'household',
        entityId: id,
        householdId: id,
      });
    }
    return view;
  });
}
