import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema.ts';
import { authoriseWhen, notFound } from '../http/actor.ts';
import { HttpRefusal, refusalResponses } from '../http/errors.ts';
import type { JobRunner } from '../jobs/queue.ts';
import { canReperage, type ReperageAction } from './policy.ts';
import {
  agreementRefusal,
  createAgreement,
  listAgreements,
  readAgreement,
  setAgreementStatus,
  todayInFrance,
  type Agreement,
} from './agreements.ts';
import { agreementHistory, updateAgreementTerms } from './agreement-terms.ts';
import { CANONICAL_FIELDS } from './fields.ts';
import { listImports, organisationNames, readImport } from './import-queries.ts';
import { createImport, savedMapping } from './imports.ts';
import { createLinkageRun, listLinkageRuns, readLinkageRun } from './linkage-runs.ts';
import { previewFile, storeUpload } from './uploads.ts';
import type { Role } from '../tenancy/roles.ts';
import {
  agreementHistorySchema,
  agreementInputSchema,
  agreementSchema,
  agreementStatusSchema,
  createdSchema,
  fieldSchema,
  idParamsSchema,
  importCreatedSchema,
  importDetailSchema,
  importInputSchema,
  importSummarySchema,
  runInputSchema,
  runSchema,
  uploadQuerySchema,
  uploadSchema,
} from './schema.ts';

/** The role check of a repérage action, for authoriseWhen. */
function may(action: ReperageAction): (role: Role) => boolean {
  return (role) => canReperage(role, action);
}

/** Where files wait and how large they may be. */
export interface UploadOptions {
  folder: string;
  maxBytes: number;
}

async function presentAgreements(db: Kysely<Database>, agreements: readonly Agreement[]) {
  const names = await organisationNames(
    db,
    agreements.flatMap((agreement) => agreement.parties),
  );
  const today = todayInFrance();
  return agreements.map((agreement) => {
    const refusal = agreementRefusal(agreement, today) ?? null;
    return {
      id: agreement.id,
      title: agreement.title,
      purpose: agreement.purpose,
      legalBasis: agreement.legal_basis,
      parties: agreement.parties.map((id) => ({ id, name: names.get(id) ?? '' })),
      fields: agreement.fields,
      retentionMonths: agreement.retention_months,
      dpoContact: agreement.dpo_contact,
      validFrom: agreement.valid_from,
      validTo: agreement.valid_to,
      status: agreement.status,
      usable: refusal === null,
      refusal,
      createdAt: agreement.created_at.toISOString(),
    };
  });
}

type ImportRow = Awaited<ReturnType<typeof listImports>>[number];

function presentImport(row: ImportRow) {
  return {
    id: row.id,
    agreementId: row.agreement_id,
    organisation: row.organisation,
    partner: row.partner,
    fileName: row.file_name,
    format: row.file_format,
    status: row.status,
    progress: row.progress,
    rowsTotal: row.rows_total,
    rowsValid: row.rows_valid,
    rowsRejected: row.rows_rejected,
    error: row.error,
    createdAt: row.created_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
  };
}

type RunRow = NonNullable<Awaited<ReturnType<typeof readLinkageRun>>>;

function presentRun(row: RunRow) {
  return {
    id: row.id,
    agreementId: row.agreement_id,
    importIds: row.import_ids,
    status: row.status,
    progress: row.progress,
    stage: row.stage,
    quality: row.quality ?? null,
    error: row.error,
    startedAt: row.started_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
  };
}

/**
 * Repérage, data side: the field catalogue, data-sharing agreements, uploads with their mapping
 * preview, imports with their report, and linkage runs with their quality figures.
 */
