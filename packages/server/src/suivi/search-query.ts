import { phoneKey } from './search-keys.ts';

// The search box takes a name, a birth date and a phone number in any mix ("Koné 12/03/1980",
// "06 12 34 56 78"), because a professional types what the person says. This splits what was
// typed into the three criteria the search understands.

/** What one search box means. */
export interface ParsedSearch {
  /** What is left once the date and the phone are taken out: words of a name. */
  name: string;
  /** ISO `AAAA-MM-JJ`, when a valid date was typed. */
  birthDate?: string;
  /** National digits, when a phone number was typed. */
  phone?: string;
}

const frenchDate = /(?<![0-9])([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})(?![0-9])/;
const isoDate = /(?<![0-9])([0-9]{4})-([0-9]{2})-([0-9]{2})(?![0-9])/;
// A run of digits with the separators people type: "+33 6 12 34 56 78", "06.12.34.56.78".
const phoneLike = /(?:\+|(?<![0-9]))[0-9][0-9 .-]{7,}[0-9](?![0-9])/;

/** `AAAA-MM-JJ` when year, month and day make a real date; undefined otherwise. */
export function validIsoDate(year: string, month: string, day: string): string | undefined {
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : undefined;
}

/** A birth date typed `12/03/1980`, `12-03-1980`, `12.03.1980` or `1980-03-12`, as ISO. */
export function parseBirthDate(value: string): string | undefined {
  const iso = isoDate.exec(value);
  if (iso !== null) return validIsoDate(iso[1]!, iso[2]!, iso[3]!);
  const french = frenchDate.exec(value);
  if (french !== null) return validIsoDate(french[3]!, french[2]!, french[1]!);
  return undefined;
}

/** Splits one search box into a name, a birth date and a phone number. */
export function parseSearch(typed: string): ParsedSearch {
  let rest = typed;
  const parsed: Omit<ParsedSearch, 'name'> = {};
  const date = isoDate.exec(rest) ?? frenchDate.exec(rest);
  const birthDate = date === null ? undefined : parseBirthDate(date[0]);
  if (date !== null && birthDate !== undefined) {
    parsed.birthDate = birthDate;
    rest = rest.replace(date[0], ' ');
  }
  const phone = phoneLike.exec(rest);
  const digits = phone === null ? null : phoneKey(phone[0]);
  if (phone !== null && digits !== null) {
    parsed.phone = digits;
    rest = rest.replace(phone[0], ' ');
  }
  return { name: rest.replace(/\s+/g, ' ').trim(), ...parsed };
}
