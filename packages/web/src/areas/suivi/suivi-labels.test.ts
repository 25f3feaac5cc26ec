import { describe, expect, it } from 'vitest';
import { frenchDate, frenchDateTime } from './suivi-labels.ts';

describe('dates of the case file', () => {
  it('shows a day as JJ/MM/AAAA', () => {
    expect(frenchDate('2026-03-12')).toBe('12/03/2026');
  });

  it('shows an instant in Paris time, summer and winter, whatever the device’s zone', () => {
    expect(frenchDateTime('2026-11-23T14:26:32.000Z')).toBe('23/11/2026 à 15:26:32');
    expect(frenchDateTime('2026-07-01T22:30:00.000Z')).toBe('02/07/2026 à 00:30:00');
  });
});
