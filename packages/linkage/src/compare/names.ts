import type { NormalisedFirstNames } from '../normalise/first-names.ts';
import type { NormalisedName } from '../normalise/names.ts';
import { jaroWinkler } from './jaro-winkler.ts';
import { editDistance } from './levenshtein.ts';

/** Result of a name comparison: the agreement level and, when exact, the value that agreed. */
export interface NameAgreement {
  level: number;
  value: string;
}

/** Two spellings are "close" when they differ by a typing error, not by a different name. */
export function closeSpelling(a: string, b: string): boolean {
  const shortest = Math.min(a.length, b.length);
  if (shortest < 3 || Math.abs(a.length - b.length) > 2) return false;
  // Letters present in one spelling only: a typing error changes at most four of them.
  if (bitCount(letterMask(a) ^ letterMask(b)) > 4) return false;
  const limit = shortest >= 8 ? 2 : 1;
  return editDistance(a, b, limit) <= limit || (shortest >= 5 && jaroWinkler(a, b) >= 0.93);
}

/**
 * Compares the surnames of two people (each may have a usage name, a birth name and both glued).
 * Levels: 0 identical, 1 close spelling, 2 one name shares a whole word with the other
 * (double name partly dropped, usage-birth name), 3 same French phonetic key, 4 different.
 */
export function compareSurnames(
  a: readonly NormalisedName[],
  b: readonly NormalisedName[],
  out: NameAgreement,
): void {
  out.value = '';
  for (const x of a)
    for (const y of b) if (x.compact === y.compact) return setLevel(out, 0, x.compact);
  for (const x of a)
    for (const y of b) if (closeSpelling(x.compact, y.compact)) return setLevel(out, 1, '');
  for (const x of a) for (const y of b) if (shareCore(x, y)) return setLevel(out, 2, '');
  for (const x of a)
    for (const y of b)
      if (x.phonetic.length >= 2 && x.phonetic === y.phonetic) return setLevel(out, 3, '');
  setLevel(out, 4, '');
}

function shareCore(x: NormalisedName, y: NormalisedName): boolean {
  for (const core of x.cores) {
    if (core.length < 3) continue;
    for (const other of y.cores)
      if (core === other || (core.length >= 5 && closeSpelling(core, other))) return true;
  }
  return false;
}

/**
 * Compares given names. Levels: 0 same first given name (or same full list), 1 one given name of
 * one side is among the other's (usual name not first, compound name cut), 2 close spelling or
 * same sound (Mohamed / Mouhamed), 3 only an initial agrees, 4 different.
 */
export function compareFirstNames(
  a: NormalisedFirstNames,
  b: NormalisedFirstNames,
  out: NameAgreement,
): void {
  out.value = '';
  const firstA = a.tokens[0] ?? '';
  if (a.compact === b.compact || (firstA.length > 1 && firstA === b.tokens[0]))
    return setLevel(out, 0, firstA);
  for (const x of a.tokens) {
    if (x.length < 2) continue;
    for (const y of b.tokens) if (x === y) return setLevel(out, 1, x);
  }
  if (closeSpelling(a.compact, b.compact)) return setLevel(out, 2, '');
  for (let i = 0; i < a.tokens.length; i++) {
    const x = a.tokens[i] ?? '';
    if (x.length < 2) continue;
    for (let j = 0; j < b.tokens.length; j++) {
      const y = b.tokens[j] ?? '';
      if (y.length < 2) continue;
      if (closeSpelling(x, y) || (a.phonetics[i] !== '' && a.phonetics[i] === b.phonetics[j])) {
        return setLevel(out, 2, '');
      }
    }
  }
  if (a.initialsOnly || b.initialsOnly) {
    const initials = a.initialsOnly ? a : b;
    const full = a.initialsOnly ? b : a;
    const letter = initials.tokens[0] ?? '';
    if (full.tokens.some((token) => token.startsWith(letter))) return setLevel(out, 3, '');
  }
  setLevel(out, 4, '');
}

function setLevel(out: NameAgreement, level: number, value: string): void {
  out.level = level;
  out.value = value;
}

function letterMask(value: string): number {
  let mask = 0;
  for (let i = 0; i < value.length; i++) mask |= 1 << (value.charCodeAt(i) & 31);
  return mask;
}

function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
