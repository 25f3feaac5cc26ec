import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  computeBatch,
  HousingAidType,
  outputVariables,
  parseMonth,
  situationsToPopulation,
  validateSituation,
  type BatchResult,
  type OpenFiscaSituation,
} from '@znr/rules';
import { errorResponseSchema } from '../../http/errors.ts';
import { calculateBodySchema, type CalculateBody } from './schema.ts';

const OUTPUTS = new Set<string>(outputVariables);
const TYPE_NAMES: Record<number, string | null> = {
  [HousingAidType.none]: null,
  [HousingAidType.apl]: 'apl',
  [HousingAidType.als]: 'als',
  [HousingAidType.alf]: 'alf',
};

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

function valueOf(result: BatchResult, name: string, f: number): number | string | null {
  const type = result.aideLogementType[f]!;
  const housing = Math.round(result.aidesLogement.amount[f]! * 100) / 100;
  switch (name) {
    case 'rsa':
      return Math.round(result.rsa.amount[f]! * 100) / 100;
    case 'ppa':
      return Math.round(result.primeActivite.amount[f]! * 100) / 100;
    case 'aide_logement':
      return housing;
    case 'aide_logement_type':
      return TYPE_NAMES[type] ?? null;
    default:
      return TYPE_NAMES[type] === name ? housing : 0;
  }
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
        const result = computeBatch(population);
        familles.forEach(([id], f) => {
          const variables = answer.familles[id]!;
          for (const [name, series] of Object.entries(variables)) {
            if (!OUTPUTS.has(name) || typeof series !== 'object' || series === null) continue;
            if (period in series)
              (series as Record<string, unknown>)[period] = valueOf(result, name, f);
          }
        });
      }
      return answer;
    },
  );
}
