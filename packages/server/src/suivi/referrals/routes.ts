import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/schema.ts';
import { notFound } from '../../http/actor.ts';
import { authorise } from '../authorise.ts';
import { refusalResponses } from '../../http/errors.ts';
import { presentInbox } from '../households/presenter.ts';
import { answerReferral } from './answer-referral.ts';
import { listReferralInbox } from './list-referral-inbox.ts';
import { referHousehold } from './refer-household.ts';
import {
  createdSchema,
  idParamsSchema,
  inboxSchema,
  referralAnswerSchema,
  referralInputSchema,
} from '../schema.ts';

/** Referrals (orientations): send with the person's consent, answer, close, and the inbox. */
export function referralRoutes(
  app: FastifyInstance,
  db: Kysely<Database>,
  config: Pick<Config, 'ZNR_REFERRAL_REMINDER_DAYS'>,
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/households/:id/referrals',
    {
      schema: {
        summary:
          'Orienter le ménage vers une organisation partenaire, avec le consentement de la personne',
        tags: ['suivi'],
        params: idParamsSchema,
        body: referralInputSchema,
        response: { 201: createdSchema, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authorise(db, request, 'referral.write');
      const id = await referHousehold(db, actor, request.params.id, request.body);
      if (id === undefined) throw notFound('Ménage');
      return reply.code(201).send({ id });
    },
  );

  api.patch(
    '/api/referrals/:id',
    {
      schema: {
        summary: 'Accepter, refuser (avec motif) ou clôturer (avec résultat) une orientation',
        tags: ['suivi'],
        params: idParamsSchema,
        body: referralAnswerSchema,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authorise(db, request, 'referral.write');
      if (!(await answerReferral(db, actor, request.params.id, request.body))) {
        throw notFound('Orientation');
      }
      return reply.code(204).send(null);
    },
  );

  api.get(
    '/api/organisations',
    {
      schema: {
        summary: 'Organisations partenaires de mon territoire (vers qui orienter)',
        tags: ['suivi'],
        response: {
          200: z.array(z.object({ id: z.uuid(), name: z.string(), type: z.string() })),
          ...refusalResponses,
        },
      },
    },
    async (request) => {
      const actor = await authorise(db, request, 'household.read');
      return db
        .selectFrom('organisation as o')
        .innerJoin('organisation as own', 'own.territory_id', 'o.territory_id')
        .select(['o.id', 'o.name', 'o.type'])
        .where('own.id', '=', actor.organisationId)
        .where('o.id', '<>', actor.organisationId)
        .orderBy('o.name')
        .execute();
    },
  );

  api.get(
    '/api/referrals',
    {
      schema: {
        summary: 'Boîte des orientations de mon organisation, avec les nombres par état',
        tags: ['suivi'],
        response: { 200: inboxSchema, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await authorise(db, request, 'household.read');
      return presentInbox(await listReferralInbox(db, actor, config.ZNR_REFERRAL_REMINDER_DAYS));
    },
  );
}
