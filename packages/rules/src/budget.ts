import { groupByMonth, used, type LegalSource, type UsedParameter } from './parameters.ts';
import { parseMonth } from './periods.ts';
import { budgetDefinitionSources, budgetParameters } from '../parameters/budget.ts';

const budgetAt = groupByMonth(budgetParameters);

/** A household's monthly budget, in euros. */
export interface BudgetInput {
  /** Period 'YYYY-MM' of the parameters. */
  period: string;
  /** Number of people aged 14 or more (the first adult included). */
  persons14Plus: number;
  /** Number of children under 14. */
  childrenUnder14: number;
  /** Net monthly resources before benefits: pay, unemployment benefit, pensions, alimony. */
  income: number;
  /** Monthly benefits, housing aid excluded (yearly ones divided by 12). */
  benefits: number;
  /** Monthly housing aid. */
  housingAid: number;
  /** Monthly rent or loan repayment. */
  housingCost: number;
  /** Monthly housing charges (service charges, energy). */
  charges?: number;
  /** Other fixed monthly costs (insurance, debts, transport). */
  otherFixedCosts?: number;
  /** Yearly water bill. */
  waterBillYearly?: number;
  /** Share of income above which the water bill is a fragility (default 3 %). */
  waterShareThreshold?: number;
}

/** Solvency measures of a household's budget. */
export interface Budget {
  /** Consumption units of the OECD-modified scale. */
  consumptionUnits: number;
  /** Resources with every benefit, housing aid included. */
  totalResources: number;
  /** What is left once housing and fixed costs are paid. */
  restePourVivre: number;
  restePourVivreParUc: number;
  /** (housing cost + charges − housing aid) / resources without housing aid. */
  tauxEffortAvecAide: number;
  /** (housing cost + charges) / resources without housing aid: the effort the aid relieves. */
  tauxEffortSansAide: number;
  /** Yearly water bill / yearly resources (null when the bill is not known). */
  waterShare: number | null;
  /** The water bill exceeds the threshold share of income ("Bouclier eau"). */
  waterFragile: boolean;
}

/**
 * The household's budget: reste-pour-vivre per consumption unit (OECD-modified scale: 1 for the
 * first person, 0.5 for each other person aged 14 or more, 0.3 for each younger child), taux
 * d'effort for housing with and without housing aid, and the water bill as a share of income
 * with the "Bouclier eau" flag. Rates are fractions (0.25 for 25 %); with no resources at all a
 * rate is Infinity when something is owed and 0 otherwise.
 */
export function householdBudget(input: BudgetInput): Budget {
  const P = budgetAt(parseMonth(input.period));
  const persons = Math.max(1, input.persons14Plus);
  const consumptionUnits =
    P.ucPremierAdulte + (persons - 1) * P.ucAutre14Ans + input.childrenUnder14 * P.ucEnfant;
  const withoutAid = input.income + input.benefits;
  const totalResources = withoutAid + input.housingAid;
  const housing = input.housingCost + (input.charges ?? 0);
  const restePourVivre = totalResources - housing - (input.otherFixedCosts ?? 0);
  const ratio = (owed: number, over: number): number =>
    over > 0 ? owed / over : owed > 0 ? Number.POSITIVE_INFINITY : 0;
  const waterShare =
    input.waterBillYearly === undefined ? null : ratio(input.waterBillYearly, 12 * totalResources);
  const threshold = input.waterShareThreshold ?? P.partEauMax;
  return {
    consumptionUnits,
    totalResources,
    restePourVivre,
    restePourVivreParUc: restePourVivre / consumptionUnits,
    tauxEffortAvecAide: ratio(Math.max(0, housing - input.housingAid), withoutAid),
    tauxEffortSansAide: ratio(housing, withoutAid),
    waterShare,
    waterFragile: waterShare !== null && waterShare > threshold,
  };
}

/** The thresholds a budget is judged by, as used at `period` (value, unit, source). */
export interface BudgetThresholds {
  /** Share of income above which the water bill is a fragility (« Bouclier eau »). */
  water: UsedParameter;
  /** Share of income spent on the home's energy above which a household is in fuel poverty. */
  energy: UsedParameter;
  /** The sources of the definitions: taux d'effort, consumption units. */
  definitions: LegalSource[];
}

export function budgetThresholds(period: string): BudgetThresholds {
  const month = parseMonth(period);
  return {
    water: used('Seuil de la facture d’eau', budgetParameters.partEauMax, month),
    energy: used('Seuil de la précarité énergétique', budgetParameters.partEnergieMax, month),
    definitions: [budgetDefinitionSources.tauxEffort, budgetDefinitionSources.unitesConsommation],
  };
}
