import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema.ts';
import { notFound } from '../../http/actor.ts';
import { refusalResponses } from '../../http/errors.ts';
import { detectionRules } from '../detection/rules.ts';
import { authorise } from './authorise.ts';
import { assignCandidates, listAssignees } from './assign-candidates.ts';
import { invitationLetters } from './invitation-letters.ts';
import { listDetectableRuns, listDetectionRuns } from './list-detection-runs.ts';
import { listMyCandidates } from './list-my-candidates.ts';
import { listOutreachCandidates } from './list-outreach-candidates.ts';
import { openCandidateHousehold } from './open-candidate-household.ts';
import { outreachConversion } from './outreach-conversion.ts';
import { recordOutreachOutcome } from './record-outreach-outcome.ts';
import { createDetectionRun } from './run-detection.ts';
import type { JobRunner } from '../../jobs/queue.ts';
import {
  assigneeSchema,
  assignmentSchema,
  candidateLineSchema,
  candidateQuerySchema,
  conversionSchema,
  detectionInputSchema,
  detectionRunSchema,
  idParamsSchema,
  lettersSchema,
  myCandidateSchema,
  outcomeSchema,
  ruleSchema,
} from './schema.ts';

const tags = ['reperage-prise-de-contact'];

/**
 * Repérage, outreach side: detection runs (a job whose progress is polled), the ranked
 * pseudonymous list and its assignment (coordinator), the assigned people re-identified, their
 * outcome, invitation letters and case files (ambassador), conversion per rule.
 */
