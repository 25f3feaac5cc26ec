import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from '../../audit/chain.ts';
import type { Database } from '../../db/schema.ts';
import { withActor, type Actor } from '../../db/with-actor.ts';
import { seesHousehold } from '../sees-household.ts';
import { touchHousehold } from '../touch-household.ts';
import type { TaskStatus } from '../vocabulary.ts';
import { DomainError } from '../../http/domain-error.ts';

/** What a professional sets on a follow-up task. */
export interface TaskChange {
  title?: string | undefined;
  dueOn?: string | null | undefined;
  assigneeId?: string | null | undefined;
  status?: TaskStatus | undefined;
  outcome?: string | null | undefined;
}

// The assignee is a member of the task's organisation: a task is never handed to a stranger.
async function checkAssignee(
  trx: Transaction<Database>,
  actor: Actor,
  assigneeId: string | null | undefined,
): Promise<void> {
  if (assigneeId === undefined || assigneeId === null) return;
  const member = await trx
    .selectFrom('membership')
    .select('user_id')
    .where('user_id', '=', assigneeId)
    .where('organisation_id', '=', actor.organisationId)
    .executeTakeFirst();
  if (member === undefined) {
    throw new DomainError(
      'membre_inconnu',
      'assigneeId : cette personne n’est pas membre de votre organisation.',
    );
  }
}

function checkOutcome(change: TaskChange): void {
  if (change.status === 'faite' && (change.outcome ?? '').trim() === '') {
    throw new DomainError(
      'resultat_manquant',
      'outcome : indiquez le résultat de la tâche pour la clore.',
    );
  }
}

/**
 * Creates a task of the actor's organisation on a household it sees (its own, or one referred to
 * it). Returns the task's id, or undefined when the household is not visible.
 */
export function createTask(
  db: Kysely<Database>,
  actor: Actor,
  householdId: string,
  input: TaskChange & { title: string },
): Promise<string | undefined> {
  checkOutcome(input);
  return withActor(db, actor, async (trx) => {
    if (!(await seesHousehold(trx, householdId))) return undefined;
    await checkAssignee(trx, actor, input.assigneeId);
    const done = input.status === 'faite';
    const row = await trx
      .insertInto('task')
      .values({
        household_id: householdId,
        organisation_id: actor.organisationId,
        title: input.title,
        due_on: input.dueOn ?? null,
        assignee_id: input.assigneeId ?? null,
        status: input.status ?? 'a_faire',
        outcome: input.outcome ?? null,
        created_by: actor.userId,
        closed_at: done ? new Date() : null,
        closed_by: done ? actor.userId : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await touchHousehold(trx, householdId);
    await appendAudit(trx, actor, {
      action: 'creation',
      entity: 'task',
      entityId: row.id,
      householdId,
    });
    return row.id;
  });
}

// A change of a task is activity on its household (retention) and an audited write.
async function recordTaskChange(
  trx: Transaction<Database>,
  actor: Actor,
  task: { id: string; household_id: string },
  action: 'modification' | 'cloture' | 'suppression',
): Promise<void> {
  await touchHousehold(trx, task.household_id);
  await appendAudit(trx, actor, {
    action,
    entity: 'task',
    entityId: task.id,
    householdId: task.household_id,
  });
}

/**
 * Changes a task of the actor's organisation: title, due date, assignee, or closes it with its
 * outcome (`status: 'faite'`) or reopens it. Returns false when the task is not the organisation's.
 */
export function updateTask(
  db: Kysely<Database>,
  actor: Actor,
  taskId: string,
  change: TaskChange,
): Promise<boolean> {
  checkOutcome(change);
  return withActor(db, actor, async (trx) => {
    await checkAssignee(trx, actor, change.assigneeId);
    const closing =
      change.status === 'faite'
        ? { closed_at: new Date(), closed_by: actor.userId }
        : change.status === 'a_faire'
          ? { closed_at: null, closed_by: null }
          : {};
    const row = await trx
      .updateTable('task')
      .set({
        ...(change.title !== undefined ? { title: change.title } : {}),
        ...(change.dueOn !== undefined ? { due_on: change.dueOn } : {}),
        ...(change.assigneeId !== undefined ? { assignee_id: change.assigneeId } : {}),
        ...(change.status !== undefined ? { status: change.status } : {}),
        ...(change.outcome !== undefined ? { outcome: change.outcome } : {}),
        ...closing,
        updated_at: new Date(),
      })
      .where('id', '=', taskId)
      .returning(['id', 'household_id'])
      .executeTakeFirst();
    if (row === undefined) return false;
    await recordTaskChange(trx, actor, row, change.status === 'faite' ? 'cloture' : 'modification');
    return true;
  });
}

/**
 * Deletes a task of the actor's organisation (created by mistake, or no longer relevant), audited
 * as a deletion of the household's data. Returns false when the task is not the organisation's.
 */
export function deleteTask(db: Kysely<Database>, actor: Actor, taskId: string): Promise<boolean> {
  return withActor(db, actor, async (trx) => {
    const row = await trx
      .deleteFrom('task')
      .where('id', '=', taskId)
      .returning(['id', 'household_id'])
      .executeTakeFirst();
    if (row === undefined) return false;
    await recordTaskChange(trx, actor, row, 'suppression');
    return true;
  });
}
