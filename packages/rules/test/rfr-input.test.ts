import { describe, expect, it } from 'vitest';
import { simulateMany, validateSituation, type OpenFiscaSituation } from '../src/index.ts';
import { situation } from './situations.ts';

/** A situation with the revenu fiscal de référence of 2024 given for its foyers fiscaux. */
function withRfr(base: OpenFiscaSituation, rfrByFoyer: Record<string, number>): OpenFiscaSituation {
  const foyers: Record<string, Record<string, unknown>> = { ...base.foyers_fiscaux };
  for (const [id, rfr] of Object.entries(rfrByFoyer))
    foyers[id] = { ...foyers[id], rfr: { 2024: rfr } };
  return { ...base, foyers_fiscaux: foyers };
}

// Taxable pay of 2024 well above the chèque énergie ceiling (10 800 € per consumption unit).
const worker = situation({
  parents: [{ birth: '1985-03-01', activite: 'actif', salaireNet: 2500 }],
  housing: 'locataire_vide',
  rent: 700,
});

describe('revenu fiscal de référence given in the situation', () => {
  it('decides the chèque énergie instead of the RFR computed from the incomes', () => {
    const [computed, given] = simulateMany(
      [worker, withRfr(worker, { foyer_fiscal_1: 5000 })],
      '2026-06',
    );
    expect(computed!.cheque_energie).toBe(0);
    // 5 000 € for one consumption unit: the first band of the scale (arrêté du 26/12/2018).
    expect(given!.cheque_energie).toBe(194);
  });

  it('is computed for the whole famille when a foyer fiscal lacks it', () => {
    const couple = situation({
      parents: [
        { birth: '1985-03-01', activite: 'actif', salaireNet: 2500 },
        { birth: '1987-03-01', activite: 'actif', salaireNet: 2400 },
      ],
      housing: 'locataire_vide',
      rent: 900,
    });
    const twoFoyers: OpenFiscaSituation = {
      ...couple,
      foyers_fiscaux: {
        foyer_fiscal_1: { declarants: ['demandeur'], personnes_a_charge: [] },
        foyer_fiscal_2: { declarants: ['conjoint'], personnes_a_charge: [] },
      },
    };
    const [computed, oneGiven, bothGiven] = simulateMany(
      [
        twoFoyers,
        withRfr(twoFoyers, { foyer_fiscal_1: 3000 }),
        withRfr(twoFoyers, { foyer_fiscal_1: 3000, foyer_fiscal_2: 4000 }),
      ],
      '2026-06',
    );
    expect(oneGiven!.cheque_energie).toBe(computed!.cheque_energie);
    expect(computed!.cheque_energie).toBe(0);
    // 7 000 € for 1.5 consumption units.
    expect(bothGiven!.cheque_energie).toBeGreaterThan(0);
  });

  it('must be a non-negative amount', () => {
    expect(validateSituation(withRfr(worker, { foyer_fiscal_1: -10 }))).toEqual([
      'foyers_fiscaux.foyer_fiscal_1.rfr[2024] : montant négatif',
    ]);
  });
});
