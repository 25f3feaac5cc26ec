import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../db/with-actor.ts';
import type { Role } from '../tenancy/roles.ts';
import { HttpRefusal } from './errors.ts';
import { requestSession } from './session-cookie.ts';

/** The logged-in actor of a request, with the role of the session's membership. */
export type RequestActor = Actor & { role: Role };

/** The logged-in actor of a request, whatever their role; throws the 401 when nobody is. */
export async function sessionActor(
  db: Kysely<Database>,
  request: FastifyRequest,
): Promise<RequestActor> {
  const session = await requestSession(db, request);
  if (session === undefined) {
    throw new HttpRefusal(
      401,
      'non_connecte',
      'Vous n’êtes pas connecté. Connectez-vous avec votre adresse e-mail et votre mot de passe.',
    );
  }
  const { role, organisation } = session.membership;
  return { userId: session.user.id, organisationId: organisation.id, role };
}

/** The 403 of a role that may not do what it asked. */
export function forbidden(): HttpRefusal {
  return new HttpRefusal(403, 'interdit', 'Votre rôle ne permet pas cette action.');
}

/**
 * The actor of the request, once `allowed` says the session's role may act (each feature passes its
 * own policy); otherwise throws the refusal the API answers: 401 when nobody is logged in, 403 when
 * the role may not.
 */
export async function authoriseWhen(
  db: Kysely<Database>,
  request: FastifyRequest,
  allowed: (role: Role) => boolean,
): Promise<RequestActor> {
  const actor = await sessionActor(db, request);
  if (!allowed(actor.role)) throw forbidden();
  return actor;
}

/** The 404 of a case-file resource the organisation cannot see (whether or not it exists). */
export function notFound(what: string): HttpRefusal {
  return new HttpRefusal(
    404,
    'introuvable',
    `${what} introuvable ou non partagé avec votre organisation.`,
  );
}
