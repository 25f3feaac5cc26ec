import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema.ts';
import { notFound } from '../../http/actor.ts';
import { authorise } from '../authorise.ts';
import { refusalResponses } from '../../http/errors.ts';
import { presentAudit, presentHousehold, presentHouseholdSummary } from './presenter.ts';
import { createHousehold } from './create-household.ts';
import { eraseHousehold } from '../gdpr/erase-households.ts';
import { exportHousehold } from '../gdpr/export-household.ts';
import { readHouseholdAudit } from './read-household-audit.ts';
import { readHousehold } from './read-household.ts';
import { searchHouseholds } from './search-households.ts';
import { updateHousehold } from './update-household.ts';
import { auditFilterSchema } from '../case-file-schema.ts';
import {
  auditSchema,
  createdSchema,
  createHouseholdSchema,
  householdSchema,
  householdSearchSchema,
  householdSummarySchema,
  idParamsSchema,
  updateHouseholdSchema,
} from '../schema.ts';

/** `/api/households`: list and search, create, read and update a household's case file. */
export function householdRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/households',
    {
      schema: {
        summary:
          'Lister les ménages visibles, avec recherche par nom, date de naissance ou téléphone',
        tags: ['suivi'],
        querystring: householdSearchSchema,
        response: { 200: z.array(householdSummarySchema), ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await authorise(db, request, 'household.read');
      const found = await searchHouseholds(db, actor, request.query);
      return found.map((summary) => presentHouseholdSummary(summary, actor.organisationId));
    },
  );

  api.post(
    '/api/households',
    {
      schema: {
        summary: 'Ouvrir le dossier d’un ménage avec ses personnes',
        tags: ['suivi'],
        body: createHouseholdSchema,
        response: { 201: createdSchema, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authorise(db, request, 'household.write');
      const id = await createHousehold(db, actor, request.body);
      return reply.code(201).send({ id });
    },
  );

  api.get(
    '/api/households/:id',
    {
      schema: {
        summary:
          'Lire le dossier d’un ménage : personnes, consentements, bilans, droits, orientations, tâches',
        tags: ['suivi'],
        params: idParamsSchema,
        response: { 200: householdSchema, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await authorise(db, request, 'household.read');
      const view = await readHousehold(db, actor, request.params.id);
      if (view === undefined) throw notFound('Ménage');
      return presentHousehold(view, actor.organisationId);
    },
  );

  api.patch(
    '/api/households/:id',
    {
      schema: {
        summary: 'Modifier l’adresse d’un ménage de son organisation',
        tags: ['suivi'],
        params: idParamsSchema,
        body: updateHouseholdSchema,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authorise(db, request, 'household.write');
      if (!(await updateHousehold(db, actor, request.params.id, request.body))) {
        throw notFound('Ménage');
      }
      return reply.code(204).send(null);
    },
  );

  api.get(
    '/api/households/:id/export',
    {
      schema: {
        summary: 'Exporter tout ce qui est détenu sur le ménage (droit d’accès RGPD), en JSON',
        tags: ['suivi'],
        params: idParamsSchema,
        response: { 200: z.record(z.string(), z.unknown()), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authorise(db, request, 'household.erase');
      const content = await exportHousehold(db, actor, request.params.id);
      if (content === undefined) throw notFound('Ménage');
      void reply.header(
        'content-disposition',
        `attachment; filename="menage-${request.params.id}.json"`,
      );
      return content;
    },
  );

  api.delete(
    '/api/households/:id',
    {
      schema: {
        summary: 'Effacer le ménage à la demande de la personne (droit à l’effacement RGPD)',
        tags: ['suivi'],
        params: idParamsSchema,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authorise(db, request, 'household.erase');
      if (!(await eraseHousehold(db, actor, request.params.id))) throw notFound('Ménage');
      return reply.code(204).send(null);
    },
  );

  api.get(
    '/api/households/:id/audit',
    {
      schema: {
        summary:
          'Qui a consulté ou modifié ce ménage (administrateur), filtrable par organisation, compte, action et dates',
        tags: ['suivi'],
        params: idParamsSchema,
        querystring: auditFilterSchema,
        response: { 200: auditSchema, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await authorise(db, request, 'audit.read');
      return presentAudit(await readHouseholdAudit(db, actor, request.params.id, request.query));
    },
  );
}