export async function reperageRoutes(
  app: FastifyInstance,
  db: Kysely<Database>,
  jobs: JobRunner,
  uploads: UploadOptions,
): Promise<void> {
  await app.register(multipart, { limits: { fileSize: uploads.maxBytes + 1, files: 1 } });
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['reperage'];

  api.get(
    '/api/reperage/fields',
    {
      schema: {
        summary: 'Catalogue des champs partagés (identité et attributs)',
        tags,
        response: { 200: z.array(fieldSchema), ...refusalResponses },
      },
    },
    async (request) => {
      await authoriseWhen(db, request, may('agreement.read'));
      return CANONICAL_FIELDS.map((field) => ({
        ...field,
        headers: [...field.headers],
        values: field.values ? [...field.values] : undefined,
      }));
    },
  );

  api.get(
    '/api/reperage/agreements',
    {
      schema: {
        summary: 'Conventions de partage de données visibles (parties, coordination du territoire)',
        tags,
        response: { 200: z.array(agreementSchema), ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await authoriseWhen(db, request, may('agreement.read'));
      return presentAgreements(db, await listAgreements(db, actor));
    },
  );

  api.post(
    '/api/reperage/agreements',
    {
      schema: {
        summary:
          'Créer une convention (en brouillon) ; sa clé de pseudonymisation est tirée à part',
        tags,
        body: agreementInputSchema,
        response: { 201: createdSchema, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authoriseWhen(db, request, may('agreement.manage'));
      const id = await createAgreement(db, actor, request.body);
      return reply.code(201).send({ id });
    },
  );

  api.get(
    '/api/reperage/agreements/:id',
    {
      schema: {
        summary: 'Une convention',
        tags,
        params: idParamsSchema,
        response: { 200: agreementSchema, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await authoriseWhen(db, request, may('agreement.read'));
      const agreement = await readAgreement(db, actor, request.params.id);
      if (agreement === undefined) throw notFound('Convention');
      const [presented] = await presentAgreements(db, [agreement]);
      return presented;
    },
  );

  api.put(
    '/api/reperage/agreements/:id',
    {
      schema: {
        summary:
          'Modifier les termes d’une convention (avenant) : parties, champs, dates, conservation, DPO…',
        description:
          'Mêmes contrôles qu’à la création ; refusé pour une convention terminée. Les termes remplacés sont gardés dans l’historique, la modification est tracée.',
        tags,
        params: idParamsSchema,
        body: agreementInputSchema,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authoriseWhen(db, request, may('agreement.manage'));
      if (!(await updateAgreementTerms(db, actor, request.params.id, request.body))) {
        throw notFound('Convention');
      }
      return reply.code(204).send(null);
    },
  );

  api.get(
    '/api/reperage/agreements/:id/history',
    {
      schema: {
        summary: 'Historique des modifications d’une convention',
        tags,
        params: idParamsSchema,
        response: { 200: agreementHistorySchema, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await authoriseWhen(db, request, may('agreement.read'));
      const history = await agreementHistory(db, actor, request.params.id);
      if (history === undefined) throw notFound('Convention');
      return history.map((change) => ({ ...change, changedAt: change.changedAt.toISOString() }));
    },
  );

  api.patch(
    '/api/reperage/agreements/:id/status',
    {
      schema: {
        summary: 'Activer, suspendre ou terminer une convention',
        tags,
        params: idParamsSchema,
        body: agreementStatusSchema,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authoriseWhen(db, request, may('agreement.manage'));
      if (!(await setAgreementStatus(db, actor, request.params.id, request.body.status))) {
        throw notFound('Convention');
      }
      return reply.code(204).send(null);
    },
  );

  api.get(
    '/api/reperage/agreements/:id/imports',
    {
      schema: {
        summary: 'Imports d’une convention (ceux de mon organisation ; tous pour la coordination)',
        tags,
        params: idParamsSchema,
        response: { 200: z.array(importSummarySchema), ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await authoriseWhen(db, request, may('import.read'));
      return (await listImports(db, actor, request.params.id)).map(presentImport);
    },
  );

  api.post(
    '/api/reperage/uploads',
    {
      schema: {
        summary:
          'Déposer un fichier de partenaire (CSV ou XLSX, multipart, champ « fichier ») : en-tête, premières lignes et correspondance proposée',
        tags,
        consumes: ['multipart/form-data'],
        querystring: uploadQuerySchema,
        response: { 201: uploadSchema, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authoriseWhen(db, request, may('import.write'));
      if (!request.isMultipart()) {
        throw new HttpRefusal(
          409,
          'fichier_manquant',
          'Envoyez le fichier en multipart/form-data.',
        );
      }
      const part = await request.file();
      if (part === undefined) {
        throw new HttpRefusal(409, 'fichier_manquant', 'Aucun fichier reçu.');
      }
      const stored = await storeUpload(uploads.folder, part.file, uploads.maxBytes);
      const saved = await savedMapping(db, actor, request.query.partner);
      const preview = await previewFile(stored.path, stored.format, saved);
      return reply.code(201).send({
        uploadId: stored.uploadId,
        fileName: part.filename,
        bytes: stored.bytes,
        ...preview,
      });
    },
  );

  api.post(
    '/api/reperage/imports',
    {
      schema: {
        summary:
          'Importer un fichier déposé sous une convention, avec sa correspondance de colonnes (tâche de fond)',
        tags,
        body: importInputSchema,
        response: { 201: importCreatedSchema, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authoriseWhen(db, request, may('import.write'));
      const created = await createImport(db, actor, request.body, uploads.folder);
      if (created === undefined) throw notFound('Convention');
      jobs.wake();
      return reply.code(201).send(created);
    },
  );

  api.get(
    '/api/reperage/imports/:id',
    {
      schema: {
        summary: 'Un import : avancement, comptes et lignes rejetées (ligne, colonne, motif)',
        tags,
        params: idParamsSchema,
        response: { 200: importDetailSchema, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await authoriseWhen(db, request, may('import.read'));
      const row = await readImport(db, actor, request.params.id);
      if (row === undefined) throw notFound('Import');
      return {
        ...presentImport(row),
        mapping: row.mapping,
        report: row.report,
      };
    },
  );

  api.post(
    '/api/reperage/agreements/:id/runs',
    {
      schema: {
        summary: 'Lancer un rapprochement des imports d’une convention (tâche de fond)',
        tags,
        params: idParamsSchema,
        body: runInputSchema,
        response: { 201: createdSchema, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authoriseWhen(db, request, may('linkage.manage'));
      const id = await createLinkageRun(db, actor, {
        agreementId: request.params.id,
        importIds: request.body.importIds,
      });
      if (id === undefined) throw notFound('Convention');
      jobs.wake();
      return reply.code(201).send({ id });
    },
  );

  api.get(
    '/api/reperage/agreements/:id/runs',
    {
      schema: {
        summary: 'Rapprochements d’une convention',
        tags,
        params: idParamsSchema,
        response: { 200: z.array(runSchema), ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await authoriseWhen(db, request, may('linkage.manage'));
      return (await listLinkageRuns(db, actor, request.params.id)).map(presentRun);
    },
  );

  api.get(
    '/api/reperage/runs/:id',
    {
      schema: {
        summary: 'Un rapprochement : avancement et indicateurs de qualité',
        tags,
        params: idParamsSchema,
        response: { 200: runSchema, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await authoriseWhen(db, request, may('linkage.manage'));
      const run = await readLinkageRun(db, actor, request.params.id);
      if (run === undefined) throw notFound('Rapprochement');
      return presentRun(run);
    },
  );
}
