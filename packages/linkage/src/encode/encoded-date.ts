import { createHmac } from 'node:crypto';
import { isPlaceholderDate } from '../compare/dates.ts';
import { dateDigits, type BirthDate } from '../normalise/dates.ts';

/** A date of birth as codes that still reveal a swapped day and month, a mistyped digit or year. */
export interface EncodedDate {
  readonly exact: string;
  /** Code of the date with day and month exchanged. */
  readonly swapped: string;
  /** Codes of the same day and month one year before and after. */
  readonly neighbours: readonly [string, string];
  readonly year: string;
  /** One keyed code per digit position of `YYYYMMDD`, to count differing digits. */
  readonly digits: Uint32Array;
  readonly placeholder: boolean;
}

/** What encoding a date needs from the identity encoder. */
export interface DateCodes {
  readonly hash: (value: string) => string;
  readonly key: string | Uint8Array;
}

const digitTables = new WeakMap<object, Uint32Array>();

/** 80 keyed codes, one per (position, digit): a secret substitution table, computed once per key. */
function digitTable(codes: DateCodes): Uint32Array {
  let table = digitTables.get(codes);
  if (!table) {
    table = new Uint32Array(80);
    for (let position = 0; position < 8; position++) {
      for (let digit = 0; digit < 10; digit++) {
        const digest = createHmac('sha256', codes.key)
          .update(`chiffre\u0000${position}\u0000${digit}`)
          .digest();
        table[position * 10 + digit] = digest.readUInt32BE(0);
      }
    }
    digitTables.set(codes, table);
  }
  return table;
}

/** Encodes a date of birth under the encoder's key. */
export function encodeDate(date: BirthDate, codes: DateCodes): EncodedDate {
  const table = digitTable(codes);
  const text = dateDigits(date);
  const digits = new Uint32Array(8);
  for (let position = 0; position < 8; position++)
    digits[position] = table[position * 10 + Number(text[position])] ?? 0;
  const shifted = (years: number): string =>
    codes.hash(dateDigits({ ...date, year: date.year + years }));
  return {
    exact: codes.hash(text),
    swapped: codes.hash(dateDigits({ year: date.year, month: date.day, day: date.month })),
    neighbours: [shifted(-1), shifted(1)],
    year: codes.hash(`annee${date.year}`),
    digits,
    placeholder: isPlaceholderDate(date),
  };
}

/** Same levels as `compareBirthDates`, on codes. */
export function compareEncodedDates(a: EncodedDate, b: EncodedDate): number {
  if (a.exact === b.exact) return a.placeholder ? 1 : 0;
  if (a.exact === b.swapped) return 2;
  if (a.neighbours.includes(b.exact)) return 3;
  let differing = 0;
  for (let position = 0; position < 8; position++)
    if (a.digits[position] !== b.digits[position]) differing++;
  if (differing === 1) return 3;
  if (a.year === b.year && (a.placeholder || b.placeholder)) return 4;
  return 5;
}
