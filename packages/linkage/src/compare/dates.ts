import type { BirthDate } from '../normalise/dates.ts';

/** Agreement levels of two dates of birth, best first. */
export const DATE_LEVELS = [
  'identiques',
  'identiques (date conventionnelle)',
  'jour et mois inversés',
  'un chiffre ou une année d’écart',
  'date conventionnelle et même année',
  'différentes',
] as const;

/** 1 January and 31 December stand for an unknown day of birth, mostly for people born abroad. */
export function isPlaceholderDate(date: BirthDate): boolean {
  return (date.day === 1 && date.month === 1) || (date.day === 31 && date.month === 12);
}

/**
 * Compares two dates of birth and returns the index of the first level of `DATE_LEVELS` that holds:
 * exact, exact on a placeholder date, day and month swapped, one mistyped digit or the year off by
 * one, a placeholder against a real date of the same year, or different.
 */
export function compareBirthDates(a: BirthDate, b: BirthDate): number {
  const sameYear = a.year === b.year;
  if (sameYear && a.month === b.month && a.day === b.day) return isPlaceholderDate(a) ? 1 : 0;
  if (sameYear && a.day === b.month && a.month === b.day) return 2;
  if (a.month === b.month && a.day === b.day && Math.abs(a.year - b.year) === 1) return 3;
  if (differingDigits(a, b) === 1) return 3;
  if (sameYear && (isPlaceholderDate(a) || isPlaceholderDate(b))) return 4;
  return 5;
}

function differingDigits(a: BirthDate, b: BirthDate): number {
  return (
    digitDifferences(a.year, b.year, 4) +
    digitDifferences(a.month, b.month, 2) +
    digitDifferences(a.day, b.day, 2)
  );
}

function digitDifferences(x: number, y: number, width: number): number {
  let count = 0;
  for (let i = 0; i < width; i++) {
    if (x % 10 !== y % 10) count++;
    x = Math.floor(x / 10);
    y = Math.floor(y / 10);
  }
  return count;
}
