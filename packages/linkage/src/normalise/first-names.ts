import { frenchPhonetic } from '../phonetic.ts';
import { words } from './text.ts';

/** Given names reduced to the forms the comparators need. */
export interface NormalisedFirstNames {
  /** Each given name, hyphenated parts as separate words: `MARIE FRANCE`, `JEAN PIERRE` → 4 words. */
  readonly tokens: readonly string[];
  /** All given names glued, so `Jean-Pierre` and `JEANPIERRE` agree. */
  readonly compact: string;
  /** Phonetic key of each token, same order. */
  readonly phonetics: readonly string[];
  /** True when the value is only initials (`P.`, `J.-P.`). */
  readonly initialsOnly: boolean;
}

/**
 * Normalises a given-name field: one usual name, a compound (`Jean-Pierre`), the full civil list
 * (`MARIE FRANCOISE JOSETTE`, sometimes comma-separated) or initials. Returns `undefined` when empty.
 */
export function normaliseFirstNames(value: string | undefined): NormalisedFirstNames | undefined {
  if (value === undefined) return undefined;
  const tokens = words(value).filter((word) => !/\d/.test(word));
  if (tokens.length === 0) return undefined;
  return {
    tokens,
    compact: tokens.join(''),
    phonetics: tokens.map(frenchPhonetic),
    initialsOnly: tokens.every((word) => word.length === 1),
  };
}
