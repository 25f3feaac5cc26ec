import { defineConfig } from 'vitest/config';
import { MUTATION_TARGETS } from './mutate-targets.ts';

// The Vitest configuration Stryker runs for `npm run mutate -- <target>`: the one project of the
// target (Stryker's runner does not take the root configuration's list of projects).
const target = MUTATION_TARGETS[process.env.ZNR_MUTATE_TARGET ?? ''];
if (target === undefined) throw new Error('ZNR_MUTATE_TARGET : cible de mutation inconnue');

export default defineConfig({
  test: {
    // From the repository root: Stryker's own setup file lives there, out of a package's root.
    include: target.tests.map((glob) => `${target.root}/${glob}`),
    setupFiles: target.setupFiles.map((file) => new URL(`../${file}`, import.meta.url).pathname),
    env: { TZ: 'UTC' },
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
