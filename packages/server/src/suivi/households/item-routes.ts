import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema.ts';
import { notFound } from '../../http/actor.ts';
import { authorise } from '../authorise.ts';
import { HttpRefusal, refusalResponses } from '../../http/errors.ts';
import { openRight, updateRight } from '../rights/follow-right.ts';
import { recordConsent, withdrawConsent } from '../consents/record-consent.ts';
import { saveBilan } from '../bilans/save-bilan.ts';
import {
  bilanInputSchema,
  consentInputSchema,
  createdSchema,
  idParamsSchema,
  openRightSchema,
  savedBilanSchema,
  updateRightSchema,
} from '../schema.ts';

/** Consents, bilans and followed rights of a household. */
export function householdItemRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/households/:id/consents',
    {
      schema: {
        summary: 'Enregistrer un consentement (bilan, partage avec un partenaire, recontact)',
        tags: ['suivi'],
        params: idParamsSchema,
        body: consentInputSchema,
        response: { 201: createdSchema, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authorise(db, request, 'consent.write');
      const id = await recordConsent(db, actor, request.params.id, request.body);
      if (id === undefined) throw notFound('Ménage');
      return reply.code(201).send({ id });
    },
  );

  api.post(
    '/api/consents/:id/withdraw',
    {
      schema: {
        summary: 'Retirer un consentement',
        tags: ['suivi'],
        params: idParamsSchema,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authorise(db, request, 'consent.write');
      if (!(await withdrawConsent(db, actor, request.params.id))) throw notFound('Consentement');
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/api/households/:id/bilans',
    {
      schema: {
        summary:
          'Enregistrer un bilan de droits au dossier (consentement « bilan » requis ; même clientId : pas de doublon)',
        tags: ['suivi'],
        params: idParamsSchema,
        body: bilanInputSchema,
        response: { 200: savedBilanSchema, 201: savedBilanSchema, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authorise(db, request, 'bilan.write');
      const saved = await saveBilan(db, actor, request.params.id, request.body);
      if ('id' in saved) return reply.code(saved.created ? 201 : 200).send(saved);
      if (saved.refused === 'introuvable') throw notFound('Ménage');
      throw new HttpRefusal(
        409,
        'consentement_manquant',
        'Demandez d’abord à la personne son consentement pour enregistrer le bilan.',
      );
    },
  );

  api.post(
    '/api/households/:id/rights',
    {
      schema: {
        summary: 'Suivre un droit pour le ménage (depuis un bilan : un clic)',
        tags: ['suivi'],
        params: idParamsSchema,
        body: openRightSchema,
        response: { 201: createdSchema, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authorise(db, request, 'right.write');
      const id = await openRight(db, actor, request.params.id, request.body).catch(
        (error: unknown) => {
          // Row-level security refuses a household of another organisation.
          if (error instanceof Error && /row-level security/.test(error.message)) return undefined;
          throw error;
        },
      );
      if (id === undefined) throw notFound('Ménage');
      return reply.code(201).send({ id });
    },
  );

  api.patch(
    '/api/rights/:id',
    {
      schema: {
        summary: 'Faire avancer un droit suivi (étape, montants, organisme, motif)',
        tags: ['suivi'],
        params: idParamsSchema,
        body: updateRightSchema,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authorise(db, request, 'right.write');
      if (!(await updateRight(db, actor, request.params.id, request.body))) {
        throw notFound('Droit');
      }
      return reply.code(204).send(null);
    },
  );
}
