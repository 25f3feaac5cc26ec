import { describe, expect, it } from 'vitest';
import { parseBirthDate, parseSearch } from './search-query.ts';

describe('parseSearch', () => {
  it('takes a French or ISO birth date out of the words', () => {
    expect(parseSearch('Koné 12/03/1980')).toEqual({ name: 'Koné', birthDate: '1980-03-12' });
    expect(parseSearch('1980-03-12')).toEqual({ name: '', birthDate: '1980-03-12' });
    expect(parseSearch('2/3/1980 Awa')).toEqual({ name: 'Awa', birthDate: '1980-03-02' });
  });

  it('takes a phone number typed with spaces, dots or +33', () => {
    expect(parseSearch('06 12 34 56 78')).toEqual({ name: '', phone: '0612345678' });
    expect(parseSearch('+33612345678')).toEqual({ name: '', phone: '0612345678' });
    expect(parseSearch('Diallo 06.12.34.56.78')).toEqual({ name: 'Diallo', phone: '0612345678' });
  });

  it('leaves a name alone, and an impossible date as words', () => {
    expect(parseSearch('Élodie Lefèvre')).toEqual({ name: 'Élodie Lefèvre' });
    expect(parseSearch('31/02/1980').birthDate).toBeUndefined();
    expect(parseBirthDate('1980-13-01')).toBeUndefined();
  });
});
