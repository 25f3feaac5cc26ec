import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  computeBatch,
  explainTrace,
  withParameterSet,
  outputVariables,
  revaluationWarnings,
  toOpenFiscaResults,
  situationsToPopulation,
  validateSituation,
  type BatchResult,
  type Explanation,
  type Explanations,
  type OpenFiscaResults,
  type OpenFiscaSituation,
} from '@znr/rules';
import { errorResponseSchema } from '../http/errors.ts';
import { requests, type Request } from './requests.ts';
import { calculateRequestSchema, calculateResponseSchema, type CalculateBody } from './schema.ts';

/** Row of each famille and individu id in the batch the adapter builds (parents, then children). */
function layout(body: CalculateBody): {
  familles: Map<string, number>;
  individus: Map<string, number>;
} {
  const familles = new Map<string, number>();
  const individus = new Map<string, number>();
  const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
  Object.entries(body.familles).forEach(([id, famille], f) => {
    familles.set(id, f);
    for (const person of [...list(famille.parents), ...list(famille.enfants)])
      if (!individus.has(person)) individus.set(person, individus.size);
  });
  return { familles, individus };
}

const cents = (x: number): number => Math.round(x * 100) / 100;

/** The computed value of one request. */
function valueFor(
  body: CalculateBody,
  rows: ReturnType<typeof layout>,
  computed: { batch: BatchResult; results: OpenFiscaResults[] },
  request: Request,
): unknown {
  const last = computed.batch.states[computed.batch.states.length - 1]!;
  if (request.kind === 'individus') {
    const i = rows.individus.get(request.id);
    if (i === undefined) return null;
    return cents((request.name === 'aah' ? last.aah : last.asi)[i] ?? 0);
  }
  const f =
    request.kind === 'menages'
      ? familleOfMenage(body, (body.menages ?? {})[request.id] ?? {})
      : (rows.familles.get(request.id) ?? -1);
  const values = computed.results[f] as Record<string, unknown> | undefined;
  return values?.[request.name] ?? null;
}

/** The famille row a ménage's values are read from: the first famille whose parent lives there. */
function familleOfMenage(body: CalculateBody, menage: Record<string, unknown>): number {
  const members = ['personne_de_reference', 'conjoint', 'enfants', 'autres'].flatMap((role) =>
    Array.isArray(menage[role]) ? (menage[role] as unknown[]).map(String) : [],
  );
  return Object.values(body.familles).findIndex((famille) => {
    const first: unknown = Array.isArray(famille.parents) ? famille.parents[0] : undefined;
    return typeof first === 'string' && members.includes(first);
  });
}

/** The famille a request's value belongs to: itself, the individu's, or the ménage's. */
function familleOf(body: CalculateBody, rows: ReturnType<typeof layout>, request: Request): number {
  if (request.kind === 'familles') return rows.familles.get(request.id) ?? -1;
  if (request.kind === 'menages')
    return familleOfMenage(body, (body.menages ?? {})[request.id] ?? {});
  return Object.values(body.familles).findIndex((famille) =>
    ['parents', 'enfants'].some(
      (role) => Array.isArray(famille[role]) && (famille[role] as unknown[]).includes(request.id),
    ),
  );
}

/**
 * Each requested variable explained (status, reason, steps), by famille id then requested period:
 * one traced computation per famille and month.
 */
function explainRequests(
  body: CalculateBody,
  situation: OpenFiscaSituation,
  rows: ReturnType<typeof layout>,
  wanted: Request[],
): Record<string, Record<string, Record<string, Explanation>>> {
  const ids = Object.keys(body.familles);
  const traced = new Map<string, Explanations>();
  const out: Record<string, Record<string, Record<string, Explanation>>> = {};
  for (const request of wanted) {
    const f = familleOf(body, rows, request);
    if (f < 0) continue;
    const key = `${f} ${request.month}`;
    let explanations = traced.get(key);
    if (!explanations) {
      const { population } = situationsToPopulation([situation], request.month);
      const batch = computeBatch(population, { traceIndex: f });
      const results = toOpenFiscaResults(
        batch,
        ids.map(() => 1),
      )[f]!;
      explanations = explainTrace(batch.trace ?? [], results, request.month);
      traced.set(key, explanations);
    }
    const byPeriod = (out[ids[f]!] ??= {});
    (byPeriod[request.period] ??= {})[request.name] =
      explanations[request.name as keyof Explanations];
  }
  return out;
}

