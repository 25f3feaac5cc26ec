import type { TermFrequencies } from './compare/identity.ts';
import type { NormalisedIdentity } from './normalise/identity.ts';

/**
 * Share of records carrying each surname and each given name, over all files together: the
 * probability that a random person shares that value, which replaces the average `u` of an exact
 * agreement (term-frequency adjustment).
 */
export function termFrequencies(
  files: ReadonlyArray<readonly NormalisedIdentity[]>,
): TermFrequencies {
  const surname = new Map<string, number>();
  const firstName = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    for (const person of file) {
      total++;
      for (const value of new Set(person.names.map((name) => name.compact))) {
        surname.set(value, (surname.get(value) ?? 0) + 1);
      }
      for (const value of new Set(person.firstNames?.tokens))
        firstName.set(value, (firstName.get(value) ?? 0) + 1);
    }
  }
  for (const table of [surname, firstName])
    for (const [value, count] of table) table.set(value, count / Math.max(1, total));
  return { surname, firstName };
}
