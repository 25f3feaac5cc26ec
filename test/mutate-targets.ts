import type { MutantResult } from '@stryker-mutator/api/core';

/** A scope of mutation testing: the code mutated, and the tests run against each mutant. */
export interface MutationTarget {
  mutate: string[];
  /** Vitest project root and test files (relative to it). */
  root: string;
  tests: string[];
  /** Setup files of the Vitest project (relative to the repository). */
  setupFiles: string[];
}

const seeded = 'test/fast-check-seed.ts';
const embedded = 'test/embedded-database.ts';

// Globs rather than paths: the server's files move between feature folders.
export const MUTATION_TARGETS: Record<string, MutationTarget> = {
  rules: {
    mutate: ['packages/rules/src/**/*.ts', '!packages/rules/src/**/*.test.ts'],
    root: 'packages/rules',
    tests: ['src/**/*.test.ts', 'test/**/*.test.ts', 'parameters/**/*.test.ts'],
    setupFiles: [embedded, seeded],
  },
  linkage: {
    mutate: ['packages/linkage/src/**/*.ts', '!packages/linkage/src/**/*.test.ts'],
    root: 'packages/linkage',
    tests: ['test/**/*.test.ts'],
    setupFiles: [seeded],
  },
  // The server's access (policies, row-level security set by withActor), audit and import code.
  server: {
    mutate: [
      'packages/server/src/**/policies/*.ts',
      'packages/server/src/**/with-actor.ts',
      'packages/server/src/**/audit/chain.ts',
      'packages/server/src/**/run-import.ts',
      'packages/server/src/**/import-file.ts',
      'packages/server/src/**/validate-row.ts',
      'packages/server/src/**/seen-ids.ts',
      '!packages/server/src/**/*.test.ts',
    ],
    root: 'packages/server',
    tests: [
      'src/**/*access*.test.ts',
      'src/**/row-level-security*.test.ts',
      'src/**/with-actor.test.ts',
      'src/**/audit/*.test.ts',
      'src/**/import*.test.ts',
      'src/**/seen-ids.test.ts',
      'src/**/session/*.test.ts',
    ],
    setupFiles: [embedded, seeded],
  },
};

/**
 * Stryker's mutation score: mutants detected (killed, timed out) over mutants that ran or had
 * no test (survived, no coverage); mutants that did not compile or were ignored do not count.
 */
export function mutationScore(results: readonly Pick<MutantResult, 'status'>[]): number {
  let detected = 0;
  let undetected = 0;
  for (const { status } of results) {
    if (status === 'Killed' || status === 'Timeout') detected++;
    else if (status === 'Survived' || status === 'NoCoverage') undetected++;
  }
  return detected + undetected === 0 ? 0 : (100 * detected) / (detected + undetected);
}
