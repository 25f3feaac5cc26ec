import { defineConfig } from 'vitest/config';

const include = ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}', 'parameters/**/*.test.ts'];

/** One Vitest project per package, plus the browser tests; dates and periods run in UTC. */
export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    projects: [
      ...['rules', 'linkage', 'server', 'web', 'cli'].map((name) => ({
        test: { name, root: `packages/${name}`, include, testTimeout: 30_000, hookTimeout: 60_000 },
      })),
      {
        test: {
          name: 'e2e',
          root: 'e2e',
          include: ['**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
