import { ApiError } from './api-error.ts';
import { apiRequest } from './client.ts';
import type { ApiBody, ApiResponse } from './contract.ts';

/** The logged-in user and the membership they act under (`memberships` lists all of theirs). */
export type Session = ApiResponse<'/api/session', 'get'>;

/** A user's place in one organisation of one territory. */
export type Membership = Session['membership'];

/** The roles a member of an organisation can hold, as the server's contract names them. */
export type Role = Membership['role'];

/** Every role, for the screens that list them; checked against the contract both ways. */
export const roles = [
  'ambassadeur',
  'travailleur_social',
  'coordinateur',
  'pilote',
  'evaluateur',
  'admin',
] as const satisfies readonly Role[];
const everyRoleListed: Exclude<Role, (typeof roles)[number]> extends never ? true : never = true;
void everyRoleListed;

/** Whether `role` is one the contract names (a stale page may still hold a string). */
export function isKnownRole(role: string): role is Role {
  return (roles as readonly string[]).includes(role);
}

export type Credentials = ApiBody<'/api/session', 'post'>;

/** The current session, or null when nobody is logged in. */
export async function fetchSession(): Promise<Session | null> {
  try {
    return await apiRequest<Session>('GET', '/api/session');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** Logs in; the server sets the HttpOnly session cookie. */
export function openSession(credentials: Credentials): Promise<Session> {
  return apiRequest<Session>('POST', '/api/session', credentials);
}

/** Logs out and clears the session cookie. */
export function closeSession(): Promise<void> {
  return apiRequest<void>('DELETE', '/api/session');
}
