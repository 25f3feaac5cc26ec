import { describe, expect, it } from 'vitest';
import { computeBatch } from '../src/batch.ts';
import { simulate, validateSituation } from '../src/index.ts';
import { situationsToPopulation } from '../src/openfisca/adapter.ts';
import { situation, type HouseholdSpec } from './situations.ts';

/** Monthly values of an input from January 2025 to June 2026. */
function months(value: number | boolean, from = '2025-01'): Record<string, number | boolean> {
  const out: Record<string, number | boolean> = {};
  for (let y = 2025; y <= 2026; y++)
    for (let m = 1; m <= 12; m++) {
      const key = `${y}-${String(m).padStart(2, '0')}`;
      if (key >= from) out[key] = value;
    }
  return out;
}

const adult = { birth: '1986-03-10', activite: 'chomeur' as const };

function openfisca(h: HouseholdSpec): Record<string, unknown> {
  return simulate(situation(h), '2026-06').openfisca;
}

describe('ASS, savings and capital as resources (hand-computed from the law)', () => {
  it('counts the ASS of the last quarter in the RSA (R262-6 CASF)', () => {
    // 651,69 − forfait logement 78,20 − ASS 500 = 73,49 €.
    const got = openfisca({ parents: [{ ...adult, inputs: { ass: months(500) } }] });
    expect(got.rsa).toBeCloseTo(73.49, 2);
  });

  it('counts the livret A interest and 3 % a year of other tax-free savings in the RSA', () => {
    // Livret A 12 000 € at 1,5 % (arrêté du 28 janvier 2026): 15 €/month; LDDS 10 000 € at the
    // flat 3 % of R132-1 CASF: 25 €/month. 573,49 − 15 − 25 = 533,49 €.
    const got = openfisca({
      parents: [
        {
          ...adult,
          inputs: {
            livret_a: months(12_000),
            epargne_revenus_non_imposables: months(10_000),
          },
        },
      ],
    });
    expect(got.rsa).toBeCloseTo(533.49, 2);
  });

  it('adds 3 % of tax-free savings to housing-aid resources only above 30 000 € (R822-22 CCH)', () => {
    const base = (savings: number) => {
      const h = situation({
        parents: [{ ...adult, salaireNet: 900, inputs: { livret_a: months(savings) } }],
        housing: 'locataire_vide',
        rent: 500,
      });
      const { population } = situationsToPopulation([h], '2026-06');
      return computeBatch(population).states[3]!.alResources[0]!;
    };
    const without = base(0);
    expect(base(29_000)).toBe(without);
    // 40 000 € × 3 % = 1 200 € a year, the base being rounded to the 100 € above.
    expect(base(40_000)).toBe(without + 1200);
  });

  it('refuses an input it does not read, naming it in French', () => {
    const h = situation({
      parents: [{ ...adult, inputs: { valeur_locative_immo_non_loue: months(100) } }],
    });
    expect(validateSituation(h)).toEqual([
      'individus.demandeur.valeur_locative_immo_non_loue : variable non prise en charge',
    ]);
  });
});
