import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema.ts';
import { authoriseWhen, notFound } from '../http/actor.ts';
import { refusalResponses } from '../http/errors.ts';
import {
  deleteOutreachAction,
  listOutreachActions,
  saveOutreachAction,
  updateOutreachAction,
} from './outreach-actions.ts';
import { canPilot } from './policy.ts';
import {
  actionFilterSchema,
  actionInputSchema,
  actionSchema,
  actionSyncSchema,
  idParamsSchema,
  savedActionSchema,
} from './schema.ts';

/** `/api/pilotage/actions`: outreach (aller-vers) actions of the territory. */
export function actionRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/pilotage/actions',
    {
      schema: {
        summary: 'Lister les actions d’aller-vers du territoire, les plus récentes d’abord',
        tags: ['pilotage'],
        querystring: actionFilterSchema,
        response: { 200: z.array(actionSchema), ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await authoriseWhen(db, request, (role) => canPilot(role, 'pilotage.read'));
      return listOutreachActions(db, actor, request.query);
    },
  );

  api.post(
    '/api/pilotage/actions',
    {
      schema: {
        summary:
          'Enregistrer une action saisie sur l’appareil ; renvoyée avec le même clientId, elle n’est pas enregistrée deux fois',
        tags: ['pilotage'],
        body: actionSyncSchema,
        response: { 200: savedActionSchema, 201: savedActionSchema, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authoriseWhen(db, request, (role) => canPilot(role, 'action.write'));
      const saved = await saveOutreachAction(db, actor, request.body.clientId, request.body.action);
      return reply.code(saved.created ? 201 : 200).send(saved);
    },
  );

  api.put(
    '/api/pilotage/actions/:id',
    {
      schema: {
        summary: 'Modifier une de mes actions (ou, coordinateur, une action du territoire)',
        tags: ['pilotage'],
        params: idParamsSchema,
        body: actionInputSchema,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authoriseWhen(db, request, (role) => canPilot(role, 'action.write'));
      if (!(await updateOutreachAction(db, actor, request.params.id, request.body))) {
        throw notFound('Action');
      }
      return reply.code(204).send(null);
    },
  );

  api.delete(
    '/api/pilotage/actions/:id',
    {
      schema: {
        summary: 'Supprimer une de mes actions (ou, coordinateur, une action du territoire)',
        tags: ['pilotage'],
        params: idParamsSchema,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authoriseWhen(db, request, (role) => canPilot(role, 'action.write'));
      if (!(await deleteOutreachAction(db, actor, request.params.id))) throw notFound('Action');
      return reply.code(204).send(null);
    },
  );
}
