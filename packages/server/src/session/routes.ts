import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Config } from '../config.ts';
import type { Database } from '../db/schema.ts';
import { errorResponseSchema, TooManyAttemptsError } from '../http/errors.ts';
import {
  clearSessionCookie,
  requestSession,
  sessionToken,
  setSessionCookie,
} from '../http/session-cookie.ts';
import { presentSession } from './presenter.ts';
import { authenticate } from '../tenancy/authenticate.ts';
import { closeSession } from '../tenancy/close-session.ts';
import { openSession } from '../tenancy/open-session.ts';
import { loginBodySchema, sessionSchema } from './schema.ts';

const invalidCredentials = {
  error: 'identifiants_invalides',
  message: 'Adresse e-mail ou mot de passe incorrect.',
};

const notLoggedIn = {
  error: 'non_connecte',
  message:
    'Vous n’êtes pas connecté. Connectez-vous avec votre adresse e-mail et votre mot de passe.',
};

const loginWindowMs = 15 * 60 * 1000;

/** `/api/session`: log in, see who is logged in, log out. */
export function sessionRoutes(app: FastifyInstance, db: Kysely<Database>, config: Config): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/session',
    {
      schema: {
        summary: 'Se connecter avec une adresse e-mail et un mot de passe',
        description: `Ouvre une session (cookie znr_session, HttpOnly). Au plus ${config.ZNR_LOGIN_MAX_ATTEMPTS} tentatives par adresse IP et adresse e-mail en 15 minutes.`,
        tags: ['session'],
        body: loginBodySchema,
        response: {
          200: sessionSchema,
          400: errorResponseSchema,
          401: errorResponseSchema,
          429: errorResponseSchema,
        },
      },
      config: {
        rateLimit: {
          max: config.ZNR_LOGIN_MAX_ATTEMPTS,
          timeWindow: loginWindowMs,
          // After validation, so the key can use the e-mail of the body.
          hook: 'preHandler',
          keyGenerator: (request) => {
            const { email } = request.body as z.infer<typeof loginBodySchema>;
            return `login|${request.ip}|${email.trim().toLowerCase()}`;
          },
          errorResponseBuilder: (_request, context) =>
            new TooManyAttemptsError(Math.ceil(context.ttl / 1000)),
        },
      },
    },
    async (request, reply) => {
      const user = await authenticate(db, request.body.email, request.body.password);
      const opened =
        user === undefined ? undefined : await openSession(db, user, config.ZNR_SESSION_HOURS);
      if (opened === undefined) return reply.code(401).send(invalidCredentials);
      // A new login replaces the browser's previous session, which would otherwise linger.
      const previous = sessionToken(request);
      if (previous !== undefined) await closeSession(db, previous);
      setSessionCookie(reply, config, opened.token, opened.expiresAt);
      return presentSession(opened.session);
    },
  );

  api.get(
    '/api/session',
    {
      schema: {
        summary: 'Savoir qui est connecté : personne, organisation, territoire et rôle',
        tags: ['session'],
        response: { 200: sessionSchema, 401: errorResponseSchema },
      },
    },
    async (request, reply) => {
      const session = await requestSession(db, request);
      if (session === undefined) return reply.code(401).send(notLoggedIn);
      return presentSession(session);
    },
  );

  api.delete(
    '/api/session',
    {
      schema: {
        summary: 'Se déconnecter : la session est supprimée et le cookie effacé',
        tags: ['session'],
        response: { 204: z.null().describe('Déconnecté') },
      },
    },
    async (request, reply) => {
      const token = sessionToken(request);
      if (token !== undefined) await closeSession(db, token);
      clearSessionCookie(reply, config);
      return reply.code(204).send(null);
    },
  );
}
