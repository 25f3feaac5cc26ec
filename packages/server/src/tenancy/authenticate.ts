import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { verifyDecoy, verifyPassword } from './password.ts';

/** The user a correct e-mail and password designate. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  displayName: string;
}

/**
 * Checks an e-mail (any case) and password. Returns the user, or undefined for an unknown e-mail,
 * a wrong password or a disabled account: the caller answers all three the same way, and an
 * unknown e-mail costs the same time as a known one.
 */
export async function authenticate(
  db: Kysely<Database>,
  email: string,
  password: string,
): Promise<AuthenticatedUser | undefined> {
  const user = await db
    .selectFrom('app_user')
    .select(['id', 'email', 'display_name', 'password_hash', 'disabled'])
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  if (user === undefined) return verifyDecoy(password).then(() => undefined);
  const valid = await verifyPassword(user.password_hash, password);
  if (!valid || user.disabled) return undefined;
  return { id: user.id, email: user.email, displayName: user.display_name };
}
