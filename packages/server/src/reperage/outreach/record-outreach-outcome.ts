import type { Kysely } from 'kysely';
import { appendAudit } from '../../audit/chain.ts';
import type { Database } from '../../db/schema.ts';
import { withActor, type Actor } from '../../db/with-actor.ts';
import type { OutreachOutcome } from './vocabulary.ts';

/**
 * The assignee records what came of the contact (joint, pas joignable, refus, bilan fait, droit
 * ouvert) with an optional note. Returns false when the candidate is not assigned to the actor.
 */
export function recordOutreachOutcome(
  db: Kysely<Database>,
  actor: Actor,
  candidateId: string,
  input: { outcome: OutreachOutcome; note?: string | null | undefined },
): Promise<boolean> {
  return withActor(db, actor, async (trx) => {
    const changed = await trx
      .updateTable('outreach_candidate')
      .set({ outcome: input.outcome, outcome_note: input.note ?? null, outcome_at: new Date() })
      .where('id', '=', candidateId)
      .where('assigned_to', '=', actor.userId)
      .returning('id')
      .executeTakeFirst();
    if (changed === undefined) return false;
    await appendAudit(trx, actor, {
      action: 'modification',
      entity: 'outreach_candidate',
      entityId: candidateId,
    });
    return true;
  });
}
