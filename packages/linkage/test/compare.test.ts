import { describe, expect, it } from 'vitest';
import {
  compareBirthDates,
  editDistance,
  frenchPhonetic,
  jaroWinkler,
  parseBirthDate,
} from '../src/index.ts';

describe('Jaro-Winkler', () => {
  // Reference values from Winkler (1990) and the usual implementations.
  it.each([
    ['MARTHA', 'MARHTA', 0.961],
    ['DWAYNE', 'DUANE', 0.84],
    ['DIXON', 'DICKSONX', 0.813],
    ['JELLYFISH', 'SMELLYFISH', 0.896],
  ])('%s / %s ≈ %f', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 3);
  });

  it('is 1 for equal strings, 0 when nothing is shared, and symmetric', () => {
    expect(jaroWinkler('DIALLO', 'DIALLO')).toBe(1);
    expect(jaroWinkler('ABC', 'XYZ')).toBe(0);
    expect(jaroWinkler('', 'ABC')).toBe(0);
    expect(jaroWinkler('TRAORE', 'TRAIRE')).toBe(jaroWinkler('TRAIRE', 'TRAORE'));
  });
});

describe('edit distance', () => {
  it.each([
    ['KITTEN', 'SITTING', 3],
    ['DOS', 'DSO', 1],
    ['BOUCHERIF', 'BOCUHERIF', 1],
    ['', 'ABC', 3],
    ['MARTIN', 'MARTIN', 0],
  ])('%s / %s = %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });

  it('stops past its limit', () => {
    expect(editDistance('ABCDEFGH', 'HGFEDCBA', 2)).toBe(3);
  });
});

describe('dates of birth', () => {
  const date = (text: string) => {
    const value = parseBirthDate(text);
    if (!value) throw new Error(text);
    return value;
  };

  it.each([
    ['1958-08-05', '1958-08-05', 0],
    ['1942-01-01', '1942-01-01', 1],
    ['1958-08-05', '1958-05-08', 2],
    ['1993-02-17', '1994-02-17', 3],
    ['1982-06-20', '1962-06-20', 3],
    ['1992-07-19', '1992-07-18', 3],
    ['1976-01-01', '1976-09-14', 4],
    ['1976-03-02', '1980-11-25', 5],
  ])('%s / %s is level %i', (a, b, level) => {
    expect(compareBirthDates(date(a), date(b))).toBe(level);
  });
});

describe('French phonetic key', () => {
  it.each([
    ['Mohamed', 'Mouhamed'],
    ['Mohamed', 'Mohammed'],
    ['Youssef', 'Youcef'],
    ['Lefèvre', 'Lefebvre'],
    ['Fatima', 'Fatma'],
    ['Kadiatou', 'Khadiatou'],
    ['Leila', 'Leyla'],
    ['Laurent', 'Lorent'],
    ['Philippe', 'Filipe'],
    ['Mamadou', 'Mamoudou'],
    ['Martin', 'Martins'],
  ])('%s sounds like %s', (a, b) => {
    expect(frenchPhonetic(a)).toBe(frenchPhonetic(b));
  });

  it.each([
    ['Martin', 'Bernard'],
    ['Diallo', 'Traoré'],
    ['Camille', 'Karim'],
  ])('%s does not sound like %s', (a, b) => {
    expect(frenchPhonetic(a)).not.toBe(frenchPhonetic(b));
  });
});
