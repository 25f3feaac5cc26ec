// Which rights sit so close to a ceiling that a small rise of income closes them: the engine is
// run again with every income answered raised by `CEILING_MARGIN`, and the rights lost are the
// ones to check. A field judgment, not a legal rule: a 5 % rise is a few hours of work a month or
// a yearly revaluation, the kind of change that happens between the bilan and the claim.
import { simulate } from '@znr/rules';
import type { Answers } from './answers.ts';
import { buildSituation } from './situation.ts';
import { incomeStepIds, type Step } from './steps.ts';

export const CEILING_MARGIN = 0.05;

/** The same answers with every income of a person raised by `margin` (rent and the like kept). */
export function withIncomesRaised(
  answers: Answers,
  steps: readonly Step[],
  margin: number,
): Answers {
  const incomes = new Set(incomeStepIds(steps));
  return Object.fromEntries(
    Object.entries(answers).map(([id, answer]) =>
      incomes.has(id) && typeof answer.value === 'number'
        ? [id, { ...answer, value: Math.round(answer.value * (1 + margin) * 100) / 100 }]
        : [id, answer],
    ),
  );
}

/** The benefits open now that a rise of `CEILING_MARGIN` of every income would close. */
export function rightsNearCeiling(
  answers: Answers,
  steps: readonly Step[],
  period: string,
  openNow: readonly string[],
): Set<string> {
  if (openNow.length === 0) return new Set();
  const applicable = new Set(steps.map((step) => step.id));
  const raised = withIncomesRaised(answers, steps, CEILING_MARGIN);
  const then = simulate(buildSituation(raised, period, applicable), period);
  const stillOpen = new Set(then.benefits.filter((b) => b.eligible).map((b) => b.id));
  return new Set(openNow.filter((id) => !stillOpen.has(id)));
}
