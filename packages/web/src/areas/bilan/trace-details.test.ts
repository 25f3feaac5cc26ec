// The professional's detail speaks French too: no `2026-06`, no `EUR/mois`, no decimal point.
import { describe, expect, it } from 'vitest';
import { monthWords, parameterValue } from './trace-details.tsx';

describe('the calculation detail', () => {
  it('says the month in words', () => {
    expect(monthWords('2026-06')).toBe('juin 2026');
    expect(monthWords('2026')).toBe('2026');
  });

  it('writes each parameter’s value with its unit in French', () => {
    expect(parameterValue(635.71, 'EUR/mois')).toBe('635,71 € par mois');
    expect(parameterValue(1200, 'EUR/an')).toBe('1 200,00 € par an');
    expect(parameterValue(0.03, 'taux')).toBe('3 %');
    expect(parameterValue(0.615, 'taux')).toBe('61,5 %');
    expect(parameterValue(25, 'ans')).toBe('25 ans');
  });
});
