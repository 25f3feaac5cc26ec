import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  computeBatch,
  outputVariables,
  toOpenFiscaResults,
  parseMonth,
  situationsToPopulation,
  validateSituation,
  type OpenFiscaSituation,
} from '@znr/rules';
import { errorResponseSchema } from '../../http/errors.ts';
import { calculateBodySchema, type CalculateBody } from './schema.ts';

const OUTPUTS = new Set<string>(outputVariables);

interface Issue {
  field: string;
  message: string;
}

/** Periods requested for each output variable of each famille, and the problems found. */
function requests(body: CalculateBody): { periods: Set<string>; issues: Issue[] } {
  const periods = new Set<string>();
  const issues: Issue[] = [];
  for (const [kind, entities] of Object.entries(body)) {
    for (const [id, variables] of Object.entries(entities ?? {})) {
      for (const [name, series] of Object.entries(variables)) {
        if (!OUTPUTS.has(name)) continue;
        const field = `${kind}.${id}.${name}`;
        if (kind !== 'familles') {
          issues.push({
            field,
            message: `${name} se calcule pour une famille, pas dans « ${kind} »`,
          });
          continue;
        }
        if (typeof series !== 'object' || series === null) {
          issues.push({ field, message: 'objet {période: null} attendu' });
          continue;
        }
        for (const period of Object.keys(series)) {
          try {
            parseMonth(period);
            periods.add(period);
          } catch {
            issues.push({
              field: `${field}[${period}]`,
              message: 'période AAAA-MM attendue (calcul mensuel)',
            });
          }
        }
      }
    }
  }
  return { periods, issues };
}

/** `POST /api/calculate`: OpenFisca's `/calculate` for RSA, prime d'activité and housing aid. */
export function calculateRoutes(app: FastifyInstance): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/calculate',
    {
      schema: {
        summary: "Calculer RSA, prime d'activité et aides au logement d'une situation OpenFisca",
        description: `Même contrat que /calculate de l'API Web OpenFisca : les variables demandées (${outputVariables.join(', ')}) sont posées sur la famille avec null pour chaque mois voulu ; la réponse reprend la situation avec les valeurs calculées. Une variable non prise en charge ou une valeur invalide donne une erreur 400 qui les nomme.`,
        tags: ['calcul'],
        body: calculateBodySchema,
        response: { 200: calculateBodySchema, 400: errorResponseSchema },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const situation = body as OpenFiscaSituation;
      const { periods, issues } = requests(body);
      for (const problem of validateSituation(situation)) {
        const [field = '', message = problem] = problem.split(' : ');
        issues.push({ field, message });
      }
      if (periods.size === 0 && issues.length === 0) {
        issues.push({
          field: 'familles',
          message: `aucune variable demandée (${outputVariables.join(', ')})`,
        });
      }
      if (issues.length > 0) {
        return reply.code(400).send({
          error: 'validation',
          message:
            'La situation contient des variables non prises en charge ou des valeurs invalides.',
          issues,
        });
      }
      const familles = Object.entries(body.familles);
      const answer = structuredClone(body);
      for (const period of periods) {
        const { population } = situationsToPopulation([situation], period);
        // One row per famille: each famille gets its own values.
        const results = toOpenFiscaResults(
          computeBatch(population),
          familles.map(() => 1),
        );
        familles.forEach(([id], f) => {
          const values = results[f] as Record<string, unknown> | undefined;
          const variables = answer.familles[id]!;
          for (const [name, series] of Object.entries(variables)) {
            if (!OUTPUTS.has(name) || typeof series !== 'object' || series === null) continue;
            if (period in series)
              (series as Record<string, unknown>)[period] = values?.[name] ?? null;
          }
        });
      }
      return answer;
    },
  );
}
