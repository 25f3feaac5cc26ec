import { digitsOnly } from './text.ts';

/** A calendar date as three numbers, so comparators can see swapped or mistyped parts. */
export interface BirthDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Reads a date of birth in the formats French files use: `YYYY-MM-DD`, `DD/MM/YYYY`,
 * `DD-MM-YYYY`, `DD.MM.YYYY`, `YYYYMMDD`, `DDMMYYYY`, with an optional time after it.
 * Day first is assumed when ambiguous (French convention). Returns `undefined` when unreadable.
 */
export function parseBirthDate(value: string | undefined): BirthDate | undefined {
  if (value === undefined) return undefined;
  const text = value.trim().split(/[ T]/)[0] ?? '';
  const parts = text.split(/[-/.]/);
  if (parts.length === 3) {
    const [a = '', b = '', c = ''] = parts;
    if (a.length === 4) return checked(Number(a), Number(b), Number(c));
    return checked(expandYear(c), Number(b), Number(a));
  }
  const digits = digitsOnly(text);
  if (digits.length !== 8 || digits !== text) return undefined;
  const asYearFirst = checked(
    Number(digits.slice(0, 4)),
    Number(digits.slice(4, 6)),
    Number(digits.slice(6)),
  );
  return (
    asYearFirst ??
    checked(Number(digits.slice(4)), Number(digits.slice(2, 4)), Number(digits.slice(0, 2)))
  );
}

function expandYear(text: string): number {
  const year = Number(text);
  if (text.length !== 2) return year;
  // Two-digit years: a person born in "05" is far more likely born in 2005 than in 1905 only
  // when that is not in the future.
  const century = year <= new Date().getUTCFullYear() % 100 ? 2000 : 1900;
  return century + year;
}

function checked(year: number, month: number, day: number): BirthDate | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day))
    return undefined;
  if (year < 1880 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31)
    return undefined;
  return { year, month, day };
}

/** `YYYYMMDD` as eight digits, the form the comparators and encoders use. */
export function dateDigits(date: BirthDate): string {
  return `${date.year}${String(date.month).padStart(2, '0')}${String(date.day).padStart(2, '0')}`;
}
