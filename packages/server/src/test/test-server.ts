import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { buildApp } from '../app.ts';
import { loadConfig, type Config } from '../config.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { Database } from '../db/schema.ts';
import type { JobRunner } from '../jobs/queue.ts';
import { openFreshDatabase } from './fresh-database.ts';

/** Options of {@link startTestServer}. */
export interface TestServerOptions {
  /** Listen on a free port of 127.0.0.1 (for browser tests); `url` is then set. */
  listen?: boolean;
  /** Folder of a built web app to serve at `/`. */
  webRoot?: string;
  /** Configuration variables for this server (NODE_ENV defaults to test, LOG_LEVEL to silent). */
  env?: Record<string, string>;
}

/** A real application on a fresh, migrated database of its own. */
export interface TestServer {
  app: FastifyInstance;
  db: Kysely<Database>;
  config: Config;
  engine: DatabaseHandle['engine'];
  /** The application's job runner: `await jobs.idle()` waits for queued imports and runs. */
  jobs: JobRunner;
  /** Base URL, when started with `listen`. */
  url?: string;
  /** Stops the app and destroys the database. */
  close: () => Promise<void>;
}

/**
 * Boots the real application on a fresh database: PGlite in memory, or, when DATABASE_URL is set,
 * a new database on that PostgreSQL server. Migrations are applied; no demo data is seeded.
 *
 * ```ts
 * const server = await startTestServer();
 * const response = await server.app.inject({ method: 'GET', url: '/healthz' });
 * await server.close();
 * ```
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...options.env });
  const { handle, drop } = await openFreshDatabase({ migrated: true });
  let app: FastifyInstance | undefined;
  const close = async (): Promise<void> => {
    await app?.close();
    await handle.close();
    await drop();
  };
  try {
    await migrateToLatest(handle.db);
    app = await buildApp({
      config,
      db: handle.db,
      ...(options.webRoot ? { webRoot: options.webRoot } : {}),
    });
    let url: string | undefined;
    if (options.listen === true) {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.server.address() as { port: number };
      url = `http://127.0.0.1:${port}`;
    } else {
      await app.ready();
    }
    return {
      app,
      db: handle.db,
      config,
      engine: handle.engine,
      jobs: app.jobs,
      ...(url ? { url } : {}),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Logs `user` in on the test server and returns the `cookie` header of their session. */
export async function sessionCookie(
  server: TestServer,
  user: { email: string; password: string },
): Promise<string> {
  const response = await server.app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { email: user.email, password: user.password },
  });
  const cookie = response.cookies.find((c) => c.name === 'znr_session');
  return `znr_session=${cookie?.value ?? ''}`;
}
