import { describe, expect, it } from 'vitest';
import { monthsBetween, shiftSituation } from './shift-situation.ts';

describe('shiftSituation', () => {
  it('moves month keys by months and year keys by years, and nothing else', () => {
    const shifted = shiftSituation(
      {
        individus: {
          demandeur: {
            date_naissance: { ETERNITY: '1980-03-12' },
            salaire_net: { '2025-10': 900, '2025-11': 950, '2025-12': 1000 },
            revenu_fiscal: { '2023': 12000 },
          },
        },
        familles: { famille: { parents: ['demandeur'], rsa: { '2026-01': null } } },
      },
      '2026-01',
      '2026-11',
    );
    expect(shifted.individus.demandeur).toEqual({
      date_naissance: { ETERNITY: '1980-03-12' },
      salaire_net: { '2026-08': 900, '2026-09': 950, '2026-10': 1000 },
      revenu_fiscal: { '2023': 12000 },
    });
    expect(shifted.familles?.famille).toEqual({ parents: ['demandeur'], rsa: { '2026-11': null } });
  });

  it('crosses a year', () => {
    expect(monthsBetween('2025-11', '2026-02')).toBe(3);
    const shifted = shiftSituation(
      { individus: { a: { x: { '2025-12': 1, '2024': 2 } } } },
      '2025-11',
      '2026-02',
    );
    expect(shifted.individus.a).toEqual({ x: { '2026-03': 1, '2025': 2 } });
  });
});
