import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema.ts';
import { forbidden, sessionActor, type RequestActor } from '../http/actor.ts';
import { HttpRefusal } from '../http/errors.ts';
import { refusalResponses } from '../http/errors.ts';
import { toCsv } from './export-csv.ts';
import { exportRows } from './export-rows.ts';
import { toXlsx } from './export-xlsx.ts';
import { indicatorFilters } from './filters.ts';
import type { IndicatorQuery } from './query.ts';
import { readIndicators } from './report.ts';
import { indicatorScope } from './policy.ts';
import {
  indicatorExportSchema,
  indicatorFiltersSchema,
  indicatorQuerySchema,
  indicatorReportSchema,
} from './schema.ts';

type QueryInput = z.infer<typeof indicatorQuerySchema>;

/** The actor, their scope, and the territories a query of theirs reads. */
async function scoped(db: Kysely<Database>, request: FastifyRequest, territoryId?: string) {
  const actor: RequestActor = await sessionActor(db, request);
  const scope = indicatorScope(actor.role);
  if (scope === undefined) throw forbidden();
  if (scope === 'national')
    return { actor, scope, territoryIds: territoryId ? [territoryId] : null };
  const own = await db
    .selectFrom('organisation')
    .select('territory_id')
    .where('id', '=', actor.organisationId)
    .executeTakeFirstOrThrow();
  if (territoryId !== undefined && territoryId !== own.territory_id) {
    throw new HttpRefusal(
      403,
      'interdit',
      'territoryId : vous ne voyez que les indicateurs de votre territoire.',
    );
  }
  return { actor, scope, territoryIds: [own.territory_id] };
}

function toQuery(input: QueryInput, territoryIds: string[] | null): IndicatorQuery {
  return {
    from: input.from,
    to: input.to,
    granularity: input.period,
    by: input.by ?? null,
    territoryIds,
    quartier: input.quartier,
    organisationId: input.organisationId,
    actionType: input.actionType,
    benefit: input.benefit,
    rule: input.rule,
  };
}

/** Indicators of the territory (coordinateur, pilote) or of all territories (évaluateur). */
export function indicatorRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/pilotage/indicators',
    {
      schema: {
        summary:
          'Indicateurs du territoire (coordinateur, pilote) ou de tous les territoires, petits effectifs masqués (évaluateur)',
        tags: ['pilotage'],
        querystring: indicatorQuerySchema,
        response: { 200: indicatorReportSchema, ...refusalResponses },
      },
    },
    async (request) => {
      const { actor, scope, territoryIds } = await scoped(db, request, request.query.territoryId);
      return readIndicators(db, actor, toQuery(request.query, territoryIds), {
        suppress: scope === 'national',
      });
    },
  );

  api.get(
    '/api/pilotage/indicators/export',
    {
      schema: {
        summary:
          'Export pour l’évaluation nationale (CSV « ; » UTF-8 avec BOM, XLSX ou JSON), effectifs de moins de 5 masqués avec secret secondaire',
        tags: ['pilotage'],
        querystring: indicatorExportSchema,
        response: { 200: z.any(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const { actor, territoryIds } = await scoped(db, request, request.query.territoryId);
      const query = toQuery(request.query, territoryIds);
      const report = await readIndicators(db, actor, query, { suppress: true });
      const rows = exportRows(report, query.by);
      const name = `indicateurs-${query.from}-${query.to}`;
      const format = request.query.format;
      void reply.header('content-disposition', `attachment; filename="${name}.${format}"`);
      if (format === 'csv') {
        return reply.type('text/csv; charset=utf-8').send(toCsv(rows));
      }
      const parameters: [string, string][] = [
        ['format', 'znr-indicateurs/1'],
        ['du', query.from],
        ['au', query.to],
        ['periode', query.granularity],
        ['territoires', territoryIds === null ? 'tous' : territoryIds.join(', ')],
        ['genere_le', new Date().toISOString()],
      ];
      if (format === 'xlsx') {
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .send(await toXlsx(rows, parameters));
      }
      return reply
        .type('application/json; charset=utf-8')
        .send(JSON.stringify({ ...Object.fromEntries(parameters), lignes: rows }));
    },
  );

  api.get(
    '/api/pilotage/indicators/filters',
    {
      schema: {
        summary: 'Ce que les filtres du tableau de bord proposent',
        tags: ['pilotage'],
        response: { 200: indicatorFiltersSchema, ...refusalResponses },
      },
    },
    async (request) => {
      const { actor, scope, territoryIds } = await scoped(db, request);
      return { scope, ...(await indicatorFilters(db, actor, territoryIds)) };
    },
  );
}
