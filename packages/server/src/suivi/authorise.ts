import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { authoriseWhen, type RequestActor } from '../http/actor.ts';
import { can, type SuiviAction } from './policy.ts';

/**
 * The actor of a case-file request, once the suivi policy allows `action` to their role; otherwise
 * throws the refusal the API answers: 401 when nobody is logged in, 403 when the role may not.
 */
export function authorise(
  db: Kysely<Database>,
  request: FastifyRequest,
  action: SuiviAction,
): Promise<RequestActor> {
  return authoriseWhen(db, request, (role) => can(role, action));
}
