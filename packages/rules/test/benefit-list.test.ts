import { describe, expect, it } from 'vitest';
import { benefitCatalogue, simulate } from '../src/index.ts';
import { situation } from './situations.ts';

describe("simulate's list of every benefit", () => {
  const result = simulate(
    situation({
      parents: [{ birth: '1980-05-10' }],
      children: [{ birth: '2018-03-15' }, { birth: '2014-03-15' }],
      housing: 'locataire_vide',
      rent: 600,
    }),
    '2026-06',
  );

  it('lists every catalogued benefit once, in the catalogue order', () => {
    expect(result.benefits.map((b) => b.id)).toEqual(benefitCatalogue.map((e) => e.id));
  });

  it('carries the amounts simulate computes under their OpenFisca names', () => {
    const amounts = Object.fromEntries(result.benefits.map((b) => [b.id, b.amount]));
    for (const id of ['rsa', 'ppa', 'aide_logement', 'af', 'asf', 'ars', 'cheque_energie'])
      expect(amounts[id]).toBe(result.openfisca[id as keyof typeof result.openfisca]);
    expect(amounts.af).toBeGreaterThan(0);
    expect(amounts.ars).toBeGreaterThan(0);
  });

  it('gives the CSS status and explains each refusal in French', () => {
    const css = result.benefits.find((b) => b.id === 'css');
    expect(css?.status).toBe('gratuite');
    expect(css?.eligible).toBe(true);
    const aspa = result.benefits.find((b) => b.id === 'aspa');
    expect(aspa?.eligible).toBe(false);
    expect(aspa?.reasons[0]).toMatch(
      /à partir de 65 ans\. La personne la plus âgée du foyer a 46 ans/,
    );
    for (const b of result.benefits) {
      if (b.eligible) expect(b.reasons).toEqual([]);
      else expect(b.reasons.length).toBeGreaterThan(0);
    }
  });

  it('says why a lodged person gets no chèque énergie', () => {
    const lodged = simulate(situation({ parents: [{ birth: '1980-05-10' }] }), '2026-06');
    const cheque = lodged.benefits.find((b) => b.id === 'cheque_energie');
    expect(cheque?.reasons[0]).toMatch(/locataire ou propriétaire/);
  });
});
