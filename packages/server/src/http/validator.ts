import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import { frenchErrorMap } from './french-errors.ts';

/** One reason a request was refused: the field as a dotted path, the reason in French. */
export interface ValidationIssue {
  field: string;
  message: string;
}

/** A request that does not match its route's zod schema; answered 400 with its issues. */
export class RequestValidationError extends Error {
  override name = 'RequestValidationError';
  readonly statusCode = 400;
  constructor(readonly issues: ValidationIssue[]) {
    super(issues.map((issue) => `${issue.field} : ${issue.message}`).join(' ; '));
  }
}

// Fastify passes which part of the request the schema is for; a missing body or query has an
// empty path, and is then named after that part.
const partNames: Record<string, string> = {
  body: 'corps',
  querystring: 'paramètres',
  params: 'chemin',
  headers: 'en-têtes',
};

/**
 * Validates requests with their zod schema and French messages. Replaces the compiler of
 * fastify-type-provider-zod to keep the issue's path as a dotted field name.
 */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const result = schema.safeParse(data, { error: frenchErrorMap });
    if (result.success) return { value: result.data };
    const issues = result.error.issues.map((issue) =>
      issue.path.length > 0
        ? { field: issue.path.map(String).join('.'), message: issue.message }
        : {
            field: partNames[httpPart ?? ''] ?? 'requête',
            message: data == null ? 'absent : un objet JSON est attendu' : issue.message,
          },
    );
    return { error: new RequestValidationError(issues) };
  };
