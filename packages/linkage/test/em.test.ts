import { describe, expect, it } from 'vitest';
import { countPatterns, expectationMaximisation } from '../src/index.ts';

/** Draws pairs from a known two-class mixture with three independent fields of two levels. */
function mixture(pairs: number, lambda: number, m: number[], u: number[], seed: number) {
  let state = seed;
  const random = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const levels = new Uint8Array(pairs * m.length);
  for (let p = 0; p < pairs; p++) {
    const match = random() < lambda;
    m.forEach((mk, k) => {
      const agree = random() < (match ? mk : (u[k] ?? 0));
      levels[p * m.length + k] = agree ? 0 : 1;
    });
  }
  return levels;
}

describe('EM for Fellegi-Sunter', () => {
  it('recovers the parameters of a synthetic mixture', () => {
    const m = [0.95, 0.9, 0.85];
    const u = [0.05, 0.1, 0.2];
    const levels = mixture(50_000, 0.2, m, u, 7);
    const table = countPatterns(levels, 50_000, 3);
    const result = expectationMaximisation(table, {
      start: [0, 1, 2].map(() => ({ m: [0.7, 0.3], u: [0.3, 0.7] })),
      lambda: 0.5,
    });
    expect(result.converged).toBe(true);
    expect(result.lambda).toBeCloseTo(0.2, 1);
    result.fields.forEach((field, k) => {
      expect(field.m[0]).toBeCloseTo(m[k] ?? 0, 1);
      expect(field.u[0]).toBeCloseTo(u[k] ?? 0, 1);
    });
  });

  it('leaves fixed fields untouched', () => {
    const levels = mixture(5_000, 0.3, [0.9, 0.9], [0.1, 0.1], 3);
    const start = [
      { m: [0.6, 0.4], u: [0.4, 0.6] },
      { m: [0.6, 0.4], u: [0.4, 0.6] },
    ];
    const result = expectationMaximisation(countPatterns(levels, 5_000, 2), {
      start,
      lambda: 0.5,
      free: [true, false],
    });
    expect(result.fields[1]).toEqual(start[1]);
    expect(result.fields[0]?.m[0]).not.toBe(0.6);
  });

  it('groups identical vectors into one pattern', () => {
    const levels = Uint8Array.from([0, 1, 0, 1, 1, 1]);
    const table = countPatterns(levels, 3, 2);
    expect(Array.from(table.counts)).toEqual([2, 1]);
  });
});
