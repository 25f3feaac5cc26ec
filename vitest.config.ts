import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const include = ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}', 'parameters/**/*.test.ts'];
const embedded = fileURLToPath(new URL('test/embedded-database.ts', import.meta.url));
const seeded = fileURLToPath(new URL('test/fast-check-seed.ts', import.meta.url));
// The CLI tests start real processes (a fresh PGlite, migrations, argon2): slow on a loaded machine.
const timeouts = (name: string) => ({
  testTimeout: name === 'cli' ? 120_000 : 30_000,
  hookTimeout: 60_000,
});

/**
 * One Vitest project per package, plus the browser tests; dates and periods run in UTC.
 * Every project runs on the embedded database (PGlite); when DATABASE_URL is set, the server
 * suite runs a second time on that PostgreSQL server (project `server-postgres`).
 */
export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    projects: [
      ...['rules', 'linkage', 'server', 'web', 'cli'].map((name) => ({
        test: {
          name,
          root: `packages/${name}`,
          include,
          setupFiles: [embedded, seeded],
          ...timeouts(name),
        },
      })),
      ...(process.env.DATABASE_URL
        ? [
            {
              test: {
                name: 'server-postgres',
                root: 'packages/server',
                include,
                setupFiles: [seeded],
                ...timeouts('server'),
              },
            },
          ]
        : []),
      {
        test: {
          name: 'e2e',
          root: 'e2e',
          include: ['**/*.test.ts'],
          setupFiles: [embedded, seeded],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
