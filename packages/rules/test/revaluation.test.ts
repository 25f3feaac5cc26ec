import { describe, expect, it } from 'vitest';
import { overdueRevaluations, revaluationWarnings } from '../src/revaluation.ts';
import { parseMonth } from '../src/periods.ts';

describe('revaluations due and not entered', () => {
  it('lists the CSS ceiling, due on 1 April 2026 and still at its value of 1 April 2025', () => {
    const overdue = overdueRevaluations('2026-12-07');
    const css = overdue.find((o) => o.parameter === 'css.plafondBase');
    expect(css).toMatchObject({ lastFrom: '2025-04-01', due: '2026-04-01' });
    // Housing-aid R0 of 1 January 2026 is entered (not revalued, arrêté du 28/12/2025).
    expect(overdue.map((o) => o.parameter)).not.toContain('aides-logement.r0Seul');
    // The RSA amount of 1 April 2026 is entered: nothing is due before 1 April 2027.
    expect(overdue.map((o) => o.parameter)).not.toContain('rsa.montantDeBase');
  });

  it('is empty the day before a revaluation date and lists it on the day', () => {
    const on = (date: string) =>
      overdueRevaluations(date).filter((o) => o.parameter === 'css.plafondBase');
    expect(on('2026-03-31')).toEqual([]);
    expect(on('2026-04-01')).toHaveLength(1);
  });

  it('warns a result of a month computed with a value past its revaluation', () => {
    expect(revaluationWarnings(parseMonth('2025-03'))).toEqual([]);
    expect(revaluationWarnings(parseMonth('2026-06'))[0]).toContain(
      'css.plafondBase (attendue le 1er avril 2026)',
    );
  });
});
