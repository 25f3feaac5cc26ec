import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeBatch, computeCoreBatch, situationsToPopulation } from '../../index.ts';
import { adultActivite, adultBirth } from '../../../test/arbitraries.ts';
import { situation } from '../../../test/situations.ts';

// Months before M compute only the familles they matter for; a traced famille is computed in
// every month. The monthly prime d'activité of every famille must be the same either way.
const adult = fc.record({
  birth: adultBirth,
  activite: adultActivite,
  salaireNet: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 6000 })),
  chomageNet: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1200 })),
  retraiteNette: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1500 })),
  pensionsAlimentaires: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 300 })),
});
const child = fc.record({
  birth: fc.constantFrom('2005-04-01', '2012-09-09', '2016-02-14', '2024-05-05', '2026-03-10'),
});
const household = fc.record({
  parents: fc.array(adult, { minLength: 1, maxLength: 2 }),
  children: fc.array(child, { maxLength: 4 }),
  housing: fc.constantFrom<
    'locataire_hlm' | 'locataire_vide' | 'proprietaire' | 'loge_gratuitement'
  >('locataire_hlm', 'locataire_vide', 'proprietaire', 'loge_gratuitement'),
  rent: fc.integer({ min: 200, max: 1500 }),
});

describe('months before M', () => {
  it('skip only familles whose monthly prime d’activité is zero', () => {
    let skipped = 0;
    fc.assert(
      fc.property(fc.array(household, { minLength: 1, maxLength: 25 }), (households) => {
        const { population } = situationsToPopulation(households.map(situation), '2026-06');
        const batch = computeCoreBatch(population);
        for (let f = 0; f < population.nFamilies; f++) {
          const traced = computeCoreBatch(population, { traceIndex: f });
          for (let k = 0; k < 3; k++) {
            if (!batch.states[k]!.active[f]) skipped++;
            expect(batch.states[k]!.ppaFictive[f]).toBe(traced.states[k]!.ppaFictive[f]);
          }
          expect(batch.primeActivite.amount[f]).toBe(traced.primeActivite.amount[f]);
          expect(batch.rsa.amount[f]).toBe(traced.rsa.amount[f]);
        }
      }),
      { numRuns: 40 },
    );
    // Some familles were skipped, so the comparison above tested the skipping.
    expect(skipped).toBeGreaterThan(50);
  });
});

// The Complémentaire santé solidaire counts the family benefits of each of the twelve months
// before M. They are computed month by month only for the familles whose benefits cannot be
// derived from M (a child born or crossing an age of the family benefits during the year); for
// the others the derivation must give what the month-by-month computation gives.
const workingAdult = fc.record({
  birth: fc.constantFrom('1975-05-10', '1985-11-30', '1992-02-29'),
  activite: fc.constantFrom<'actif' | 'chomeur' | 'inactif'>('actif', 'chomeur', 'inactif'),
  salaireNet: fc.oneof(fc.constant(0), fc.integer({ min: 200, max: 3500 })),
  chomageNet: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1200 })),
  pensionsAlimentaires: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 300 })),
});
const anyChild = fc.record({
  birth: fc
    .record({
      year: fc.integer({ min: 2004, max: 2026 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
    })
    .map(
      ({ year, month, day }) =>
        `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    )
    .filter((date) => date < '2026-06-01'),
});
const family = fc.record({
  parents: fc.array(workingAdult, { minLength: 1, maxLength: 2 }),
  children: fc.array(anyChild, { minLength: 1, maxLength: 4 }),
  housing: fc.constantFrom<'locataire_hlm' | 'locataire_vide' | 'proprietaire'>(
    'locataire_hlm',
    'locataire_vide',
    'proprietaire',
  ),
  rent: fc.integer({ min: 200, max: 1200 }),
});

describe('the CSS year before M', () => {
  it('is derived from M only when month-by-month computation gives the same decision', () => {
    let exactOnes = 0;
    fc.assert(
      fc.property(fc.array(family, { minLength: 1, maxLength: 20 }), (households) => {
        const { population } = situationsToPopulation(households.map(situation), '2026-06');
        const shortcut = computeBatch(population);
        const full = computeBatch(population, { allPastMonths: true });
        for (let f = 0; f < population.nFamilies; f++) {
          expect(shortcut.css.free[f]).toBe(full.css.free[f]);
          expect(shortcut.css.participation[f]).toBe(full.css.participation[f]);
          expect(shortcut.css.reason[f]).toBe(full.css.reason[f]);
          // With RSA the CSS is free whatever the resources, and above a bound the parents' own
          // resources exclude it: the resources are then left derived.
          if (shortcut.rsa.amount[f]! > 0 || shortcut.css.reason[f] === 2) continue;
          expect(Math.abs(shortcut.css.resources[f]! - full.css.resources[f]!)).toBeLessThan(1);
          if (shortcut.css.resources[f] !== full.css.resources[f]) exactOnes++;
        }
      }),
      { numRuns: 60 },
    );
    // The derivation is not the identity: the comparison above tested it.
    expect(exactOnes).toBeGreaterThan(0);
  }, 60_000);
});
