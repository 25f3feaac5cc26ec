import type { TermFrequencies } from './compare/identity.ts';
import type { NormalisedIdentity } from './normalise/identity.ts';

/**
 * Share of records carrying each surname and each given name, over all files together: the
 * probability that a random person shares that value, which replaces the average `u` of an exact
 * agreement (term-frequency adjustment). Works on clear values or on their codes alike.
 */
export function countFrequencies<T>(
  files: ReadonlyArray<readonly T[]>,
  surnamesOf: (record: T) => Iterable<string>,
  firstNamesOf: (record: T) => Iterable<string>,
): TermFrequencies {
  const surname = new Map<string, number>();
  const firstName = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    for (const record of file) {
      total++;
      for (const value of new Set(surnamesOf(record)))
        surname.set(value, (surname.get(value) ?? 0) + 1);
      for (const value of new Set(firstNamesOf(record)))
        firstName.set(value, (firstName.get(value) ?? 0) + 1);
    }
  }
  for (const table of [surname, firstName]) {
    for (const [value, count] of table) table.set(value, count / Math.max(1, total));
  }
  return { surname, firstName };
}

/** Frequencies of clear surnames and given names. */
export function termFrequencies(
  files: ReadonlyArray<readonly NormalisedIdentity[]>,
): TermFrequencies {
  return countFrequencies(
    files,
    (person) => person.names.map((name) => name.compact),
    (person) => person.firstNames?.tokens ?? [],
  );
}
