import { computeBatch } from './batch.ts';
import { benefitRegistry } from './benefits/registry.ts';
import { explanationStep, stepNumber, type Explanation, type Verdict } from './explanation.ts';
import { roundEuros } from './french-format.ts';
import { situationsToPopulation, type OpenFiscaSituation } from './openfisca/adapter.ts';
import { toOpenFiscaResults, type OpenFiscaResults } from './openfisca/output.ts';
import type { OutputVariable } from './openfisca/variables.ts';
import { parseMonth, yearNMinus2 } from './periods.ts';
import { refused } from './reason-text.ts';
import type { TraceNode } from './trace.ts';

/** The explanation of every output variable, under OpenFisca's names. */
export type Explanations = Record<OutputVariable, Explanation>;

const HOUSING_AIDS = { apl: 'l’APL', als: 'l’ALS', alf: 'l’ALF' } as const;
const WHY_TYPE = {
  apl: 'l’APL est pour un logement conventionné, le plus souvent un HLM',
  alf: 'l’ALF est pour un foyer avec une personne à charge',
  als: 'l’ALS est pour les autres locataires',
} as const;

function explained(node: TraceNode, verdict: Verdict): Explanation {
  return { ...verdict, steps: [explanationStep(node)] };
}

/** A step over the benefit's own trace, valued as the output variable (APL, CSS gratuite…). */
function over(label: string, value: number | string | boolean | null, node: TraceNode) {
  return [{ label, value, parameters: [], steps: [explanationStep(node)] }];
}

/**
 * The explanation of every output variable from the trace of one famille and its results:
 * status, reason in plain French, steps whose first value is the variable's value.
 */
export function explainTrace(
  trace: readonly TraceNode[],
  results: OpenFiscaResults,
  period: string,
): Explanations {
  const incomeYear = yearNMinus2(parseMonth(period));
  const byVariable = new Map(trace.map((node) => [node.variable, node]));
  const node = (variable: string): TraceNode => {
    const found = byVariable.get(variable);
    if (!found) throw new Error(`Trace absente pour ${variable}.`);
    return found;
  };
  const out: Partial<Explanations> = {};
  // Each benefit's verdict, read from its trace by its `<benefit>-reasons.ts` (the registry's
  // `verdict`); the variables below derive from those of housing aid and CSS.
  for (const benefit of benefitRegistry)
    out[benefit.id] = explained(node(benefit.id), benefit.verdict(node(benefit.id), incomeYear));

  const housing = out.aide_logement!;
  const type = results.aide_logement_type;
  out.aide_logement_type = {
    status: housing.status,
    reason: housing.reason,
    steps: over('Aide au logement versée', type, node('aide_logement')),
  };
  for (const aid of ['apl', 'als', 'alf'] as const) {
    const mine = type === aid;
    out[aid] = {
      ...(type === null || mine
        ? { status: housing.status, reason: housing.reason }
        : refused(
            `Votre aide au logement est ${HOUSING_AIDS[type]}, pas ${HOUSING_AIDS[aid]} : ${WHY_TYPE[aid]}.`,
          )),
      steps: over(aid.toUpperCase(), results[aid], node('aide_logement')),
    };
  }

  const css = out.css!;
  const cssNode = node('css');
  out.cmu_c = {
    ...(results.css === 'avec_participation'
      ? refused(
          `Vos ressources des 12 derniers mois, ${roundEuros(stepNumber(cssNode, 'css_base_ressources'))}, dépassent le plafond de la CSS gratuite, ${roundEuros(stepNumber(cssNode, 'css_plafond'))}.`,
          'Elle vous coûte donc un peu chaque mois.',
        )
      : { status: css.status, reason: css.reason }),
    steps: over('Complémentaire santé solidaire gratuite', results.cmu_c, cssNode),
  };
  out.css_participation_forfaitaire = {
    status: css.status,
    reason: css.reason,
    steps: over(
      'Participation mensuelle à la Complémentaire santé solidaire',
      results.css_participation_forfaitaire,
      cssNode,
    ),
  };
  return out as Explanations;
}

/** Variables the results take from the first famille only (one dwelling, one CSS status). */
const FIRST_FAMILLE_ONLY = new Set([
  'css',
  'cmu_c',
  'css_participation_forfaitaire',
  'cheque_energie',
]);
const STATUS_RANK = { eligible: 0, a_verifier: 1, non_eligible: 2 } as const;

/**
 * The explanations of a situation of several familles, whose amounts are summed: one step per
 * famille under a total valued as the result; the best status, with that famille's reason.
 */
function combineFamilles(each: Explanations[], results: OpenFiscaResults): Explanations {
  const out: Partial<Explanations> = {};
  for (const variable of Object.keys(each[0]!) as OutputVariable[]) {
    const list = each.map((e) => e[variable]);
    if (FIRST_FAMILLE_ONLY.has(variable)) {
      out[variable] = list[0]!;
      continue;
    }
    if (variable === 'aide_logement_type') {
      out[variable] = list.find((e) => e.steps[0]?.value !== null) ?? list[0]!;
      continue;
    }
    const best = list.reduce((a, b) => (STATUS_RANK[b.status] < STATUS_RANK[a.status] ? b : a));
    out[variable] = {
      status: best.status,
      reason: best.reason,
      steps: [
        {
          label: 'Total des familles du foyer',
          value: results[variable],
          parameters: [],
          steps: list.map((e, k) => ({
            ...e.steps[0]!,
            label: `Famille n° ${k + 1} : ${e.steps[0]!.label}`,
          })),
        },
      ],
    };
  }
  return out as Explanations;
}

/**
 * Computes one situation with its trace and explains every output variable: what
 * `znr simulate --explain` and `POST /api/calculate` with `explain: true` give. A situation of
 * several familles is traced famille by famille and combined (its amounts are their sums), unless
 * `famille` names the one to explain.
 */
export function explainSituation(
  situation: OpenFiscaSituation,
  period: string,
  famille?: number,
): { results: OpenFiscaResults; explanations: Explanations } {
  const { population, familiesPerSituation } = situationsToPopulation([situation], period);
  const count = familiesPerSituation[0] ?? 1;
  const ones = Array.from({ length: count }, () => 1);
  const traced = (f: number) => {
    const batch = computeBatch(population, { traceIndex: f });
    return { batch, trace: batch.trace ?? [] };
  };
  if (famille !== undefined || count <= 1) {
    const { batch, trace } = traced(famille ?? 0);
    const results = toOpenFiscaResults(batch, familiesPerSituation)[0]!;
    const own = famille ? toOpenFiscaResults(batch, ones)[famille]! : results;
    return { results, explanations: explainTrace(trace, own, period) };
  }
  const each: Explanations[] = [];
  let results: OpenFiscaResults | undefined;
  for (let f = 0; f < count; f++) {
    const { batch, trace } = traced(f);
    results ??= toOpenFiscaResults(batch, familiesPerSituation)[0]!;
    each.push(explainTrace(trace, toOpenFiscaResults(batch, ones)[f]!, period));
  }
  return { results: results!, explanations: combineFamilles(each, results!) };
}
