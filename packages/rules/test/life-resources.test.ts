import { describe, expect, it } from 'vitest';
import { withParameterSet } from '../src/parameters.ts';
import { computeBatch } from '../src/batch.ts';
import {
  simulate,
  simulateMany,
  validateSituation,
  type OpenFiscaSituation,
} from '../src/index.ts';
import lifeEvents from './cases/life-events-subset.json' with { type: 'json' };
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

  it('opens the RSA majoré to a parent alone for less than 18 months (L262-9 CASF)', () => {
    // A child of 5: without isolement récent, the RSA for two persons (1,5 × 651,69); with it,
    // the majoré 651,69 × (128,412 % + 42,804 %). Same forfait logement and resources.
    const household = (isolated: boolean): HouseholdSpec => ({
      parents: [adult],
      children: [{ birth: '2021-02-01' }],
      famille: { rsa_isolement_recent: months(isolated, '2026-01') },
    });
    const gap =
      (openfisca(household(true)).rsa as number) - (openfisca(household(false)).rsa as number);
    expect(gap).toBeCloseTo(651.69 * (1.28412 + 0.42804 - 1.5), 1);
  });

  it('counts the turnover of a micro-entrepreneur after its allowance in the RSA (art. 50-0 CGI)', () => {
    // Services (BIC) under the versement libératoire: 600 € of turnover a month, 50 % allowance:
    // 300 € of earnings. 573,49 − 300 = 273,49 €.
    const got = openfisca({
      parents: [
        { ...adult, activite: 'actif', inputs: { rpns_auto_entrepreneur_CA_bic: months(600) } },
      ],
    });
    expect(got.rsa).toBeCloseTo(273.49, 2);
  });

  it('counts the taxable micro profit of N-2 in the family benefits resources (R532-3 CSS)', () => {
    // 30 000 € of non-commercial receipts in 2024 under the micro regime: 34 % allowance
    // (art. 102 ter CGI), 19 800 € of taxable profit, the only resource of year N-2.
    const h = situation({
      parents: [{ ...adult, activite: 'actif', inputs: { mbnc_impo: { '2024': 30_000 } } }],
      children: [{ birth: '2015-02-01' }, { birth: '2017-02-01' }],
    });
    const { population } = situationsToPopulation([h], '2026-06');
    expect(computeBatch(population).states[3]!.pfResources[0]).toBeCloseTo(19_800, 2);
  });

  it('refuses an input it does not read, naming it in French', () => {
    const h = situation({
      parents: [{ ...adult, inputs: { valeur_locative_immo_non_loue: months(100) } }],
    });
    expect(validateSituation(h)).toEqual([
      'individus.demandeur.valeur_locative_immo_non_loue : variable non prise en charge, le moteur ne sait pas en tenir compte (calculer sans elle donnerait un montant faux)',
    ]);
  });
});

interface OracleCase {
  name: string;
  period: string;
  input: OpenFiscaSituation;
  output: Record<string, number | string | boolean | null>;
  margin: number;
}

describe('lives that change, computed by OpenFisca-France (life-events subset)', () => {
  const cases = (lifeEvents as unknown as { cases: OracleCase[] }).cases;
  // OpenFisca-France 176.0.7's values (CSS ceiling of 1 April 2024…), as the oracle computed.
  const results = withParameterSet('openfisca-176', () =>
    simulateMany(
      cases.map((c) => c.input),
      '2026-06',
    ),
  );
  it.each(cases.map((c, k) => [c.name, c, k] as const))('%s', (_name, c, k) => {
    const got = results[k]! as Record<string, unknown>;
    const wrong = Object.entries(c.output).filter(([variable, want]) => {
      const value = got[variable];
      return typeof want === 'number'
        ? !(typeof value === 'number' && Math.abs(value - want) <= c.margin)
        : value !== want;
    });
    expect(wrong.map(([v, want]) => `${v}: ${String(got[v])} au lieu de ${String(want)}`)).toEqual(
      [],
    );
  });
});
