import { foldToAscii, frenchPhonetic, normalisePhone } from '@znr/linkage';

// Search columns computed in TypeScript, so that the same accent- and typo-tolerant search works on
// PGlite and PostgreSQL without extensions: names folded to lower-case ASCII words, each word's
// French phonetic key (Dupont / Dupond, Mohamed / Mouhamed agree), digits of the phone number.

/** The words of a name, folded: "Élodie N'Diaye-Martin" → ["elodie", "n", "diaye", "martin"]. */
export function nameWords(value: string): string[] {
  return foldToAscii(value)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** ` word word ` (spaces around), searched with `like '% prefix%'`. */
export function nameKey(firstName: string, lastName: string): string {
  return ` ${[...nameWords(lastName), ...nameWords(firstName)].join(' ')} `;
}

/** The phonetic key of each word, spaced the same way. */
export function phoneticKey(firstName: string, lastName: string): string {
  const words = [...nameWords(lastName), ...nameWords(firstName)];
  return ` ${words.map((word) => frenchPhonetic(word)).join(' ')} `;
}

/** The phone number's national digits, or null. */
export function phoneKey(phone: string | null | undefined): string | null {
  return normalisePhone(phone ?? undefined) ?? null;
}