export function outreachRoutes(app: FastifyInstance, db: Kysely<Database>, jobs: JobRunner): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/reperage/rules',
    {
      schema: {
        summary: 'Les règles de détection (identifiant, titre, droits concernés)',
        tags,
        response: { 200: z.array(ruleSchema), ...refusalResponses },
      },
    },
    async (request) => {
      await authorise(db, request, 'outreach.read');
      return detectionRules.map((r) => ({ id: r.id, title: r.title, benefits: r.benefits }));
    },
  );

  api.get(
    '/api/reperage/detections/sources',
    {
      schema: {
        summary: 'Les rapprochements terminés sur lesquels lancer une détection',
        tags,
        response: {
          200: z.array(
            z.object({
              id: z.uuid(),
              agreementTitle: z.string(),
              finishedAt: z.string().nullable(),
              persons: z.number(),
            }),
          ),
          ...refusalResponses,
        },
      },
    },
    async (request) => listDetectableRuns(db, await authorise(db, request, 'outreach.manage')),
  );

  api.post(
    '/api/reperage/detections',
    {
      schema: {
        summary: 'Lancer une détection sur un rapprochement terminé (tâche de fond)',
        tags,
        body: detectionInputSchema,
        response: { 202: z.object({ id: z.uuid() }), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authorise(db, request, 'outreach.manage');
      const id = await createDetectionRun(db, actor, request.body);
      if (id === undefined) throw notFound('Rapprochement');
      // A job of this process: it saves its progress on the run, resumed after a crash.
      jobs.wake();
      return reply.code(202).send({ id });
    },
  );

  api.get(
    '/api/reperage/detections',
    {
      schema: {
        summary: 'Les détections du territoire, les plus récentes d’abord',
        tags,
        response: { 200: z.array(detectionRunSchema), ...refusalResponses },
      },
    },
    async (request) => listDetectionRuns(db, await authorise(db, request, 'outreach.manage')),
  );

  api.get(
    '/api/reperage/detections/:id',
    {
      schema: {
        summary: 'Une détection : état et avancement',
        tags,
        params: idParamsSchema,
        response: { 200: detectionRunSchema, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await authorise(db, request, 'outreach.manage');
      const [run] = await listDetectionRuns(db, actor, request.params.id);
      if (run === undefined) throw notFound('Détection');
      return run;
    },
  );

  api.get(
    '/api/reperage/detections/:id/candidates',
    {
      schema: {
        summary:
          'La liste classée des personnes repérées (pseudonymes : règle, montant, priorité, commune)',
        tags,
        params: idParamsSchema,
        querystring: candidateQuerySchema,
        response: {
          200: z.object({ total: z.number(), items: z.array(candidateLineSchema) }),
          ...refusalResponses,
        },
      },
    },
    async (request) => {
      const actor = await authorise(db, request, 'outreach.manage');
      const { unassigned, ...filter } = request.query;
      return listOutreachCandidates(db, actor, {
        runId: request.params.id,
        ...filter,
        unassigned: unassigned === 'true',
      });
    },
  );

  api.get(
    '/api/reperage/detections/:id/assignees',
    {
      schema: {
        summary:
          'Les ambassadeurs et travailleurs sociaux des organisations parties à la convention',
        tags,
        params: idParamsSchema,
        response: { 200: z.array(assigneeSchema), ...refusalResponses },
      },
    },
    async (request) =>
      listAssignees(db, await authorise(db, request, 'outreach.manage'), request.params.id),
  );

  api.post(
    '/api/reperage/detections/:id/assignments',
    {
      schema: {
        summary: 'Attribuer des personnes repérées à un ambassadeur (ou retirer l’attribution)',
        tags,
        params: idParamsSchema,
        body: assignmentSchema,
        response: { 200: z.object({ changed: z.number() }), ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await authorise(db, request, 'outreach.manage');
      const changed = await assignCandidates(db, actor, {
        runId: request.params.id,
        ...request.body,
      });
      return { changed };
    },
  );

  api.get(
    '/api/reperage/conversion',
    {
      schema: {
        summary: 'Conversion par règle : repérés → attribués → contactés → bilans → droits ouverts',
        tags,
        querystring: z.object({
          runId: z.uuid().optional().describe('Une détection ; toutes sinon'),
        }),
        response: { 200: z.array(conversionSchema), ...refusalResponses },
      },
    },
    async (request) =>
      outreachConversion(db, await authorise(db, request, 'outreach.manage'), request.query.runId),
  );

  api.get(
    '/api/reperage/mes-personnes',
    {
      schema: {
        summary: 'Les personnes qui me sont attribuées, ré-identifiées (chaque lecture est tracée)',
        tags,
        response: {
          200: z.array(myCandidateSchema),
          ...refusalResponses,
        },
      },
    },
    async (request) => listMyCandidates(db, await authorise(db, request, 'outreach.follow')),
  );

  api.put(
    '/api/reperage/candidates/:id/outcome',
    {
      schema: {
        summary: 'Noter le résultat de la prise de contact',
        tags,
        params: idParamsSchema,
        body: outcomeSchema,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authorise(db, request, 'outreach.follow');
      if (!(await recordOutreachOutcome(db, actor, request.params.id, request.body))) {
        throw notFound('Personne repérée');
      }
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/api/reperage/candidates/:id/household',
    {
      schema: {
        summary:
          'Créer le dossier du ménage depuis la personne repérée (droits de la règle suivis)',
        tags,
        params: idParamsSchema,
        response: { 201: z.object({ id: z.uuid() }), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authorise(db, request, 'outreach.follow');
      const id = await openCandidateHousehold(db, actor, request.params.id);
      if (id === undefined) throw notFound('Personne repérée');
      return reply.code(201).send({ id });
    },
  );

  api.post(
    '/api/reperage/letters',
    {
      schema: {
        summary: 'Courriers d’invitation (PDF) pour mes personnes sans téléphone ni courriel',
        tags,
        body: lettersSchema,
        response: { 200: z.any().describe('application/pdf'), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await authorise(db, request, 'outreach.follow');
      const letters = await invitationLetters(db, actor, request.body);
      if (letters === undefined) throw notFound('Personne à qui écrire');
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', 'attachment; filename="courriers-invitation.pdf"')
        .header('x-letters', String(letters.count))
        .send(letters.pdf);
    },
  );
}
