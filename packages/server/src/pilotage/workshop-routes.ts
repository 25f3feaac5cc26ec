import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema.ts';
import { authoriseWhen, notFound } from '../http/actor.ts';
import { refusalResponses } from '../http/errors.ts';
import { createWorkshop, deleteWorkshop, listWorkshops, updateWorkshop } from './workshops.ts';
import { canPilot } from './policy.ts';
import {
  createdSchema,
  idParamsSchema,
  periodFilterSchema,
  workshopInputSchema,
  workshopSchema,
} from './schema.ts';

/** `/api/pilotage/ateliers`: workshops between the territory's professionals. */
export function workshopRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const manager = (role: Parameters<typeof canPilot>[0]) => canPilot(role, 'workshop.write');

  api.get(
    '/api/pilotage/ateliers',
    {
      schema: {
        summary: 'Lister les ateliers entre professionnels du territoire, par date',
        tags: ['pilotage'],
        querystring: periodFilterSchema,
        response: { 200: z.array(workshopSchema), ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await authoriseWhen(db, request, (role) => canPilot(role, 'pilotage.read'));
      return listWorkshops(db, actor, request.query);
    },
  );

  api.post(
    '/api/pilotage/ateliers',
    {
      schema: {
        summary: 'Enregistrer un atelier',
        tags: ['pilotage'],
        body: workshopInputSchema,
        response: { 201: createdSchema, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authoriseWhen(db, request, manager);
      return reply.code(201).send({ id: await createWorkshop(db, actor, request.body) });
    },
  );

  api.put(
    '/api/pilotage/ateliers/:id',
    {
      schema: {
        summary: 'Modifier un atelier',
        tags: ['pilotage'],
        params: idParamsSchema,
        body: workshopInputSchema,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authoriseWhen(db, request, manager);
      if (!(await updateWorkshop(db, actor, request.params.id, request.body))) {
        throw notFound('Atelier');
      }
      return reply.code(204).send(null);
    },
  );

  api.delete(
    '/api/pilotage/ateliers/:id',
    {
      schema: {
        summary: 'Supprimer un atelier',
        tags: ['pilotage'],
        params: idParamsSchema,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authoriseWhen(db, request, manager);
      if (!(await deleteWorkshop(db, actor, request.params.id))) throw notFound('Atelier');
      return reply.code(204).send(null);
    },
  );
}
