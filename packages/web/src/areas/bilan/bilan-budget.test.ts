import { describe, expect, it } from 'vitest';
import { buildAnswers } from '../../../test/bilan-answers.ts';
import { bilanBudget, formatRate } from './bilan-budget.ts';
import { budgetRows } from './budget-text.ts';
import { runBilan } from './run-bilan.ts';

const singleParent = buildAnswers({
  'foyer.enfants': { value: 2 },
  'enfant1.date_naissance': { value: '2016-09-03' },
  'enfant2.date_naissance': { value: '2008-02-17' },
  'demandeur.activite': { value: 'actif' },
  'demandeur.salaire_net': { value: 850 },
  'demandeur.pensions_alimentaires_percues': { value: 100 },
  'menage.loyer': { value: 480 },
});

describe('the bilan’s budget', () => {
  const outcome = runBilan(singleParent, '2026-06');
  if (!outcome.ok) throw new Error(outcome.issues.join(' '));
  const budget = bilanBudget(singleParent, outcome.views, outcome.period);
  const open = outcome.views.filter((v) => v.status !== 'non_eligible' && v.id !== 'css');

  it('counts the answered incomes before, and adds the rights found after', () => {
    expect(budget.income).toBe(950);
    expect(budget.before.totalResources).toBe(950);
    const monthly = open.reduce(
      (sum, v) => sum + (v.periodicity === 'mensuelle' ? v.amount : v.amount / 12),
      0,
    );
    expect(budget.after.totalResources).toBeCloseTo(950 + monthly, 6);
    expect(budget.housingAid).toBe(open.find((v) => v.id === 'aide_logement')?.amount ?? 0);
    expect(budget.housingAid).toBeGreaterThan(0);
  });

  it('counts the parts of the Insee scale: 1 + 0,5 (child of 18) + 0,3 (child of 9)', () => {
    expect(budget.consumptionUnits).toBeCloseTo(1.8, 10);
  });

  it('lowers the taux d’effort and raises the reste-pour-vivre with the rights', () => {
    expect(budget.before.tauxEffortSansAide).toBeCloseTo(480 / 950, 10);
    expect(budget.after.tauxEffortAvecAide).toBeLessThan(budget.before.tauxEffortSansAide);
    expect(budget.after.restePourVivre).toBeGreaterThan(budget.before.restePourVivre);
    expect(budget.perDayAfter).toBeCloseTo(budget.after.restePourVivreParUc / (365.25 / 12), 10);
  });

  it('gives the energy and water limits on the resources with the rights', () => {
    expect(budget.energyLimitMonthly).toBeCloseTo(0.08 * budget.after.totalResources, 6);
    expect(budget.waterLimitYearly).toBeCloseTo(0.03 * 12 * budget.after.totalResources, 6);
  });

  it('writes rates and euros in French', () => {
    expect(formatRate(0.505)).toBe('51 %');
    expect(formatRate(Number.POSITIVE_INFINITY)).toBe('sans ressources');
    const rows = budgetRows(budget);
    expect([rows[0]?.label, rows[0]?.before]).toEqual(['Ressources par mois', '950,00 €']);
    expect(rows[0]?.after).toMatch(/^\d[\d ]*,\d\d €$/);
  });
});
