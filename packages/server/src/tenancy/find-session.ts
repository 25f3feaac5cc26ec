import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { listMemberships } from './list-memberships.ts';
import type { SessionView } from './open-session.ts';
import { hashSessionToken } from './session-token.ts';

/**
 * The session a cookie token designates, or undefined when the token is unknown, expired, or its
 * user has been disabled since. Deleting a membership deletes its sessions (foreign key cascade).
 */
export async function findSession(
  db: Kysely<Database>,
  token: string,
): Promise<SessionView | undefined> {
  const row = await db
    .selectFrom('user_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .select(['s.membership_id', 'u.id', 'u.email', 'u.display_name'])
    .where('s.token_hash', '=', hashSessionToken(token))
    .where('s.expires_at', '>', new Date())
    .where('u.disabled', '=', false)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const memberships = await listMemberships(db, row.id);
  const membership = memberships.find((m) => m.id === row.membership_id);
  if (membership === undefined) return undefined;
  return {
    user: { id: row.id, email: row.email, displayName: row.display_name },
    membership,
    memberships,
  };
}
