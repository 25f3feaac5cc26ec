import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema.ts';
import { authoriseWhen, notFound } from '../http/actor.ts';
import { refusalResponses } from '../http/errors.ts';
import { listBlockages, moveBlockage, raiseBlockage, updateBlockage } from './blockages.ts';
import { canPilot } from './policy.ts';
import {
  blockageFilterSchema,
  blockageInputSchema,
  blockageMoveSchema,
  blockageSchema,
  blockageUpdateSchema,
  createdSchema,
  idParamsSchema,
} from './schema.ts';

/** `/api/pilotage/blocages`: the register of systemic blockages of the territory. */
export function blockageRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const manager = (role: Parameters<typeof canPilot>[0]) => canPilot(role, 'blockage.manage');

  api.get(
    '/api/pilotage/blocages',
    {
      schema: {
        summary: 'Registre des blocages du territoire, filtrable par statut, organisme et aide',
        tags: ['pilotage'],
        querystring: blockageFilterSchema,
        response: { 200: z.array(blockageSchema), ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await authoriseWhen(db, request, (role) => canPilot(role, 'pilotage.read'));
      return listBlockages(db, actor, request.query);
    },
  );

  api.post(
    '/api/pilotage/blocages',
    {
      schema: {
        summary: 'Signaler un blocage (exemples anonymisés)',
        tags: ['pilotage'],
        body: blockageInputSchema,
        response: { 201: createdSchema, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authoriseWhen(db, request, (role) => canPilot(role, 'blockage.raise'));
      return reply.code(201).send({ id: await raiseBlockage(db, actor, request.body) });
    },
  );

  api.put(
    '/api/pilotage/blocages/:id',
    {
      schema: {
        summary: 'Modifier un blocage : texte, personne qui le suit, réponse reçue',
        tags: ['pilotage'],
        params: idParamsSchema,
        body: blockageUpdateSchema,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authoriseWhen(db, request, manager);
      if (!(await updateBlockage(db, actor, request.params.id, request.body))) {
        throw notFound('Blocage');
      }
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/api/pilotage/blocages/:id/statut',
    {
      schema: {
        summary: 'Faire avancer un blocage : transmis, en cours, résolu ou sans suite',
        tags: ['pilotage'],
        params: idParamsSchema,
        body: blockageMoveSchema,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authoriseWhen(db, request, manager);
      if (!(await moveBlockage(db, actor, request.params.id, request.body))) {
        throw notFound('Blocage');
      }
      return reply.code(204).send(null);
    },
  );
}
