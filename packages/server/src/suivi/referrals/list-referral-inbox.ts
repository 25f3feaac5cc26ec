import { sql, type Kysely } from 'kysely';
import { appendAudit } from '../../audit/chain.ts';
import type { Database } from '../../db/schema.ts';
import { withActorReading, type Actor } from '../../db/with-actor.ts';
import type { ReferralStatus } from '../vocabulary.ts';

/** How many received referrals have a status, and how many of them are older than the reminder delay. */
interface StatusCount {
  status: ReferralStatus;
  count: number;
  old: number;
}

/** Default of ZNR_REFERRAL_REMINDER_DAYS: a referral unanswered this long is flagged. */
export const REMINDER_AFTER_DAYS = 7;

/**
 * The organisation's inbox: referrals received and sent, newest first, each with its age in days,
 * `waiting` when still `envoyee` after `reminderAfterDays` days (the receiver sees it flagged, the
 * sender may remind), its number of messages and its last reminder; with the counts per status of
 * the received ones and the number of those waiting. Audited as one list read.
 */
export function listReferralInbox(
  db: Kysely<Database>,
  actor: Actor,
  reminderAfterDays: number = REMINDER_AFTER_DAYS,
) {
  return withActorReading(db, actor, async (trx) => {
    const rows = await trx
      .selectFrom('referral as r')
      .innerJoin('organisation as f', 'f.id', 'r.from_organisation_id')
      .innerJoin('organisation as t', 't.id', 'r.to_organisation_id')
      .select([
        'r.id',
        'r.household_id',
        'r.purpose',
        'r.status',
        'r.refusal_reason',
        'r.outcome',
        'r.shares',
        'r.created_at',
        'r.from_organisation_id',
        'r.to_organisation_id',
        'f.name as from_name',
        't.name as to_name',
      ])
      .select(
        sql<number>`floor(extract(epoch from now() - r.created_at) / 86400)::int`.as('age_days'),
      )
      .select(
        sql<boolean>`r.status = 'envoyee' and r.created_at <= now() - make_interval(days => ${reminderAfterDays})`.as(
          'waiting',
        ),
      )
      .select((eb) => [
        eb
          .selectFrom('referral_message as m')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('m.referral_id', '=', 'r.id')
          .as('message_count'),
        eb
          .selectFrom('referral_message as m')
          .select(sql<Date>`max(m.created_at)`.as('at'))
          .whereRef('m.referral_id', '=', 'r.id')
          .where('m.kind', '=', 'relance')
          .as('last_reminder_at'),
      ])
      // The counts of the received referrals per status, in the same statement (one round trip):
      // an uncorrelated subquery, computed once. No row means no referral at all, so no count.
      .select(
        sql<StatusCount[]>`(select json_agg(c) from (
          select status, count(*)::int as count,
            count(*) filter (where created_at <= now() - make_interval(days => ${reminderAfterDays}))::int as old
          from referral where to_organisation_id = ${actor.organisationId} group by status) c)`.as(
          'counts',
        ),
      )
      // Row-level security alone would hold; the explicit condition lets each side use its index.
      .where((eb) =>
        eb.or([
          eb('r.to_organisation_id', '=', actor.organisationId),
          eb('r.from_organisation_id', '=', actor.organisationId),
        ]),
      )
      .orderBy('r.created_at', 'desc')
      .limit(200)
      .execute();
    const counts = rows[0]?.counts ?? [];
    const referrals = rows.map(({ counts: _counts, ...row }) => row);
    await appendAudit(trx, actor, { action: 'liste', entity: 'referral' });
    const byStatus: Record<ReferralStatus, number> = {
      envoyee: 0,
      acceptee: 0,
      refusee: 0,
      cloturee: 0,
    };
    let waiting = 0;
    for (const row of counts) {
      byStatus[row.status] = row.count;
      if (row.status === 'envoyee') waiting = row.old;
    }
    return {
      counts: byStatus,
      waiting,
      reminderAfterDays,
      received: referrals.filter((row) => row.to_organisation_id === actor.organisationId),
      sent: referrals.filter((row) => row.from_organisation_id === actor.organisationId),
    };
  });
}

/** The organisation's inbox as {@link listReferralInbox} returns it. */
export type ReferralInbox = Awaited<ReturnType<typeof listReferralInbox>>;
