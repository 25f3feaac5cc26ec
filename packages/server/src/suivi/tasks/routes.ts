import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema.ts';
import { notFound } from '../../http/actor.ts';
import { authorise } from '../authorise.ts';
import { refusalResponses } from '../../http/errors.ts';
import { presentTask } from './presenter.ts';
import { closeFollowUp } from '../rights/close-follow-up.ts';
import { listTasks, readTask } from './list-tasks.ts';
import { createTask, deleteTask, updateTask } from './save-task.ts';
import { createdSchema, idParamsSchema } from '../schema.ts';
import {
  closureInputSchema,
  memberSchema,
  taskChangeSchema,
  taskFilterSchema,
  taskInputSchema,
  taskSchema,
} from './schema.ts';

/** Follow-up tasks ("mes tâches"), the household's closing, and who to assign a task to. */
export function taskRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/tasks',
    {
      schema: {
        summary:
          'Lister les tâches de mon organisation (ou les miennes), en retard et du jour d’abord',
        tags: ['suivi'],
        querystring: taskFilterSchema,
        response: { 200: z.array(taskSchema), ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await authorise(db, request, 'household.read');
      return (await listTasks(db, actor, request.query)).map(presentTask);
    },
  );

  api.get(
    '/api/tasks/:id',
    {
      schema: {
        summary: 'Lire une tâche de mon organisation',
        tags: ['suivi'],
        params: idParamsSchema,
        response: { 200: taskSchema, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await authorise(db, request, 'household.read');
      const task = await readTask(db, actor, request.params.id);
      if (task === undefined) throw notFound('Tâche');
      return presentTask(task);
    },
  );

  api.post(
    '/api/households/:id/tasks',
    {
      schema: {
        summary: 'Créer une tâche de suivi (échéance, membre de mon organisation chargé)',
        tags: ['suivi'],
        params: idParamsSchema,
        body: taskInputSchema,
        response: { 201: createdSchema, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authorise(db, request, 'task.write');
      const id = await createTask(db, actor, request.params.id, request.body);
      if (id === undefined) throw notFound('Ménage');
      return reply.code(201).send({ id });
    },
  );

  api.patch(
    '/api/tasks/:id',
    {
      schema: {
        summary: 'Modifier une tâche, la clore avec son résultat ou la rouvrir',
        tags: ['suivi'],
        params: idParamsSchema,
        body: taskChangeSchema,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authorise(db, request, 'task.write');
      if (!(await updateTask(db, actor, request.params.id, request.body))) {
        throw notFound('Tâche');
      }
      return reply.code(204).send(null);
    },
  );

  api.delete(
    '/api/tasks/:id',
    {
      schema: {
        summary: 'Supprimer une tâche de mon organisation (créée par erreur ou devenue sans objet)',
        tags: ['suivi'],
        params: idParamsSchema,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authorise(db, request, 'task.write');
      if (!(await deleteTask(db, actor, request.params.id))) throw notFound('Tâche');
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/api/households/:id/closure',
    {
      schema: {
        summary: 'Clore l’accompagnement du ménage avec son résultat (organisation du ménage)',
        tags: ['suivi'],
        params: idParamsSchema,
        body: closureInputSchema,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authorise(db, request, 'household.write');
      if (!(await closeFollowUp(db, actor, request.params.id, request.body.outcome))) {
        throw notFound('Ménage');
      }
      return reply.code(204).send(null);
    },
  );

  api.delete(
    '/api/households/:id/closure',
    {
      schema: {
        summary: 'Rouvrir l’accompagnement du ménage',
        tags: ['suivi'],
        params: idParamsSchema,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authorise(db, request, 'household.write');
      if (!(await closeFollowUp(db, actor, request.params.id, null))) throw notFound('Ménage');
      return reply.code(204).send(null);
    },
  );

  api.get(
    '/api/members',
    {
      schema: {
        summary: 'Membres de mon organisation (à qui confier une tâche)',
        tags: ['suivi'],
        response: { 200: z.array(memberSchema), ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await authorise(db, request, 'household.read');
      return db
        .selectFrom('membership as m')
        .innerJoin('app_user as u', 'u.id', 'm.user_id')
        .select(['u.id', 'u.display_name as name', 'm.role'])
        .where('m.organisation_id', '=', actor.organisationId)
        .orderBy('u.display_name')
        .execute();
    },
  );
}
