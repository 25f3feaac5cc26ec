import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema.ts';
import { authoriseWhen, notFound } from '../../http/actor.ts';
import { refusalResponses } from '../../http/errors.ts';
import {
  deleteDirectoryEntry,
  exportDirectory,
  importDirectory,
  listDirectory,
  saveService,
  saveStructure,
} from './directory.ts';
import {
  csvRecords,
  serviceFields,
  structureFields,
  toCsv,
  validateDirectoryFile,
} from './directory-files.ts';
import { modesAccueil, publics, thematiqueLabels, typesDeServices } from './referentials.ts';
import { canPilot } from '../policy.ts';
import type { Role } from '../../tenancy/roles.ts';
import {
  directoryEntrySchema,
  directoryQuerySchema,
  exportQuerySchema,
  importReportSchema,
  importSchema,
  referentialsSchema,
  serviceInputSchema,
  structureInputSchema,
} from './schema.ts';
import { createdSchema, idParamsSchema } from '../schema.ts';

const reader = (role: Role) => canPilot(role, 'pilotage.read');
const manager = (role: Role) => canPilot(role, 'network.write');

/** What the form may leave out: a schema id and source of our own, today as date of update. */
function filled<
  T extends { id?: string | undefined; source?: string | undefined; date_maj?: string | undefined },
>(record: T) {
  return {
    ...record,
    id: record.id ?? `znr--${randomUUID()}`,
    source: record.source ?? 'znr',
    date_maj: record.date_maj ?? new Date().toISOString().slice(0, 10),
  };
}

/** `/api/pilotage/reseau`: the partner directory in the data·inclusion schema. */
export function networkRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/pilotage/reseau',
    {
      schema: {
        summary:
          'Annuaire des partenaires ; avec q, ceux qui répondent au besoin (« qui appeler pour… »)',
        tags: ['pilotage'],
        querystring: directoryQuerySchema,
        response: { 200: z.array(directoryEntrySchema), ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await authoriseWhen(db, request, reader);
      return listDirectory(db, actor, request.query.q);
    },
  );

  api.get(
    '/api/pilotage/reseau/referentiels',
    {
      schema: {
        summary: 'Listes du schéma data·inclusion : thématiques (avec libellés), types, publics',
        tags: ['pilotage'],
        response: { 200: referentialsSchema, ...refusalResponses },
      },
    },
    async (request) => {
      await authoriseWhen(db, request, reader);
      return {
        thematiques: Object.entries(thematiqueLabels).map(([value, label]) => ({ value, label })),
        typesDeServices: [...typesDeServices],
        publics: [...publics],
        modesAccueil: [...modesAccueil],
      };
    },
  );

  api.post(
    '/api/pilotage/reseau/structures',
    {
      schema: {
        summary: 'Créer ou modifier (même id) une structure de l’annuaire',
        tags: ['pilotage'],
        body: structureInputSchema,
        response: { 201: createdSchema, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authoriseWhen(db, request, manager);
      const { structure, organisationId } = request.body;
      const id = await saveStructure(db, actor, filled(structure), organisationId ?? null);
      return reply.code(201).send({ id });
    },
  );

  api.post(
    '/api/pilotage/reseau/services',
    {
      schema: {
        summary: 'Créer ou modifier (même id) un service d’une structure de l’annuaire',
        tags: ['pilotage'],
        body: serviceInputSchema,
        response: { 201: createdSchema, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authoriseWhen(db, request, manager);
      const id = await saveService(db, actor, filled(request.body.service));
      if (id === null) throw notFound('Structure');
      return reply.code(201).send({ id });
    },
  );

  for (const [path, table, what] of [
    ['structures', 'network_structure', 'Structure'],
    ['services', 'network_service', 'Service'],
  ] as const) {
    api.delete(
      `/api/pilotage/reseau/${path}/:id`,
      {
        schema: {
          summary: `Supprimer ${path === 'structures' ? 'une structure et ses services' : 'un service'}`,
          tags: ['pilotage'],
          params: idParamsSchema,
          response: { 204: z.null(), ...refusalResponses },
        },
      },
      async (request, reply) => {
        const actor = await authoriseWhen(db, request, manager);
        if (!(await deleteDirectoryEntry(db, actor, table, request.params.id)))
          throw notFound(what);
        return reply.code(204).send(null);
      },
    );
  }

  api.post(
    '/api/pilotage/reseau/import',
    {
      bodyLimit: 25 * 1024 * 1024,
      schema: {
        summary:
          'Importer des structures et services au schéma data·inclusion (JSON, ou CSV d’un type) ; chaque enregistrement refusé est listé avec ses champs en erreur',
        tags: ['pilotage'],
        body: importSchema,
        response: { 200: importReportSchema, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await authoriseWhen(db, request, manager);
      const body = request.body;
      const file =
        body.format === 'json'
          ? { structures: body.structures, services: body.services }
          : { [body.type]: await csvRecords(body.content) };
      const validated = validateDirectoryFile(file);
      const report = await importDirectory(db, actor, validated);
      return { ...report, rejected: [...validated.rejected, ...report.rejected] };
    },
  );

  api.get(
    '/api/pilotage/reseau/export',
    {
      schema: {
        summary:
          'Exporter l’annuaire au schéma data·inclusion : JSON (structures et services) ou CSV d’un type',
        tags: ['pilotage'],
        querystring: exportQuerySchema,
        response: {
          200: z
            .object({ structures: z.array(z.unknown()), services: z.array(z.unknown()) })
            .or(z.string()),
          ...refusalResponses,
        },
      },
    },
    async (request, reply) => {
      const actor = await authoriseWhen(db, request, reader);
      const directory = await exportDirectory(db, actor);
      const { format, type } = request.query;
      if (format === 'json') {
        void reply.header(
          'content-disposition',
          'attachment; filename="reseau-data-inclusion.json"',
        );
        return directory;
      }
      const fields = type === 'structures' ? structureFields : serviceFields;
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="reseau-${type}.csv"`)
        .send(toCsv(directory[type], fields));
    },
  );

  api.get(
    '/api/pilotage/organisations',
    {
      schema: {
        summary: 'Organisations de mon territoire (équipes, ateliers)',
        tags: ['pilotage'],
        response: {
          200: z.array(z.object({ id: z.uuid(), name: z.string(), type: z.string() })),
          ...refusalResponses,
        },
      },
    },
    async (request) => {
      const actor = await authoriseWhen(db, request, reader);
      return db
        .selectFrom('organisation as o')
        .innerJoin('organisation as own', 'own.territory_id', 'o.territory_id')
        .select(['o.id', 'o.name', 'o.type'])
        .where('own.id', '=', actor.organisationId)
        .orderBy('o.name')
        .execute();
    },
  );
}