/** `POST /api/calculate`: OpenFisca's `/calculate` for every variable the engine computes. */
export function calculateRoutes(app: FastifyInstance): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/calculate',
    {
      schema: {
        summary:
          "Calculer les droits d'une situation OpenFisca (RSA, prime d'activité, aides au logement, prestations familiales, AAH, ASPA, ASI, CSS, chèque énergie)",
        description: `Même contrat que /calculate de l'API Web OpenFisca : les variables demandées (${outputVariables.join(', ')}) sont posées avec null pour chaque période voulue, sur l'entité d'OpenFisca : la famille (mois AAAA-MM ; ars : année AAAA), l'individu (aah, asi) ou le ménage (cheque_energie : année AAAA). Une variable annuelle se calcule sur la situation de juin de l'année. La réponse reprend la situation avec les valeurs calculées ; un revenu donné seulement en net (ou seulement imposable, ou brut) voit ses autres montants déduits, ce que dit la liste « warnings ». Une variable non prise en charge ou une valeur invalide donne une erreur 400 qui les nomme. Avec "explain": true, la réponse ajoute "explanations" : par famille puis par période demandée, chaque variable demandée avec son statut (eligible, a_verifier, non_eligible), son motif en français et les étapes du calcul (libellé, valeur, paramètres avec valeur, date et source), comme znr simulate --explain ; aah, asi et cheque_energie sont expliqués pour la famille de l'individu ou du ménage.`,
        tags: ['calcul'],
        body: calculateRequestSchema,
        response: { 200: calculateResponseSchema, 400: errorResponseSchema },
      },
    },
    async (request, reply) => {
      const { explain, parameters, ...body } = request.body;
      const situation = body as OpenFiscaSituation;
      const { wanted, issues } = requests(body);
      for (const problem of validateSituation(situation)) {
        const [field = '', message = problem] = problem.split(' : ');
        issues.push({ field, message });
      }
      if (wanted.length === 0 && issues.length === 0) {
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
      // The law of the day unless the overlay reproducing the oracle's reference is asked for;
      // the computation is synchronous, so the set cannot leak into another request.
      return withParameterSet(parameters ?? 'loi', () => {
        const answer: CalculateBody & { warnings?: string[] } = structuredClone(body);
        const warnings = new Set<string>();
        const rows = layout(body);
        const byMonth = new Map<string, { batch: BatchResult; results: OpenFiscaResults[] }>();
        for (const request of wanted) {
          let computed = byMonth.get(request.month);
          if (!computed) {
            const { population, warnings: assumed } = situationsToPopulation(
              [situation],
              request.month,
            );
            for (const warning of assumed[0] ?? []) warnings.add(warning);
            for (const warning of revaluationWarnings(population.month)) warnings.add(warning);
            const batch = computeBatch(population);
            // One row per famille: each famille gets its own values.
            const results = toOpenFiscaResults(
              batch,
              Object.keys(body.familles).map(() => 1),
            );
            computed = { batch, results };
            byMonth.set(request.month, computed);
          }
          const entity = (answer[request.kind] ?? {})[request.id]!;
          const series = entity[request.name] as Record<string, unknown>;
          series[request.period] = valueFor(body, rows, computed, request);
        }
        if (warnings.size > 0) answer.warnings = [...warnings];
        if (!explain) return answer;
        return { ...answer, explanations: explainRequests(body, situation, rows, wanted) };
      });
    },
  );
}
