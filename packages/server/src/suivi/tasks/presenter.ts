import type { z } from 'zod';
import type { messageSchema, taskSchema } from './schema.ts';
import type { TaskView } from './list-tasks.ts';
import type { listReferralMessages } from '../referrals/referral-messages.ts';

/** A task, as the API shows it. */
export function presentTask(task: TaskView): z.infer<typeof taskSchema> {
  return {
    id: task.id,
    householdId: task.household_id,
    householdName: task.household_name,
    title: task.title,
    dueOn: task.due_on,
    dueState: task.due_state,
    assigneeId: task.assignee_id,
    assigneeName: task.assignee_name,
    status: task.status,
    outcome: task.outcome,
    createdAt: task.created_at.toISOString(),
    closedAt: task.closed_at?.toISOString() ?? null,
  };
}

type MessageRow = NonNullable<Awaited<ReturnType<typeof listReferralMessages>>>[number];

/** A message on a referral, as the API shows it. */
export function presentMessage(message: MessageRow): z.infer<typeof messageSchema> {
  return {
    id: message.id,
    body: message.body,
    kind: message.kind,
    createdAt: message.created_at.toISOString(),
    organisationId: message.organisation_id,
    organisationName: message.organisation_name,
    authorName: message.author_name,
  };
}
