import { describe, expect, it } from 'vitest';
import { isKnownCommune, zoneOfCommune } from './zones.ts';

describe('housing-aid zone of a commune', () => {
  it.each([
    ['75056', 1, 'Paris'],
    ['75112', 1, 'Paris 12e arrondissement'],
    ['93048', 1, 'Montreuil'],
    ['69123', 2, 'Lyon'],
    ['69259', 2, 'Vénissieux'],
    ['13055', 2, 'Marseille'],
    ['48095', 3, 'Mende'],
    ['01001', 3, "L'Abergement-Clémenciat (rural)"],
    ['2A004', 2, 'Ajaccio'],
  ])('%s → zone %i (%s)', (code, zone) => {
    expect(zoneOfCommune(code)).toBe(zone);
  });

  it('puts a code absent from the zonage in zone 2, as OpenFisca does', () => {
    expect(isKnownCommune('99999')).toBe(false);
    expect(zoneOfCommune('99999')).toBe(2);
  });
});
