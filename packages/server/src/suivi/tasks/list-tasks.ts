import { sql, type Kysely, type Transaction } from 'kysely';
import { appendAudit } from '../../audit/chain.ts';
import type { Database } from '../../db/schema.ts';
import { withActor, type Actor } from '../../db/with-actor.ts';
import { isoDate } from '../../db/iso-date.ts';
import type { TaskDueState, TaskStatus } from '../vocabulary.ts';

/** Which tasks of the organisation to list. */
export interface TaskFilter {
  /** Only those assigned to the actor ("mes tâches"). */
  mine?: boolean | undefined;
  status?: TaskStatus | undefined;
}

// The task with its household's applicant (when the organisation may see the persons), its
// assignee's name, and where it stands against today.
function taskQuery(trx: Transaction<Database>) {
  return trx
    .selectFrom('task as t')
    .leftJoin('app_user as a', 'a.id', 't.assignee_id')
    .select([
      't.id',
      't.household_id',
      't.title',
      't.assignee_id',
      'a.display_name as assignee_name',
      't.status',
      't.outcome',
      't.created_at',
      't.closed_at',
    ])
    .select(isoDate('t.due_on').as('due_on'))
    .select(
      sql<TaskDueState>`case when t.due_on is null then 'sans_date'
        when t.due_on < current_date then 'en_retard'
        when t.due_on = current_date then 'aujourdhui' else 'a_venir' end`.as('due_state'),
    )
    .select((eb) =>
      eb
        .selectFrom('person as p')
        .select(sql<string>`p.first_name || ' ' || p.last_name`.as('name'))
        .whereRef('p.household_id', '=', 't.household_id')
        .orderBy(sql`p.role = 'demandeur'`, 'desc')
        .orderBy('p.created_at')
        .limit(1)
        .as('household_name'),
    );
}

/** A task as listed and read. */
export type TaskView = Awaited<ReturnType<ReturnType<typeof taskQuery>['execute']>>[number];

/**
 * The organisation's tasks (row-level security keeps the others out), open ones first, the
 * earliest due first: late, then due today, then later, then without a date. Audited as one list.
 */
export function listTasks(
  db: Kysely<Database>,
  actor: Actor,
  filter: TaskFilter,
): Promise<TaskView[]> {
  return withActor(db, actor, async (trx) => {
    let query = taskQuery(trx)
      .where('t.organisation_id', '=', actor.organisationId)
      .orderBy(sql`t.status = 'faite'`)
      .orderBy(sql`t.due_on asc nulls last`)
      .orderBy('t.created_at')
      .limit(500);
    if (filter.mine === true) query = query.where('t.assignee_id', '=', actor.userId);
    if (filter.status !== undefined) query = query.where('t.status', '=', filter.status);
    const rows = await query.execute();
    await appendAudit(trx, actor, { action: 'liste', entity: 'task' });
    return rows;
  });
}

/** One task of the organisation, or undefined. Audited as a read of its household. */
export function readTask(
  db: Kysely<Database>,
  actor: Actor,
  taskId: string,
): Promise<TaskView | undefined> {
  return withActor(db, actor, async (trx) => {
    const row = await taskQuery(trx).where('t.id', '=', taskId).executeTakeFirst();
    if (row !== undefined) {
      await appendAudit(trx, actor, {
        action: 'lecture',
        entity: 'task',
        entityId: row.id,
        householdId: row.household_id,
      });
    }
    return row;
  });
}
