// Answers → the engine → what the results page shows. The one place where the web app calls
// `simulate`, so that the results, the what-if, the person's copy and the export agree.
import { simulate, SituationError } from '@znr/rules';
import type { OpenFiscaSituation, SimulationResult } from '@znr/rules';
import { hasEstimates, type Answers } from './answers.ts';
import { benefitViews, type BenefitView } from './benefit-results.ts';
import { rightsNearCeiling } from './near-ceiling.ts';
import { buildSituation } from './situation.ts';
import { stepsFor } from './steps.ts';

export type BilanOutcome =
  | {
      ok: true;
      period: string;
      situation: OpenFiscaSituation;
      result: SimulationResult;
      views: BenefitView[];
    }
  | { ok: false; issues: string[] };

/** Runs the engine on the answers for the month `period` (`YYYY-MM`). */
export function runBilan(answers: Answers, period: string): BilanOutcome {
  const steps = stepsFor(answers);
  const applicable = new Set(steps.map((step) => step.id));
  const situation = buildSituation(answers, period, applicable);
  try {
    const result = simulate(situation, period);
    const kept = Object.fromEntries(Object.entries(answers).filter(([id]) => applicable.has(id)));
    const open = result.benefits.filter((benefit) => benefit.eligible).map((b) => b.id);
    return {
      ok: true,
      period,
      situation,
      result,
      views: benefitViews(result, {
        estimated: hasEstimates(kept),
        nearCeiling: rightsNearCeiling(kept, steps, period, open),
      }),
    };
  } catch (error) {
    if (error instanceof SituationError) return { ok: false, issues: error.issues };
    throw error;
  }
}
