import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { DomainError } from './domain-error.ts';
import { RequestValidationError } from './validator.ts';

/** Every error the API answers has this shape: a stable code and a French sentence. */
export const errorResponseSchema = z.object({
  error: z.string().describe('Code stable de l’erreur (ex. « validation », « non_connecte »)'),
  message: z.string().describe('Explication en français, à montrer à la personne'),
  issues: z
    .array(z.object({ field: z.string(), message: z.string() }))
    .optional()
    .describe('Pour « validation » : chaque champ refusé et pourquoi'),
});

export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/** The refusals a case-file route may answer, for its OpenAPI responses. */
export const refusalResponses = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
};

/** The body of a 400 answer to a request that does not match its schema. */
export function validationErrorBody(error: RequestValidationError): ErrorResponse {
  return { error: 'validation', message: 'La requête est invalide.', issues: error.issues };
}

/** Thrown (by the login rate limit) when a client has tried too often; answered 429. */
export class TooManyAttemptsError extends Error {
  override name = 'TooManyAttemptsError';
  readonly statusCode = 429;
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(
      `Trop de tentatives de connexion. Réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.`,
    );
  }
}

/** A refusal the API answers as is: its status, a stable code and a French message. */
export class HttpRefusal extends Error {
  override name = 'HttpRefusal';
  constructor(
    readonly statusCode: 401 | 403 | 404 | 409,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const clientErrors: Record<string, ErrorResponse> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    error: 'json_invalide',
    message: 'Le corps de la requête n’est pas un JSON valide.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    error: 'json_invalide',
    message: 'Le corps de la requête est vide alors qu’un JSON est annoncé.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    error: 'type_non_pris_en_charge',
    message: 'Type de contenu non pris en charge : envoyez du JSON (application/json).',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    error: 'trop_volumineux',
    message: 'Le corps de la requête est trop volumineux.',
  },
};

function handleError(
  error: FastifyError | RequestValidationError | TooManyAttemptsError | HttpRefusal | DomainError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (error instanceof DomainError) {
    return reply.code(400).send({ error: error.kind, message: error.message });
  }
  if (error instanceof HttpRefusal) {
    return reply.code(error.statusCode).send({ error: error.code, message: error.message });
  }
  if (error instanceof RequestValidationError) {
    return reply.code(400).send(validationErrorBody(error));
  }
  if (error instanceof TooManyAttemptsError) {
    return reply.code(429).send({ error: 'trop_de_tentatives', message: error.message });
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const known = clientErrors[error.code];
    return reply
      .code(status)
      .send(known ?? { error: 'requete_invalide', message: 'La requête est invalide.' });
  }
  request.log.error({ err: error }, 'erreur inattendue');
  return reply.code(500).send({
    error: 'erreur_interne',
    message: 'Une erreur inattendue est survenue. Réessayez plus tard.',
  });
}

/** Answers every error in JSON and in French; unexpected ones are logged, never shown. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(handleError);
}
