import type { Kysely } from 'kysely';
import { appendAudit } from '../../audit/chain.ts';
import type { Database } from '../../db/schema.ts';
import { withActor, type Actor } from '../../db/with-actor.ts';

/**
 * Everything held on a household, for a GDPR access request: every row of every table of its case
 * file, bilans with their full situation and results, rights with their history, referrals with
 * their messages, tasks, the closings and reopenings of the follow-up. Only an organisation that owns the household gets it (row-level security hides
 * it from others: undefined). Audited as an export.
 */
export function exportHousehold(db: Kysely<Database>, actor: Actor, householdId: string) {
  return withActor(db, actor, async (trx) => {
    const household = await trx
      .selectFrom('household')
      .selectAll()
      .where('id', '=', householdId)
      .where('organisation_id', '=', actor.organisationId)
      .executeTakeFirst();
    if (household === undefined) return undefined;
    const referrals = await trx
      .selectFrom('referral')
      .selectAll()
      .where('household_id', '=', householdId)
      .execute();
    const content = {
      household,
      persons: await trx
        .selectFrom('person')
        .selectAll()
        .where('household_id', '=', householdId)
        .execute(),
      consents: await trx
        .selectFrom('consent')
        .selectAll()
        .where('household_id', '=', householdId)
        .execute(),
      bilans: await trx
        .selectFrom('bilan')
        .selectAll()
        .where('household_id', '=', householdId)
        .execute(),
      rights: await trx
        .selectFrom('right_follow_up')
        .selectAll()
        .where('household_id', '=', householdId)
        .execute(),
      rightHistory: await trx
        .selectFrom('right_stage_history')
        .selectAll()
        .where('household_id', '=', householdId)
        .execute(),
      referrals,
      referralMessages:
        referrals.length === 0
          ? []
          : await trx
              .selectFrom('referral_message')
              .selectAll()
              .where(
                'referral_id',
                'in',
                referrals.map((r) => r.id),
              )
              .execute(),
      tasks: await trx
        .selectFrom('task')
        .selectAll()
        .where('household_id', '=', householdId)
        .execute(),
      followUpHistory: await trx
        .selectFrom('follow_up_event')
        .selectAll()
        .where('household_id', '=', householdId)
        .orderBy('at')
        .execute(),
    };
    await appendAudit(trx, actor, {
      action: 'export',
      entity: 'household',
      entityId: householdId,
      householdId,
    });
    return content;
  });
}
