import { describe, expect, it } from 'vitest';
import { findCommune } from './communes.ts';

describe('findCommune', () => {
  it('finds a current commune by its INSEE code', () => {
    expect(findCommune('69259')).toEqual({ inseeCode: '69259', name: 'Vénissieux' });
  });

  it('finds Corsican codes and municipal arrondissements', () => {
    expect(findCommune('2A004')?.name).toBe('Ajaccio');
    expect(findCommune('69388')?.name).toBe('Lyon 8e Arrondissement');
  });

  it('knows nothing of codes that name no commune', () => {
    expect(findCommune('00000')).toBeUndefined();
    expect(findCommune('69123x')).toBeUndefined();
  });
});
