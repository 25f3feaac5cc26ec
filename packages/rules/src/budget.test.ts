import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { budgetThresholds, householdBudget, type BudgetInput } from './budget.ts';

const couple: BudgetInput = {
  period: '2026-06',
  persons14Plus: 2,
  childrenUnder14: 2,
  income: 1500,
  benefits: 300,
  housingAid: 200,
  housingCost: 700,
  charges: 100,
  otherFixedCosts: 150,
  waterBillYearly: 480,
};

describe('household budget', () => {
  it('counts consumption units on the OECD-modified scale (couple and two young children: 2.1)', () => {
    expect(householdBudget(couple).consumptionUnits).toBeCloseTo(2.1, 10);
    expect(
      householdBudget({ ...couple, persons14Plus: 1, childrenUnder14: 0 }).consumptionUnits,
    ).toBe(1);
  });

  it('computes the reste-pour-vivre per unit and both taux d’effort', () => {
    const b = householdBudget(couple);
    // 1 500 + 300 + 200 − 700 − 100 − 150 = 1 050 € for 2,1 UC.
    expect(b.restePourVivre).toBe(1050);
    expect(b.restePourVivreParUc).toBeCloseTo(500, 6);
    // (800 − 200) / 1 800 and 800 / 1 800.
    expect(b.tauxEffortAvecAide).toBeCloseTo(1 / 3, 10);
    expect(b.tauxEffortSansAide).toBeCloseTo(4 / 9, 10);
  });

  it('flags a water bill above 3 % of income, or above a chosen share', () => {
    // 480 / (12 × 2 000) = 2 %.
    expect(householdBudget(couple).waterShare).toBeCloseTo(0.02, 10);
    expect(householdBudget(couple).waterFragile).toBe(false);
    expect(householdBudget({ ...couple, waterBillYearly: 900 }).waterFragile).toBe(true);
    expect(householdBudget({ ...couple, waterShareThreshold: 0.015 }).waterFragile).toBe(true);
    expect(householdBudget({ ...couple, waterBillYearly: undefined }).waterShare).toBeNull();
  });

  it('housing aid never raises the taux d’effort and a higher rent never raises the reste-pour-vivre', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4000 }),
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 500 }),
        (income, aid, rent, extra) => {
          const base = { ...couple, income, housingAid: aid, housingCost: rent };
          const b = householdBudget(base);
          expect(b.tauxEffortAvecAide).toBeLessThanOrEqual(b.tauxEffortSansAide);
          expect(
            householdBudget({ ...base, housingCost: rent + extra }).restePourVivre,
          ).toBeLessThanOrEqual(b.restePourVivre);
        },
      ),
    );
  });
});

describe('budget thresholds', () => {
  it('gives the water and energy shares with their sources, and the definitions’ sources', () => {
    const t = budgetThresholds('2026-06');
    expect(t.water.value).toBe(0.03);
    expect(t.energy.value).toBe(0.08);
    expect(t.water.source.url).toMatch(/^https:\/\/www\.legifrance\.gouv\.fr\//);
    expect(t.energy.source.url).toMatch(/^https:\/\/www\.legifrance\.gouv\.fr\//);
    expect(t.definitions.map((d) => d.url)).toEqual([
      'https://www.insee.fr/fr/metadonnees/definitions',
      'https://www.insee.fr/fr/metadonnees/definition/c1802',
    ]);
  });
});
