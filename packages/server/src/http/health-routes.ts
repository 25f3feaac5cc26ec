import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { currentMigration } from '../db/migrate.ts';
import type { Database } from '../db/schema.ts';

const healthySchema = z.object({
  status: z.literal('ok'),
  database: z.literal('ok'),
  migration: z.string().describe('Nom de la dernière migration appliquée'),
});

const unhealthySchema = z.object({
  status: z.literal('erreur'),
  database: z.literal('injoignable'),
  message: z.string(),
});

const databaseTimeoutMs = 3000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`pas de réponse en ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** `GET /healthz`: 200 when the database answers, with its migration; 503 otherwise. */
export function healthRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/healthz',
    {
      schema: {
        summary: 'État du service : base de données joignable et version du schéma',
        tags: ['supervision'],
        response: { 200: healthySchema, 503: unhealthySchema },
      },
    },
    async (request, reply) => {
      try {
        const migration = await withTimeout(
          sql`select 1`.execute(db).then(() => currentMigration(db)),
          databaseTimeoutMs,
        );
        return { status: 'ok' as const, database: 'ok' as const, migration: migration ?? '' };
      } catch (error) {
        request.log.error({ err: error }, 'base de données injoignable');
        return reply.code(503).send({
          status: 'erreur',
          database: 'injoignable',
          message: 'La base de données ne répond pas.',
        });
      }
    },
  );
}
