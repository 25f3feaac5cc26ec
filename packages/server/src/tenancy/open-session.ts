import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { AuthenticatedUser } from './authenticate.ts';
import { listMemberships, type MembershipDetail } from './list-memberships.ts';
import { hashSessionToken, newSessionToken } from './session-token.ts';

/** Who is logged in, in which membership, and which other memberships they may switch to. */
export interface SessionView {
  user: AuthenticatedUser;
  membership: MembershipDetail;
  memberships: MembershipDetail[];
}

/** A session just opened: the token goes in the cookie and nowhere else. */
export interface OpenedSession {
  token: string;
  expiresAt: Date;
  session: SessionView;
}

/**
 * Opens a session for an authenticated user, active in their first membership. Returns undefined
 * when the user belongs to no organisation: such an account cannot work on anything yet.
 */
export async function openSession(
  db: Kysely<Database>,
  user: AuthenticatedUser,
  ttlHours: number,
): Promise<OpenedSession | undefined> {
  const memberships = await listMemberships(db, user.id);
  const membership = memberships[0];
  if (membership === undefined) return undefined;
  const token = newSessionToken();
  const expiresAt = new Date(Date.now() + ttlHours * 3_600_000);
  await db
    .insertInto('user_session')
    .values({
      token_hash: hashSessionToken(token),
      user_id: user.id,
      membership_id: membership.id,
      expires_at: expiresAt,
    })
    .execute();
  return { token, expiresAt, session: { user, membership, memberships } };
}
