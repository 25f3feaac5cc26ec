import type { Kysely } from 'kysely';
import { appendAudit } from '../../audit/chain.ts';
import type { Database } from '../../db/schema.ts';
import { withActor, type Actor } from '../../db/with-actor.ts';

/**
 * Closes the household's follow-up with its outcome (`outcome` given) or reopens it (`null`), and
 * records it in the follow-up's history. Only
 * the household's own organisation does; returns false when the actor's organisation does not own
 * it (row-level security would let a referred organisation update the household row, so the
 * ownership is checked here as well).
 */
export function closeFollowUp(
  db: Kysely<Database>,
  actor: Actor,
  householdId: string,
  outcome: string | null,
): Promise<boolean> {
  return withActor(db, actor, async (trx) => {
    const now = new Date();
    const row = await trx
      .updateTable('household')
      .set({
        closed_at: outcome === null ? null : now,
        closed_by: outcome === null ? null : actor.userId,
        outcome,
        last_activity_at: now,
      })
      .where('id', '=', householdId)
      .where('organisation_id', '=', actor.organisationId)
      .returning('id')
      .executeTakeFirst();
    if (row === undefined) return false;
    // The history keeps every closing and reopening: the timeline shows them all.
    await trx
      .insertInto('follow_up_event')
      .values({
        household_id: householdId,
        organisation_id: actor.organisationId,
        kind: outcome === null ? 'reouverture' : 'cloture',
        outcome,
        at: now,
        recorded_by: actor.userId,
      })
      .execute();
    await appendAudit(trx, actor, {
      action: outcome === null ? 'reouverture' : 'cloture',
      entity: 'household',
      entityId: householdId,
      householdId,
    });
    return true;
  });
}
