import { computeBatch } from './batch.ts';
import { revaluationWarnings } from './revaluation.ts';
import { explainTrace, type Explanations } from './explain.ts';
import {
  situationsToPopulation,
  type OpenFiscaSituation,
  type PreparedSituation,
} from './openfisca/adapter.ts';
import { toOpenFiscaResults, type OpenFiscaResults } from './openfisca/output.ts';
import { renderExplanation, type TraceNode } from './trace.ts';
import type { CatalogueEntry } from './catalogue.ts';
import { rsaCatalogue } from './benefits/rsa/rsa-catalogue.ts';
import { primeActiviteCatalogue } from './benefits/prime-activite/prime-activite-catalogue.ts';
import { aidesLogementCatalogue } from './benefits/aides-logement/aides-logement-catalogue.ts';
import { benefitList, type BenefitSummary } from './benefit-list.ts';

/** The result of one benefit for a household, as shown to the person. */
export interface BenefitResult {
  eligible: boolean;
  /** Monthly amount in euros. */
  amount: number;
  /** Why not, in plain French (empty when eligible). */
  reasons: string[];
  /** Who pays, how to claim, documents, delay, what to do when refused. */
  claim: CatalogueEntry;
}

/** A household's bilan: every benefit, OpenFisca-named amounts and the trace. */
export interface SimulationResult {
  period: string;
  rsa: BenefitResult;
  primeActivite: BenefitResult;
  aidesLogement: BenefitResult;
  /** Every benefit of the engine, in the catalogue's order (RSA, prime d'activité, … chèque énergie). */
  benefits: BenefitSummary[];
  openfisca: OpenFiscaResults;
  /** Every output variable's status, reason and steps, under OpenFisca's names. */
  explanations: Explanations;
  trace: TraceNode[];
  /** The trace rendered as French text. */
  explanation: string;
  /** What the adapter assumed, in French (an income given only as net, derived): empty if nothing. */
  warnings: string[];
}

/**
 * Simulates one household (an OpenFisca situation) for a month `'YYYY-MM'`: a batch of one, with
 * the trace on. Only the first famille of the situation is explained; amounts sum all familles.
 */
export function simulate(situation: OpenFiscaSituation, period: string): SimulationResult {
  const { population, familiesPerSituation, warnings } = situationsToPopulation(
    [situation],
    period,
  );
  const batch = computeBatch(population, { traceIndex: 0 });
  const trace = batch.trace ?? [];
  const openfisca = toOpenFiscaResults(batch, familiesPerSituation)[0]!;
  const explanations = explainTrace(trace, openfisca, period);
  const benefit = (
    columns: typeof batch.rsa,
    id: 'rsa' | 'ppa' | 'aide_logement',
    claim: CatalogueEntry,
  ): BenefitResult => ({
    claim,
    eligible: columns.eligible[0] === 1,
    amount: Math.round(columns.amount[0]! * 100) / 100,
    reasons: columns.eligible[0] === 1 ? [] : [explanations[id].reason].filter(Boolean),
  });
  return {
    period,
    rsa: benefit(batch.rsa, 'rsa', rsaCatalogue),
    primeActivite: benefit(batch.primeActivite, 'ppa', primeActiviteCatalogue),
    aidesLogement: benefit(batch.aidesLogement, 'aide_logement', aidesLogementCatalogue),
    benefits: benefitList(openfisca, explanations),
    openfisca,
    explanations,
    trace,
    // Rendered when read: the web shows the tree, not this text (a quarter of simulate's time).
    get explanation(): string {
      return trace.map((node) => renderExplanation(node)).join('\n');
    },
    warnings: [...(warnings[0] ?? []), ...revaluationWarnings(population.month)],
  };
}

/** Simulates many situations of the same month in one batch; results under OpenFisca's names. */
export function simulateMany(situations: OpenFiscaSituation[], period: string): OpenFiscaResults[] {
  return simulateManyWithWarnings(situations, period).results;
}

/**
 * `simulateMany`, with each situation's warnings: what the adapter assumed, in French (an income
 * given only as net, its taxable and gross amounts derived).
 */
export function simulateManyWithWarnings(
  situations: readonly (OpenFiscaSituation | PreparedSituation)[],
  period: string,
): { results: OpenFiscaResults[]; warnings: string[][] } {
  const { population, familiesPerSituation, warnings } = situationsToPopulation(situations, period);
  // Values applied past their revaluation date: every result of the month says so.
  const stale = revaluationWarnings(population.month);
  return {
    results: toOpenFiscaResults(computeBatch(population), familiesPerSituation),
    warnings: stale.length === 0 ? warnings : warnings.map((w) => [...w, ...stale]),
  };
}
