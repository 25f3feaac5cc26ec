import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { epochDays } from './periods.ts';

describe('epochDays', () => {
  it('equals Date.UTC in days for any date, days past the month end included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: -2, max: 15 }),
        fc.integer({ min: 0, max: 40 }),
        (year, month, day) => {
          expect(epochDays(year, month, day)).toBe(Date.UTC(year, month - 1, day) / 86_400_000);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('counts from 1 January 1970', () => {
    expect(epochDays(1970, 1, 1)).toBe(0);
    expect(epochDays(2000, 3, 1)).toBe(11_017);
  });
});
