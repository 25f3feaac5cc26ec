import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Config } from '../config.ts';
import type { Database } from '../db/schema.ts';
import { findSession } from '../tenancy/find-session.ts';
import type { SessionView } from '../tenancy/open-session.ts';

/** Name of the session cookie. */
export const SESSION_COOKIE = 'znr_session';

/** Sets the session cookie: HTTP-only, SameSite=Lax, whole site, Secure in production. */
export function setSessionCookie(
  reply: FastifyReply,
  config: Config,
  token: string,
  expires: Date,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: config.NODE_ENV === 'production',
    expires,
  });
}

/** Removes the session cookie from the browser. */
export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: config.NODE_ENV === 'production',
  });
}

/** The token of the request's session cookie, if any. */
export function sessionToken(request: FastifyRequest): string | undefined {
  const token = request.cookies[SESSION_COOKIE];
  return token === undefined || token === '' ? undefined : token;
}

/** The session of the request (from its cookie), or undefined when nobody is logged in. */
export async function requestSession(
  db: Kysely<Database>,
  request: FastifyRequest,
): Promise<SessionView | undefined> {
  const token = sessionToken(request);
  return token === undefined ? undefined : findSession(db, token);
}
