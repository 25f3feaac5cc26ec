import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { forbidden, sessionActor, type RequestActor } from '../../http/actor.ts';
import { canOutreach, type OutreachAction } from './policy.ts';

/** The actor of an outreach request once their role may do `action`: 401 or 403 otherwise. */
export async function authorise(
  db: Kysely<Database>,
  request: FastifyRequest,
  action: OutreachAction,
): Promise<RequestActor> {
  const actor = await sessionActor(db, request);
  if (!canOutreach(actor.role, action)) throw forbidden();
  return actor;
}
