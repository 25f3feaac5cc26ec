import type { Kysely } from 'kysely';
import { appendAudit } from '../../audit/chain.ts';
import type { Database } from '../../db/schema.ts';
import { withActor, type Actor } from '../../db/with-actor.ts';
import { DomainError } from '../../http/domain-error.ts';

/** What the receiving organisation does with a referral. */
export type ReferralAnswer =
  | { status: 'acceptee' }
  | { status: 'refusee'; reason: string }
  | { status: 'cloturee'; outcome: string };

/**
 * Moves a referral on: the receiving organisation accepts or refuses (with a reason) a sent one;
 * either organisation closes an accepted one with its outcome. Returns false when the actor's
 * organisation is not a party to it; throws a DomainError for a move its status does not allow.
 */
export function answerReferral(
  db: Kysely<Database>,
  actor: Actor,
  referralId: string,
  answer: ReferralAnswer,
): Promise<boolean> {
  return withActor(db, actor, async (trx) => {
    const referral = await trx
      .selectFrom('referral')
      .select(['status', 'household_id', 'to_organisation_id'])
      .where('id', '=', referralId)
      .executeTakeFirst();
    if (referral === undefined) return false;
    const receiving = referral.to_organisation_id === actor.organisationId;
    const allowed =
      answer.status === 'cloturee'
        ? referral.status === 'acceptee'
        : referral.status === 'envoyee' && receiving;
    if (!allowed) {
      throw new DomainError(
        'transition_interdite',
        answer.status === 'cloturee'
          ? 'status : seule une orientation acceptée peut être clôturée.'
          : 'status : seule l’organisation destinataire répond à une orientation envoyée.',
      );
    }
    const now = new Date();
    await trx
      .updateTable('referral')
      .set({
        status: answer.status,
        ...(answer.status === 'refusee' ? { refusal_reason: answer.reason, answered_at: now } : {}),
        ...(answer.status === 'acceptee' ? { answered_at: now } : {}),
        ...(answer.status === 'cloturee' ? { outcome: answer.outcome, closed_at: now } : {}),
      })
      .where('id', '=', referralId)
      .execute();
    await appendAudit(trx, actor, {
      action: answer.status,
      entity: 'referral',
      entityId: referralId,
      householdId: referral.household_id,
    });
    return true;
  });
}
