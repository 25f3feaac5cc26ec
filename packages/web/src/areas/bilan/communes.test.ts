import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { communeLines } from '../../../build-tools/communes.ts';
import { exactCommune, normalise, parseCommunes, searchCommunes } from './communes.ts';

// The real list, made as the build makes it.
const file = createRequire(import.meta.url).resolve(
  '@etalab/decoupage-administratif/data/communes.json',
);
const list = parseCommunes(
  communeLines(JSON.parse(readFileSync(file, 'utf8')) as Parameters<typeof communeLines>[0]),
);
const codes = (query: string) => searchCommunes(list, query).map((c) => c.code);

describe('commune search', () => {
  it('has the current communes only, with their postal codes', () => {
    expect(list.length).toBeGreaterThan(34_000);
    expect(list.find((c) => c.code === '69259')).toEqual({
      code: '69259',
      name: 'Vénissieux',
      postalCodes: ['69200'],
    });
  });

  it('finds a commune by its name, without accents or capitals', () => {
    expect(codes('venissieux')[0]).toBe('69259');
    expect(codes('Lyon')[0]).toBe('69123');
    expect(normalise('Saint-Étienne')).toBe('saint etienne');
  });

  it('finds communes by postal code and by INSEE code, Corsica included', () => {
    // 69200 is Vénissieux's postal code and another commune's INSEE code: the postal code first.
    expect(codes('69200')[0]).toBe('69259');
    expect(exactCommune(searchCommunes(list, '69200'), '69200')?.code).toBe('69259');
    expect(codes('69003')).toContain('69123');
    expect(codes('2A004')[0]).toBe('2A004');
  });

  it('chooses by itself only when the query leaves no doubt', () => {
    expect(exactCommune(searchCommunes(list, 'Lyon'), 'Lyon')?.code).toBe('69123');
    expect(exactCommune(searchCommunes(list, 'Saint'), 'Saint')).toBeUndefined();
  });
});
