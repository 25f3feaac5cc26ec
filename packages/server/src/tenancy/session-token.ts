import { createHash, randomBytes } from 'node:crypto';

/** A new session token: 32 random bytes, base64url, for the cookie only. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps of a token: its SHA-256, so a database leak opens no session. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
