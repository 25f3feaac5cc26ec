import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import { withActor, type Actor } from '../db/with-actor.ts';
import { isoDate } from '../suivi/iso-date.ts';

async function readParts(trx: Transaction<Database>, id: string) {
  const household = await trx
    .selectFrom('household')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (household === undefined) return undefined;
  // Each list holds only what row-level security lets this organisation see.
  const persons = await trx
    .selectFrom('person')
    .select(['id', 'role', 'first_name', 'last_name', 'phone', 'email'])
    .select(isoDate('birth_date').as('birth_date'))
    .where('household_id', '=', id)
    .orderBy('created_at')
    .execute();
  const consents = await trx
    .selectFrom('consent')
    .select(['id', 'person_id', 'scope', 'partner_organisation_id', 'method'])
    .select(['recorded_by', 'recorded_at', 'withdrawn_at'])
    .select(isoDate('given_on').as('given_on'))
    .where('household_id', '=', id)
    .orderBy('recorded_at')
    .execute();
  const bilans = await trx
    .selectFrom('bilan')
    .select(['id', 'period', 'engine_version', 'parameters_version', 'author_id', 'created_at'])
    .where('household_id', '=', id)
    .orderBy('created_at', 'desc')
    .execute();
  const rights = await trx
    .selectFrom('right_follow_up')
    .selectAll()
    .where('household_id', '=', id)
    .orderBy('created_at')
    .execute();
  const history = await trx
    .selectFrom('right_stage_history')
    .select(['right_id', 'stage', 'changed_at', 'changed_by_organisation_id'])
    .where('household_id', '=', id)
    .orderBy('changed_at')
    .execute();
  const referrals = await trx
    .selectFrom('referral')
    .selectAll()
    .where('household_id', '=', id)
    .orderBy('created_at')
    .execute();
  const tasks = await trx
    .selectFrom('task')
    .select(['id', 'title', 'assignee_id', 'status', 'outcome', 'created_at', 'closed_at'])
    .select(isoDate('due_on').as('due_on'))
    .where('household_id', '=', id)
    .orderBy('due_on')
    .execute();
  return { household, persons, consents, bilans, rights, history, referrals, tasks };
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
  return withActor(db, actor, async (trx) => {
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
