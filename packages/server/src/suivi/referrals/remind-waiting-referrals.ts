import { sql, type Kysely } from 'kysely';
import { appendSystemAudit } from '../../audit/chain.ts';
import type { Database } from '../../db/schema.ts';
import { todayInFrance } from '../../reperage/index.ts';

// The daily reminder of referrals left unanswered. The receiving organisation already sees them
// flagged and counted in its inbox ("en attente depuis N jours"); what the sending social worker
// needs is not to forget them: a task "Relancer …" in their organisation's tasks, assigned to
// whoever sent the referral, due the day it is created. One task per referral (unique index);
// once the referral is answered, the job closes the task with the answer as its outcome. A reminder
// is not activity of the household: retention still counts from the last professional's act.

/** What a reminder run created (or would create, in a dry run) and closed. */
export interface ReminderReport {
  dryRun: boolean;
  created: { referralId: string; organisationId: string; title: string }[];
  closed: { referralId: string; organisationId: string; outcome: string }[];
}

const answers: Record<string, string> = {
  acceptee: 'Réponse reçue : orientation acceptée.',
  refusee: 'Réponse reçue : orientation refusée.',
  cloturee: 'Réponse reçue : orientation clôturée.',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n > 1 ? 's' : ''}`;
}

/** The task's title, as the sending professional reads it in "Mes tâches". */
export function reminderTitle(to: string, purpose: string, days: number): string {
  return `Relancer ${to} : orientation « ${purpose} » sans réponse depuis ${plural(days, 'jour')}`;
}

/**
 * Creates the reminder task of every referral still `envoyee` after `reminderAfterDays` days that
 * has none yet, and closes the open reminder tasks of referrals answered since. With `dryRun`,
 * says what it would create and changes nothing. Runs as the database owner (a system job,
 * outside any organisation, like the retention purge); each task is audited in its organisation.
 */
export async function remindWaitingReferrals(
  db: Kysely<Database>,
  options: { reminderAfterDays: number; dryRun: boolean; now?: Date },
): Promise<ReminderReport> {
  const now = options.now ?? new Date();
  const waiting = await db
    .selectFrom('referral as r')
    .innerJoin('organisation as t', 't.id', 'r.to_organisation_id')
    .leftJoin('membership as m', (join) =>
      join
        .onRef('m.user_id', '=', 'r.created_by')
        .onRef('m.organisation_id', '=', 'r.from_organisation_id'),
    )
    .select(['r.id', 'r.household_id', 'r.from_organisation_id', 'r.purpose', 'r.created_at'])
    .select(['t.name as to_name', 'm.user_id as assignee_id'])
    .where('r.status', '=', 'envoyee')
    .where(
      'r.created_at',
      '<=',
      sql<Date>`${now}::timestamptz - make_interval(days => ${options.reminderAfterDays})`,
    )
    .where((eb) =>
      eb.not(
        eb.exists(eb.selectFrom('task').select('id').whereRef('task.referral_id', '=', 'r.id')),
      ),
    )
    .orderBy('r.created_at')
    .execute();
  const answered = await db
    .selectFrom('task')
    .innerJoin('referral as r', 'r.id', 'task.referral_id')
    .select(['task.id', 'task.household_id', 'task.organisation_id', 'r.id as referral_id'])
    .select('r.status')
    .where('task.status', '=', 'a_faire')
    .where('r.status', '<>', 'envoyee')
    .execute();

  const report: ReminderReport = { dryRun: options.dryRun, created: [], closed: [] };
  for (const r of waiting) {
    const days = Math.floor((now.getTime() - r.created_at.getTime()) / 86_400_000);
    const title = reminderTitle(r.to_name, r.purpose, days);
    report.created.push({ referralId: r.id, organisationId: r.from_organisation_id, title });
    if (options.dryRun) continue;
    await db.transaction().execute(async (trx) => {
      const task = await trx
        .insertInto('task')
        .values({
          household_id: r.household_id,
          organisation_id: r.from_organisation_id,
          title,
          due_on: todayInFrance(now),
          assignee_id: r.assignee_id,
          referral_id: r.id,
        })
        // Another process of the platform may have run the job meanwhile.
        .onConflict((oc) =>
          oc.column('referral_id').where('referral_id', 'is not', null).doNothing(),
        )
        .returning('id')
        .executeTakeFirst();
      if (task === undefined) return;
      await appendSystemAudit(trx, r.from_organisation_id, {
        action: 'creation',
        entity: 'task',
        entityId: task.id,
        householdId: r.household_id,
      });
    });
  }
  for (const t of answered) {
    const outcome = answers[t.status] ?? 'Réponse reçue.';
    report.closed.push({ referralId: t.referral_id, organisationId: t.organisation_id, outcome });
    if (options.dryRun) continue;
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('task')
        .set({ status: 'faite', outcome, closed_at: now, updated_at: now })
        .where('id', '=', t.id)
        .where('status', '=', 'a_faire')
        .execute();
      await appendSystemAudit(trx, t.organisation_id, {
        action: 'cloture',
        entity: 'task',
        entityId: t.id,
        householdId: t.household_id,
      });
    });
  }
  return report;
}
