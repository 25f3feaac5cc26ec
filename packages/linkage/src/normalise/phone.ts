import { digitsOnly } from './text.ts';

/**
 * A French phone number as ten digits starting with 0, whatever the typing:
 * `06 12 34 56 78`, `06.12.34.56.78`, `+33 6 12 34 56 78`, `+33 (0)6…`, `0033612345678`, `33612345678`.
 * Other numbers keep their digits. Returns `undefined` when too short to identify anyone.
 */
export function normalisePhone(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let digits = digitsOnly(value);
  if (digits.startsWith('00330')) digits = digits.slice(4);
  else if (digits.startsWith('0033')) digits = `0${digits.slice(4)}`;
  else if (digits.startsWith('330') && digits.length === 12) digits = digits.slice(2);
  else if (digits.startsWith('33') && digits.length === 11) digits = `0${digits.slice(2)}`;
  else if (digits.length === 9 && /^[1-9]/.test(digits)) digits = `0${digits}`;
  return digits.length >= 9 ? digits : undefined;
}

/** An e-mail address in lower case without spaces; `undefined` when it has no `@`. */
export function normaliseEmail(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const email = value.trim().toLowerCase().replace(/\s+/g, '');
  return email.includes('@') ? email : undefined;
}
