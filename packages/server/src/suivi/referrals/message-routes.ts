import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/schema.ts';
import { notFound } from '../../http/actor.ts';
import { authorise } from '../authorise.ts';
import { refusalResponses } from '../../http/errors.ts';
import { presentMessage } from '../tasks/presenter.ts';
import { listReferralMessages, postReferralMessage, remindReferral } from './referral-messages.ts';
import { createdSchema, idParamsSchema } from '../schema.ts';
import { messageInputSchema, messageSchema } from '../tasks/schema.ts';

/** Messages between the two organisations of a referral, and the sender's reminder. */
export function referralMessageRoutes(
  app: FastifyInstance,
  db: Kysely<Database>,
  config: Pick<Config, 'ZNR_REFERRAL_REMINDER_DAYS'>,
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/referrals/:id/messages',
    {
      schema: {
        summary: 'Messages d’une orientation (les deux organisations seulement)',
        tags: ['suivi'],
        params: idParamsSchema,
        response: { 200: z.array(messageSchema), ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await authorise(db, request, 'household.read');
      const messages = await listReferralMessages(db, actor, request.params.id);
      if (messages === undefined) throw notFound('Orientation');
      return messages.map(presentMessage);
    },
  );

  api.post(
    '/api/referrals/:id/messages',
    {
      schema: {
        summary: 'Écrire à l’autre organisation de l’orientation',
        tags: ['suivi'],
        params: idParamsSchema,
        body: messageInputSchema,
        response: { 201: createdSchema, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authorise(db, request, 'referral.write');
      const id = await postReferralMessage(db, actor, request.params.id, request.body.body);
      if (id === undefined) throw notFound('Orientation');
      return reply.code(201).send({ id });
    },
  );

  api.post(
    '/api/referrals/:id/reminder',
    {
      schema: {
        summary:
          'Relancer une orientation restée sans réponse (organisation qui l’a envoyée), en un clic',
        tags: ['suivi'],
        params: idParamsSchema,
        response: { 201: createdSchema, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authorise(db, request, 'referral.write');
      const id = await remindReferral(
        db,
        actor,
        request.params.id,
        config.ZNR_REFERRAL_REMINDER_DAYS,
      );
      if (id === undefined) throw notFound('Orientation');
      return reply.code(201).send({ id });
    },
  );
}
