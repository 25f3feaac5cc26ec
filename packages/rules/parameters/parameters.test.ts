import { describe, expect, it } from 'vitest';
import { parameterFiles as files } from './all.ts';

const all = Object.entries(files).flatMap(([file, params]) =>
  Object.entries(params).map(([name, p]) => [`${file}.${name}`, p] as const),
);

describe('legal parameters', () => {
  it.each(all)(
    '%s has rising dates, a value in force since 2023 and a source for each value',
    (_name, p) => {
      expect(p.description.length).toBeGreaterThan(5);
      expect(p.values.length).toBeGreaterThan(0);
      expect(p.values[0]!.from <= '2023-01-01').toBe(true);
      for (let k = 0; k < p.values.length; k++) {
        const v = p.values[k]!;
        expect(v.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (k > 0) expect(v.from > p.values[k - 1]!.from).toBe(true);
        expect(Number.isFinite(v.value)).toBe(true);
        expect(v.source.title.trim().length).toBeGreaterThan(3);
        expect(v.source.url).toMatch(/^https?:\/\//);
      }
    },
  );
});
