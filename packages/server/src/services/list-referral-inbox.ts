import { sql, type Kysely } from 'kysely';
import { appendAudit } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import { withActor, type Actor } from '../db/with-actor.ts';
import type { ReferralStatus } from '../suivi/vocabulary.ts';

/** A referral waiting longer than this is flagged for a reminder. */
export const REMINDER_AFTER_DAYS = 7;

/**
 * The organisation's inbox: referrals received and sent, newest first, with counts per status of
 * the received ones, and `waiting` marking those sent more than {@link REMINDER_AFTER_DAYS} days
 * ago and still unanswered. Audited as one list read.
 */
export function listReferralInbox(db: Kysely<Database>, actor: Actor) {
  return withActor(db, actor, async (trx) => {
    const rows = await trx
      .selectFrom('referral as r')
      .innerJoin('organisation as f', 'f.id', 'r.from_organisation_id')
      .innerJoin('organisation as t', 't.id', 'r.to_organisation_id')
      .select([
        'r.id',
        'r.household_id',
        'r.purpose',
        'r.status',
        'r.shares',
        'r.created_at',
        'r.from_organisation_id',
        'r.to_organisation_id',
        'f.name as from_name',
        't.name as to_name',
      ])
      .select(
        sql<boolean>`r.status = 'envoyee' and r.created_at < now() - make_interval(days => ${REMINDER_AFTER_DAYS})`.as(
          'waiting',
        ),
      )
      .orderBy('r.created_at', 'desc')
      .limit(200)
      .execute();
    const counts = await trx
      .selectFrom('referral')
      .select(['status', sql<number>`count(*)::int`.as('count')])
      .where('to_organisation_id', '=', actor.organisationId)
      .groupBy('status')
      .execute();
    await appendAudit(trx, actor, { action: 'liste', entity: 'referral' });
    const byStatus: Record<ReferralStatus, number> = {
      envoyee: 0,
      acceptee: 0,
      refusee: 0,
      cloturee: 0,
    };
    for (const row of counts) byStatus[row.status] = row.count;
    return {
      counts: byStatus,
      received: rows.filter((row) => row.to_organisation_id === actor.organisationId),
      sent: rows.filter((row) => row.from_organisation_id === actor.organisationId),
    };
  });
}

/** The organisation's inbox as {@link listReferralInbox} returns it. */
export type ReferralInbox = Awaited<ReturnType<typeof listReferralInbox>>;
