// The words of the budget block, shared by the results page and the person's copy.
import type { LegalSource } from '@znr/rules';
import { formatEuros } from './benefit-results.ts';
import { formatRate, type BudgetView } from './bilan-budget.ts';

export type BudgetRow = { label: string; before: string; after: string };

export const BUDGET_INTRO =
  'Votre budget par mois, sans les aides puis avec les aides trouvées par le bilan.';

export function budgetRows(budget: BudgetView): BudgetRow[] {
  return [
    {
      label: 'Ressources par mois',
      before: formatEuros(budget.before.totalResources),
      after: formatEuros(budget.after.totalResources),
    },
    {
      label: 'Coût du logement par mois',
      before: formatEuros(budget.housingCost),
      after: formatEuros(Math.max(0, budget.housingCost - budget.housingAid)),
    },
    {
      label: 'Part des ressources pour le logement (taux d’effort)',
      before: formatRate(budget.before.tauxEffortSansAide),
      after: formatRate(budget.after.tauxEffortAvecAide),
    },
    {
      label: 'Reste pour vivre par mois',
      before: formatEuros(budget.before.restePourVivre),
      after: formatEuros(budget.after.restePourVivre),
    },
    {
      label: 'Reste pour vivre par mois et par part',
      before: formatEuros(budget.before.restePourVivreParUc),
      after: formatEuros(budget.after.restePourVivreParUc),
    },
    {
      label: 'Reste pour vivre par jour et par part',
      before: formatEuros(budget.perDayBefore),
      after: formatEuros(budget.perDayAfter),
    },
  ];
}

/** What a « part » is: the Insee's consumption units, said simply. */
export function unitsSentence(budget: BudgetView): string {
  const units = budget.consumptionUnits.toLocaleString('fr-FR', { maximumFractionDigits: 1 });
  return `Votre foyer compte ${units} part${budget.consumptionUnits >= 2 ? 's' : ''} : 1 pour le premier adulte, 0,5 pour chaque personne de 14 ans ou plus, 0,3 pour chaque enfant plus jeune.`;
}

export function energySentence(budget: BudgetView): string {
  return `Énergie : si le chauffage et l’électricité coûtent plus de ${formatEuros(budget.energyLimitMonthly)} par mois, soit ${formatRate(Number(budget.thresholds.energy.value))} de vos ressources, parlez-en : des aides existent.`;
}

export function waterSentence(budget: BudgetView): string {
  return `Eau : si la facture dépasse ${formatEuros(budget.waterLimitYearly)} par an, soit ${formatRate(Number(budget.thresholds.water.value))} de vos ressources, elle pèse trop. Le CCAS ou le service des eaux peut aider.`;
}

/** The sources of the definitions and thresholds, in the order the block uses them. */
export function budgetSources(budget: BudgetView): LegalSource[] {
  return [
    ...budget.thresholds.definitions,
    budget.thresholds.energy.source,
    budget.thresholds.water.source,
  ];
}

/** Every text of the budget block, in its order on the page and on paper. */
export function budgetCopy(budget: BudgetView) {
  return {
    intro: BUDGET_INTRO,
    rows: budgetRows(budget),
    units: unitsSentence(budget),
    energy: energySentence(budget),
    water: waterSentence(budget),
    sources: budgetSources(budget),
  };
}
