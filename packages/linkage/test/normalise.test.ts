import { describe, expect, it } from 'vitest';
import {
  normaliseAddress,
  normaliseCommune,
  normaliseFirstNames,
  normaliseIdentity,
  normaliseName,
  normalisePhone,
  normaliseSex,
  parseBirthDate,
} from '../src/index.ts';

// Real variants of the same French names and addresses, as partner files write them.
const SAME_SURNAME: ReadonlyArray<readonly [string, string]> = [
  ['Lefèvre', 'LEFEVRE'],
  ["N'Diaye", 'NDIAYE'],
  ['N’Diaye', 'N DIAYE'],
  ['de La Fontaine', 'Delafontaine'],
  ['Le Gall-Petit', 'LEGALL PETIT'],
  ['Ben Ali', 'BENALI'],
  ['Gonçalves', 'GONCALVES'],
  ['Şahin', 'SAHIN'],
  ['Yılmaz', 'YILMAZ'],
  ['Nguyên', 'NGUYEN'],
  ['DesChamps', 'DES CHAMPS'],
  ['Kılıç', 'KILIC'],
  ['Œuvrard', 'OEUVRARD'],
];

describe('surnames', () => {
  it.each(SAME_SURNAME)('%s and %s have the same compact form', (a, b) => {
    expect(normaliseName(a)?.compact).toBe(normaliseName(b)?.compact);
  });

  it('keeps the words that carry a double name, without particles', () => {
    expect(normaliseName('De Oliveira-Da Silva')?.cores).toEqual(['OLIVEIRA', 'SILVA']);
    expect(normaliseName('El Amrani')?.cores).toEqual(['AMRANI']);
  });

  it('gives nothing for a value without letters', () => {
    expect(normaliseName('  - ')).toBeUndefined();
    expect(normaliseName(undefined)).toBeUndefined();
  });
});

describe('first names', () => {
  it('splits compound names and lists, commas or spaces', () => {
    expect(normaliseFirstNames('Jean-Pierre')?.tokens).toEqual(['JEAN', 'PIERRE']);
    expect(normaliseFirstNames('LAETITIA, CAMILLE')?.tokens).toEqual(['LAETITIA', 'CAMILLE']);
    expect(normaliseFirstNames('Aïssatou')?.tokens).toEqual(['AISSATOU']);
  });

  it('recognises initials', () => {
    expect(normaliseFirstNames('P.')?.initialsOnly).toBe(true);
    expect(normaliseFirstNames('J.-P.')?.initialsOnly).toBe(true);
    expect(normaliseFirstNames('Paul')?.initialsOnly).toBe(false);
  });
});

describe('usage and birth names', () => {
  it('keeps usage name, birth name and both glued', () => {
    const person = normaliseIdentity({ id: '1', lastName: 'TOURE', birthName: 'DIAKITE' });
    expect(person.names.map((name) => name.compact)).toEqual(['TOURE', 'DIAKITE', 'TOUREDIAKITE']);
  });

  it('does not repeat a birth name equal to the usage name', () => {
    const person = normaliseIdentity({ id: '1', lastName: 'Yilmaz', birthName: 'YILMAZ' });
    expect(person.names).toHaveLength(1);
  });
});

describe('dates of birth', () => {
  it.each([
    ['1995-10-09', { year: 1995, month: 10, day: 9 }],
    ['09/10/1995', { year: 1995, month: 10, day: 9 }],
    ['09-10-1995', { year: 1995, month: 10, day: 9 }],
    ['09.10.1995', { year: 1995, month: 10, day: 9 }],
    ['19951009', { year: 1995, month: 10, day: 9 }],
    ['1995-10-09T00:00:00', { year: 1995, month: 10, day: 9 }],
  ])('reads %s', (text, date) => {
    expect(parseBirthDate(text)).toEqual(date);
  });

  it('refuses impossible dates', () => {
    expect(parseBirthDate('31/13/1990')).toBeUndefined();
    expect(parseBirthDate('hier')).toBeUndefined();
  });
});

describe('addresses', () => {
  const SAME_STREET: ReadonlyArray<readonly [string, string]> = [
    ['av. du Gal de Gaulle', 'AV DU GENERAL DE GAULLE'],
    ['Avenue du Général de Gaulle', 'AV DU GAL DE GAULLE'],
    ['bd Jean Jaurès', 'BOULEVARD JEAN JAURES'],
    ['r. Elsa Triolet', 'RUE ELSA TRIOLET'],
    ['boul. Simone Veil', 'BD SIMONE VEIL'],
    ['chemin Claude Debussy', 'CHE CLAUDE DEBUSSY'],
    ['av du Maréchal Foch', 'AV DU MAL FOCH'],
    ['rue du Pr Calmette', 'RUE DU PROFESSEUR CALMETTE'],
    ["avenue de l'Église", 'AV DE L EGLISE'],
  ];
  it.each(SAME_STREET)('%s and %s are the same street', (a, b) => {
    const x = normaliseAddress({ street: a });
    const y = normaliseAddress({ street: b });
    expect(x?.street).toBe(y?.street);
    expect(x?.streetType).toBe(y?.streetType);
  });

  it.each([
    ['12 bis', '12B'],
    ['12bis', '12B'],
    ['12 B', '12B'],
    ['97 T', '97T'],
    ['211 A', '211A'],
  ])('reads street number %s', (number, expected) => {
    expect(normaliseAddress({ streetNumber: number, street: 'rue de Paris' })?.number).toBe(
      expected,
    );
  });

  it('takes the number from the street line when the number field is empty', () => {
    const address = normaliseAddress({ street: '33 BIS, R. Martin Luther King' });
    expect(address).toMatchObject({
      number: '33B',
      streetType: 'RUE',
      street: 'MARTIN LUTHER KING',
    });
  });

  it.each([
    ['BAT B ESC 2 APPT 34', '34'],
    ['Bât. B - Esc. 2 - Logt 0034', '34'],
    ['Logement n°502', '502'],
    ['3e étage, porte 304', '304'],
    ['Apt 29 5e étage', '29'],
    ['RES LES TILLEULS BAT B', ''],
  ])('finds the apartment in %s', (complement, apartment) => {
    expect(normaliseAddress({ complement, postcode: '93200' })?.apartment).toBe(apartment);
  });

  it.each([
    ['Saint-Denis', 'ST DENIS'],
    ['St-Denis', 'SAINT DENIS'],
    ['Épinay-sur-Seine', 'EPINAY SUR SEINE'],
    ['LE PRE-SAINT-GERVAIS', 'Le Pré-Saint-Gervais'],
  ])('commune %s equals %s', (a, b) => {
    expect(normaliseCommune(a)).toBe(normaliseCommune(b));
  });
});

describe('phones and sex', () => {
  it.each([
    '06 12 34 56 78',
    '06.12.34.56.78',
    '+33 6 12 34 56 78',
    '0033612345678',
    '+33 (0)6 12 34 56 78',
    '612345678',
  ])('reads %s as 0612345678', (phone) => {
    expect(normalisePhone(phone)).toBe('0612345678');
  });

  it.each([
    ['H', 'M'],
    ['M', 'M'],
    ['Monsieur', 'M'],
    ['M.', 'M'],
    ['F', 'F'],
    ['Mme', 'F'],
    ['Madame', 'F'],
    ['', ''],
  ])('reads sex %s as %s', (value, sex) => {
    expect(normaliseSex(value)).toBe(sex);
  });
});
