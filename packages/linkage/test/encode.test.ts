import { describe, expect, it } from 'vitest';
import {
  BloomEncoder,
  dice,
  encodeIdentity,
  IdentityEncoder,
  keyedHash,
  normaliseIdentity,
} from '../src/index.ts';

const KEY = 'clé-de-la-convention-2026-caf-bailleur';
const OTHER_KEY = 'clé-d-une-autre-convention-2026';

describe('keyed hash (HMAC-SHA-256)', () => {
  it('gives the same code for the same value under the same key', () => {
    expect(keyedHash(KEY, 'DIALLO')).toBe(keyedHash(KEY, 'DIALLO'));
  });

  it('gives other codes under another key, and for another value', () => {
    expect(keyedHash(KEY, 'DIALLO')).not.toBe(keyedHash(OTHER_KEY, 'DIALLO'));
    expect(keyedHash(KEY, 'DIALLO')).not.toBe(keyedHash(KEY, 'DIALO'));
  });

  it('refuses a key too short to be secret', () => {
    expect(() => new IdentityEncoder('court')).toThrow(/trop courte/);
  });
});

describe('Bloom-filter encodings (CLK)', () => {
  const bloom = new BloomEncoder(KEY);

  it('keeps similar names similar and different names apart', () => {
    const same = dice(bloom.encode('nom', 'BOUCHERIF'), bloom.encode('nom', 'BOUCHERIF'));
    const typo = dice(bloom.encode('nom', 'BOUCHERIF'), bloom.encode('nom', 'BOCUHERIF'));
    const other = dice(bloom.encode('nom', 'BOUCHERIF'), bloom.encode('nom', 'MARTIN'));
    expect(same).toBe(1);
    expect(typo).toBeGreaterThan(0.6);
    expect(other).toBeLessThan(0.4);
  });

  it('depends on the key', () => {
    const other = new BloomEncoder(OTHER_KEY);
    expect(dice(bloom.encode('nom', 'MARTIN'), other.encode('nom', 'MARTIN'))).toBeLessThan(0.6);
  });
});

describe('encoded identities', () => {
  const person = normaliseIdentity({
    id: 'L1',
    lastName: 'Ménache-Bréberon',
    firstNames: 'Aurélie',
    sex: 'F',
    birthDate: '22/11/1990',
    streetNumber: '22',
    street: 'passage Sadi Carnot',
    postcode: '93220',
    commune: 'Gagny',
    phone: '06 12 34 56 78',
  });

  it('hold no name, date, address or phone in clear', () => {
    const text = JSON.stringify(encodeIdentity(person, KEY), (_, value: unknown) =>
      value instanceof Uint32Array ? [] : value,
    );
    for (const clear of [
      'MENACHE',
      'BREBERON',
      'AURELIE',
      '1990',
      '22',
      'SADI',
      'GAGNY',
      '93220',
      '0612345678',
    ]) {
      expect(text).not.toContain(clear);
    }
  });

  it('are deterministic for one key and differ between keys', () => {
    expect(encodeIdentity(person, KEY).names[0]?.exact).toBe(
      encodeIdentity(person, KEY).names[0]?.exact,
    );
    expect(encodeIdentity(person, KEY).names[0]?.exact).not.toBe(
      encodeIdentity(person, OTHER_KEY).names[0]?.exact,
    );
  });
});
