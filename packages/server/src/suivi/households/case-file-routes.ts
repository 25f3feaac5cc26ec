import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema.ts';
import { notFound } from '../../http/actor.ts';
import { authorise } from '../authorise.ts';
import { HttpRefusal, refusalResponses } from '../../http/errors.ts';
import { addPerson, updatePerson } from '../persons/edit-person.ts';
import { exportHouseholdPdf } from '../gdpr/export-household-pdf.ts';
import { readHouseholdTimeline } from './household-timeline.ts';
import { compareBilan, saveRerun } from '../bilans/rerun-bilan.ts';
import {
  personChangeSchema,
  rerunQuerySchema,
  rerunSchema,
  timelineSchema,
} from '../case-file-schema.ts';
import { createdSchema, idParamsSchema, personInputSchema } from '../schema.ts';

/** Persons of a household, its timeline, the PDF export, and re-running a saved bilan. */
export function caseFileRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/households/:id/persons',
    {
      schema: {
        summary: 'Ajouter une personne au ménage (nom, naissance, contact, place dans le ménage)',
        tags: ['suivi'],
        params: idParamsSchema,
        body: personInputSchema,
        response: { 201: createdSchema, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authorise(db, request, 'household.write');
      const id = await addPerson(db, actor, request.params.id, request.body);
      if (id === undefined) throw notFound('Ménage');
      return reply.code(201).send({ id });
    },
  );

  api.patch(
    '/api/persons/:id',
    {
      schema: {
        summary: 'Modifier une personne d’un ménage de son organisation',
        tags: ['suivi'],
        params: idParamsSchema,
        body: personChangeSchema,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authorise(db, request, 'household.write');
      if (!(await updatePerson(db, actor, request.params.id, request.body))) {
        throw notFound('Personne');
      }
      return reply.code(204).send(null);
    },
  );

  api.get(
    '/api/households/:id/timeline',
    {
      schema: {
        summary:
          'Chronologie du ménage : consentements, bilans, étapes des droits, orientations, tâches',
        tags: ['suivi'],
        params: idParamsSchema,
        response: { 200: timelineSchema, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await authorise(db, request, 'household.read');
      const events = await readHouseholdTimeline(db, actor, request.params.id);
      if (events === undefined) throw notFound('Ménage');
      return events.map((event) => ({ ...event, at: event.at.toISOString() }));
    },
  );

  api.get(
    '/api/households/:id/export.pdf',
    {
      schema: {
        summary:
          'Exporter tout ce qui est détenu sur le ménage (droit d’accès RGPD), en PDF lisible',
        tags: ['suivi'],
        params: idParamsSchema,
        produces: ['application/pdf'],
        response: {
          200: z.unknown().describe('Document PDF balisé, en français'),
          ...refusalResponses,
        },
      },
    },
    async (request, reply) => {
      const actor = await authorise(db, request, 'household.erase');
      const pdf = await exportHouseholdPdf(db, actor, request.params.id);
      if (pdf === undefined) throw notFound('Ménage');
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="menage-${request.params.id}.pdf"`)
        .send(pdf);
    },
  );

  api.get(
    '/api/bilans/:id/rerun',
    {
      schema: {
        summary:
          'Relancer un bilan avec la loi d’aujourd’hui : ce qui change pour chaque droit (sans enregistrer)',
        tags: ['suivi'],
        params: idParamsSchema,
        querystring: rerunQuerySchema,
        response: { 200: rerunSchema, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await authorise(db, request, 'household.read');
      const found = await compareBilan(db, actor, request.params.id, request.query.period);
      if (found === undefined) throw notFound('Bilan');
      // The recomputed situation stays on the server: only the comparison is shown.
      return {
        bilanId: found.bilanId,
        householdId: found.householdId,
        before: { ...found.before, createdAt: found.before.createdAt.toISOString() },
        after: found.after,
        benefits: found.benefits,
        composition: found.composition,
      };
    },
  );

  api.post(
    '/api/bilans/:id/rerun',
    {
      schema: {
        summary: 'Enregistrer le bilan relancé avec la loi d’aujourd’hui comme nouveau bilan',
        tags: ['suivi'],
        params: idParamsSchema,
        body: rerunQuerySchema,
        response: { 201: createdSchema, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authorise(db, request, 'bilan.write');
      const saved = await saveRerun(db, actor, request.params.id, request.body.period);
      if ('id' in saved) return reply.code(201).send(saved);
      if (saved.refused === 'introuvable') throw notFound('Bilan');
      throw new HttpRefusal(
        409,
        'consentement_manquant',
        'Demandez d’abord à la personne son consentement pour enregistrer le bilan.',
      );
    },
  );
}
