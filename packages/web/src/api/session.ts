import { ApiError } from './api-error.ts';
import { apiRequest } from './client.ts';

/**
 * The roles a member of an organisation can hold, as the server names them. The web app cannot
 * import @znr/server (dependencies point web -> rules only), so this mirrors its list; a role the
 * server adds later arrives as an unknown string and is handled as such (see isKnownRole).
 */
export const roles = [
  'ambassadeur',
  'travailleur_social',
  'coordinateur',
  'pilote',
  'evaluateur',
  'admin',
] as const;
export type Role = (typeof roles)[number];

/** Whether this build of the app knows the role the server sent. */
export function isKnownRole(role: string): role is Role {
  return (roles as readonly string[]).includes(role);
}

/** A user's place in one organisation of one territory. */
export type Membership = {
  id: string;
  /** One of `roles`, or a role newer than this build of the app. */
  role: string;
  roleLabel: string;
  organisation: { id: string; name: string; type: string; typeLabel: string };
  territory: { id: string; name: string };
};

/** The logged-in user and the membership they act under (`memberships` lists all of theirs). */
export type Session = {
  user: { id: string; email: string; displayName: string };
  membership: Membership;
  memberships: Membership[];
};

export type Credentials = { email: string; password: string };

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
