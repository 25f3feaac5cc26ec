// Follow-up tasks, closing a household's follow-up, referral messages and reminders.
import { apiRequest } from './client.ts';

/** Where an open task stands against today. */
export type TaskDueState = 'en_retard' | 'aujourdhui' | 'a_venir' | 'sans_date';

export type Task = {
  id: string;
  householdId: string;
  householdName: string | null;
  title: string;
  dueOn: string | null;
  dueState: TaskDueState;
  assigneeId: string | null;
  assigneeName: string | null;
  status: 'a_faire' | 'faite';
  outcome: string | null;
  createdAt: string;
  closedAt: string | null;
};

/** My organisation's tasks, or only mine; late and due today first. */
export function listTasks(mine: boolean): Promise<Task[]> {
  return apiRequest<Task[]>('GET', `/api/tasks?mine=${mine ? 'true' : 'false'}`);
}

export function createTask(
  householdId: string,
  input: { title: string; dueOn: string | null; assigneeId: string | null },
): Promise<{ id: string }> {
  return apiRequest('POST', `/api/households/${encodeURIComponent(householdId)}/tasks`, input);
}

/** Closes a task with its outcome. */
export function closeTask(taskId: string, outcome: string): Promise<void> {
  return apiRequest('PATCH', `/api/tasks/${encodeURIComponent(taskId)}`, {
    status: 'faite',
    outcome,
  });
}

/** Changes what a task says, its due date or its assignee. */
export function updateTask(
  taskId: string,
  change: { title: string; dueOn: string | null; assigneeId: string | null },
): Promise<void> {
  return apiRequest('PATCH', `/api/tasks/${encodeURIComponent(taskId)}`, change);
}

/** Reopens a task marked done by mistake (its outcome is cleared). */
export function reopenTask(taskId: string): Promise<void> {
  return apiRequest('PATCH', `/api/tasks/${encodeURIComponent(taskId)}`, {
    status: 'a_faire',
    outcome: null,
  });
}

/** Deletes a task of my organisation (created by mistake, or no longer relevant). */
export function deleteTask(taskId: string): Promise<void> {
  return apiRequest('DELETE', `/api/tasks/${encodeURIComponent(taskId)}`);
}

/** The members of my organisation, to assign a task to. */
export function listMembers(): Promise<{ id: string; name: string; role: string }[]> {
  return apiRequest('GET', '/api/members');
}

/** Closes the household's follow-up with its outcome, or reopens it (`null`). */
export function closeFollowUp(householdId: string, outcome: string | null): Promise<void> {
  const url = `/api/households/${encodeURIComponent(householdId)}/closure`;
  return outcome === null ? apiRequest('DELETE', url) : apiRequest('POST', url, { outcome });
}

export type ReferralMessage = {
  id: string;
  body: string;
  kind: 'message' | 'relance';
  createdAt: string;
  organisationId: string;
  organisationName: string;
  authorName: string | null;
};

export function listReferralMessages(referralId: string): Promise<ReferralMessage[]> {
  return apiRequest('GET', `/api/referrals/${encodeURIComponent(referralId)}/messages`);
}

export function postReferralMessage(referralId: string, body: string): Promise<{ id: string }> {
  return apiRequest('POST', `/api/referrals/${encodeURIComponent(referralId)}/messages`, { body });
}

/** The sender's one-click reminder of a referral still waiting for its answer. */
export function remindReferral(referralId: string): Promise<{ id: string }> {
  return apiRequest('POST', `/api/referrals/${encodeURIComponent(referralId)}/reminder`);
}
