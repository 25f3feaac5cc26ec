import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { hashSessionToken } from './session-token.ts';

/** Deletes the session of this token, if any; expired sessions of anyone go with it. */
export async function closeSession(db: Kysely<Database>, token: string): Promise<void> {
  await db
    .deleteFrom('user_session')
    .where((eb) =>
      eb.or([eb('token_hash', '=', hashSessionToken(token)), eb('expires_at', '<=', new Date())]),
    )
    .execute();
}
