// `npm run mutate -- <target>`: mutation testing of one scope with StrykerJS (ADR 0011). Too slow
// for CI: run it by hand, on an idle machine, and write the score in CONTRIBUTING.md.
// Prints `mutation_score: N` (killed or timed out / mutants run, as Stryker counts it).
import type { LogLevel, PartialStrykerOptions } from '@stryker-mutator/api/core';
import { Stryker } from '@stryker-mutator/core';
import { MUTATION_TARGETS, mutationScore } from './mutate-targets.ts';

const name = process.argv[2] ?? '';
const target = MUTATION_TARGETS[name];
if (target === undefined) {
  process.stderr.write(
    `Usage : npm run mutate -- <cible> [motif…]\nCibles : ${Object.keys(MUTATION_TARGETS).join(', ')}\n` +
      'Des motifs (globs) après la cible restreignent les fichiers mutés.\n',
  );
  process.exit(2);
}
const only = process.argv.slice(3);
process.env.ZNR_MUTATE_TARGET = name;

const options: PartialStrykerOptions = {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'test/mutate-vitest.config.ts', related: false },
  mutate: only.length > 0 ? only : target.mutate,
  // Stryker 9.6 finds no test in its copy of this repository: ZNR_MUTATE_IN_PLACE=1 (CONTRIBUTING.md).
  // One mutant at a time: the machine is shared, and the server tests start databases.
  concurrency: 1,
  coverageAnalysis: 'perTest',
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  ignorePatterns: ['docs', 'bench', 'e2e', 'reports', '**/dist', '**/.tsbuild', 'data'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  inPlace: process.env.ZNR_MUTATE_IN_PLACE === '1',
  // Vitest does not typecheck: no need for Stryker's @ts-nocheck in every file (in place, it
  // would touch them all until the run ends).
  disableTypeChecks: false,
  logLevel: (process.env.ZNR_MUTATE_LOG ?? 'info') as LogLevel,
};

const results = await new Stryker(options).runMutationTest();
process.stdout.write(`mutation_score: ${mutationScore(results).toFixed(1)}\n`);
