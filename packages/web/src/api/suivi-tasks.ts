// Follow-up tasks, closing a household's follow-up, referral messages and reminders.
import { apiRequest } from './client.ts';
import type { ApiBody, ApiResponse } from './contract.ts';

export type Task = ApiResponse<'/api/tasks', 'get'>[number];

/** Where an open task stands against today. */
export type TaskDueState = Task['dueState'];

/** What a task says, when it is due and who does it. */
export type TaskFields = ApiBody<'/api/households/{id}/tasks', 'post'>;

/** My organisation's tasks, or only mine; late and due today first. */
export function listTasks(mine: boolean): Promise<Task[]> {
  return apiRequest<Task[]>('GET', `/api/tasks?mine=${mine ? 'true' : 'false'}`);
}

export function createTask(
  householdId: string,
  input: TaskFields,
): Promise<ApiResponse<'/api/households/{id}/tasks', 'post'>> {
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
export function updateTask(taskId: string, change: TaskFields): Promise<void> {
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
export function listMembers(): Promise<ApiResponse<'/api/members', 'get'>> {
  return apiRequest('GET', '/api/members');
}

/** Closes the household's follow-up with its outcome, or reopens it (`null`). */
export function closeFollowUp(householdId: string, outcome: string | null): Promise<void> {
  const url = `/api/households/${encodeURIComponent(householdId)}/closure`;
  return outcome === null ? apiRequest('DELETE', url) : apiRequest('POST', url, { outcome });
}

export type ReferralMessage = ApiResponse<'/api/referrals/{id}/messages', 'get'>[number];

export function listReferralMessages(referralId: string): Promise<ReferralMessage[]> {
  return apiRequest('GET', `/api/referrals/${encodeURIComponent(referralId)}/messages`);
}

export function postReferralMessage(
  referralId: string,
  body: string,
): Promise<ApiResponse<'/api/referrals/{id}/messages', 'post'>> {
  return apiRequest('POST', `/api/referrals/${encodeURIComponent(referralId)}/messages`, { body });
}

/** The sender's one-click reminder of a referral still waiting for its answer. */
export function remindReferral(
  referralId: string,
): Promise<ApiResponse<'/api/referrals/{id}/reminder', 'post'>> {
  return apiRequest('POST', `/api/referrals/${encodeURIComponent(referralId)}/reminder`);
}
