import { describe, expect, it } from 'vitest';
import { computeBatch, situationsToPopulation } from '../../index.ts';
import { situation } from '../../../test/situations.ts';

// Housing aid does not count the earnings of a famille that received the RSA the month before
// (R822-17 CCH): a single tenant earning 400 € a month receives the RSA, so the housing aid of
// June is computed on zero resources; earning 1 500 € a month, without RSA, the same tenant's
// resources are his taxable pay of the rolling year after the 10 % deduction, rounded up.
function tenant(salaireNet: number) {
  return situation({
    parents: [{ birth: '1990-04-01', activite: 'actif', salaireNet }],
    housing: 'locataire_vide',
    rent: 550,
  });
}

describe('housing aid of an RSA recipient', () => {
  it('neutralises the earnings when the RSA was paid last month', () => {
    const { population } = situationsToPopulation([tenant(400), tenant(1500)], '2026-06');
    const batch = computeBatch(population);
    const june = batch.states[3]!;
    expect(batch.rsa.amount[0]).toBeGreaterThan(0);
    expect(june.alResources[0]).toBe(0);
    expect(batch.rsa.amount[1]).toBe(0);
    // 1 500 × 1.036 × 12 = 18 648 €, minus 10 % = 16 783.20 €, rounded up to 16 800 €.
    expect(june.alResources[1]).toBe(16_800);
  });
});
