// The household's budget, before and after the rights the bilan found: resources, housing cost,
// taux d'effort, reste-pour-vivre per consumption unit and per day, and what energy and water
// may cost before they weigh too much. The measures are the engine's (`householdBudget`,
// `budgetThresholds`, with their sources); this file reads the answers and the results into them.
import { budgetThresholds, householdBudget } from '@znr/rules';
import type { Budget, BudgetThresholds } from '@znr/rules';
import { adultsOf, childCount, childKey, numberOf, valueOf, type Answers } from './answers.ts';
import { CSS, type BenefitView } from './benefit-results.ts';
import { ageAt } from './other-aids.ts';
import { incomeStepIds, stepsFor } from './steps.ts';

/** An average month of the calendar (365.25 / 12 days), for the reste-pour-vivre per day. */
const DAYS_PER_MONTH = 365.25 / 12;

export type BudgetView = {
  /** Net monthly resources answered, before any benefit. */
  income: number;
  /** The rights found (not refused), housing aid apart; yearly ones counted per month. */
  rights: number;
  housingAid: number;
  /** Rent (or loan) per month, as answered. */
  housingCost: number;
  consumptionUnits: number;
  before: Budget;
  after: Budget;
  /** Reste-pour-vivre per consumption unit and per day. */
  perDayBefore: number;
  perDayAfter: number;
  /** Monthly energy bill and yearly water bill above which they weigh too much. */
  energyLimitMonthly: number;
  waterLimitYearly: number;
  thresholds: BudgetThresholds;
};

const AGE_ADULT_UC = 14;

/** The budget of the answers, with the rights of `views` (the bilan's month is `period`). */
export function bilanBudget(
  answers: Answers,
  views: readonly BenefitView[],
  period: string,
): BudgetView {
  const people = [
    ...adultsOf(answers),
    ...Array.from({ length: childCount(answers) }, (_, k) => childKey(k)),
  ];
  const ages = people.map((who) => {
    const birth = valueOf(answers, `${who}.date_naissance`);
    return typeof birth === 'string' ? (ageAt(birth, period) ?? AGE_ADULT_UC) : AGE_ADULT_UC;
  });
  const income = incomeStepIds(stepsFor(answers)).reduce(
    (sum, id) => sum + numberOf(answers, id),
    0,
  );
  const found = views.filter((view) => view.status !== 'non_eligible' && view.id !== CSS);
  const perMonth = (view: BenefitView) =>
    view.periodicity === 'mensuelle' ? view.amount : view.amount / 12;
  const housingAid = found
    .filter((view) => view.id === 'aide_logement')
    .reduce((sum, view) => sum + view.amount, 0);
  const rights = found
    .filter((view) => view.id !== 'aide_logement')
    .reduce((sum, view) => sum + perMonth(view), 0);
  const housingCost = numberOf(answers, 'menage.loyer');
  const common = {
    period,
    persons14Plus: ages.filter((age) => age >= AGE_ADULT_UC).length,
    childrenUnder14: ages.filter((age) => age < AGE_ADULT_UC).length,
    income,
    housingCost,
  };
  const before = householdBudget({ ...common, benefits: 0, housingAid: 0 });
  const after = householdBudget({ ...common, benefits: rights, housingAid });
  const thresholds = budgetThresholds(period);
  const share = (parameter: { value: number | string }) => Number(parameter.value);
  return {
    income,
    rights,
    housingAid,
    housingCost,
    consumptionUnits: after.consumptionUnits,
    before,
    after,
    perDayBefore: before.restePourVivreParUc / DAYS_PER_MONTH,
    perDayAfter: after.restePourVivreParUc / DAYS_PER_MONTH,
    energyLimitMonthly: share(thresholds.energy) * after.totalResources,
    waterLimitYearly: share(thresholds.water) * 12 * after.totalResources,
    thresholds,
  };
}

/** A rate as French people write it: « 32 % » (no decimal), or « sans ressources ». */
export function formatRate(rate: number): string {
  if (!Number.isFinite(rate)) return 'sans ressources';
  return `${Math.round(rate * 100)} %`;
}
