import { describe, expect, it } from 'vitest';
import { primeActiviteParameters } from '../src/benefits/prime-activite/prime-activite-parameters.ts';
import { rsaParameters } from '../src/benefits/rsa/rsa-parameters.ts';
import type { Parameter } from '../src/parameters.ts';
import { parseMonth, simulateMany, valueAt } from '../src/index.ts';
import { situation, type HouseholdSpec } from './situations.ts';

// Boundary cases of the legal thresholds, generated from the parameter files: each threshold's
// value is read there for the month simulated, and the household is built so that the amount
// before the threshold lands just under it, at it, and just over it (one cent). A threshold whose
// comparison changes (`<` into `<=`), or whose value is taken from elsewhere, fails here.

const MONTH = '2026-06';
const month = parseMonth(MONTH);
const CENT = 0.01;

/** A benefit with a payment threshold, and a household whose amount falls 1 € per € of `knob`. */
interface PaymentThreshold {
  benefit: 'rsa' | 'ppa';
  parameter: Parameter<number>;
  household: (knob: number) => HouseholdSpec;
  /**
   * The amount before the threshold without resources, unrounded (the results are rounded to the
   * cent, which would hide the last bits); by default the amount simulated, when it is in cents.
   */
  unrounded?: () => number;
}

// Every « montantMinimumVerse » of the parameter files, with the household that approaches it:
// unemployment benefit counts 1 € for 1 € in the resources of both (R262-6 CASF, R844-5 CSS).
const files = { rsa: rsaParameters, 'prime-activite': primeActiviteParameters };
const households: Record<string, Omit<PaymentThreshold, 'parameter'>> = {
  rsa: {
    benefit: 'rsa',
    household: (chomage) => ({
      parents: [{ birth: '1985-11-30', activite: 'chomeur', chomageNet: chomage }],
      housing: 'loge_gratuitement',
      depcom: '69123',
    }),
    // Housed free: the base amount less its forfait logement (R262-9 CASF), 1 person.
    unrounded: () => {
      const base = valueAt(rsaParameters.montantDeBase, month);
      return base - base * valueAt(rsaParameters.forfaitLogement1, month);
    },
  },
  'prime-activite': {
    benefit: 'ppa',
    household: (chomage) => ({
      parents: [{ birth: '1985-11-30', activite: 'actif', salaireNet: 1100, chomageNet: chomage }],
      housing: 'loge_gratuitement',
      depcom: '69123',
    }),
  },
};
const thresholds = Object.entries(files).flatMap(([file, params]) =>
  Object.entries(params)
    .filter(([key]) => key === 'montantMinimumVerse')
    .map(([key, parameter]): [string, PaymentThreshold] => {
      const approach = households[file];
      if (approach === undefined)
        throw new Error(`${file}.${key} : pas de ménage pour l’approcher`);
      return [`${file}.${key}`, { ...approach, parameter: parameter as Parameter<number> }];
    }),
);

const amount = (benefit: PaymentThreshold['benefit'], h: HouseholdSpec) =>
  simulateMany([situation(h)], MONTH)[0]![benefit];

it('finds a payment threshold in each parameter file that has one', () => {
  expect(thresholds.map(([name]) => name)).toEqual([
    'rsa.montantMinimumVerse',
    'prime-activite.montantMinimumVerse',
  ]);
});

describe.each(thresholds)('%s', (_name, { benefit, parameter, household, unrounded }) => {
  const threshold = valueAt(parameter, month);
  // Without unemployment benefit the amount is far above the threshold; each € of it takes 1 €.
  const full = amount(benefit, household(0));

  it('starts far above the threshold, falling 1 € per € of resources', () => {
    expect(full).toBeGreaterThan(threshold + 50);
    expect(amount(benefit, household(10))).toBeCloseTo(full - 10, 6);
  });

  it('is paid just over the threshold (one cent)', () => {
    const before = threshold + CENT;
    expect(amount(benefit, household(full - before))).toBeCloseTo(before, 6);
  });

  it('is not paid just under the threshold (one cent)', () => {
    expect(amount(benefit, household(full - threshold + CENT))).toBe(0);
  });

  // Exactly at the threshold, the amount is paid (« en dessous duquel » : below it only): the
  // resources are the amount without resources less the threshold, to the last bit.
  it('is paid exactly at the threshold', () => {
    const before = unrounded?.() ?? full;
    expect(before).toBeCloseTo(full, 2);
    expect(amount(benefit, household(before - threshold))).toBe(threshold);
  });
});
