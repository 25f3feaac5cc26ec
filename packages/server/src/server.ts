import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { openConfiguredDatabase } from './db/open-configured.ts';
import { scheduleDailyJobs } from './daily-jobs.ts';
import { hasDemoTerritory, seedDemo } from './demo/index.ts';

/** A running server and what `znr start` tells the person who started it. */
export interface RunningServer {
  app: FastifyInstance;
  database: DatabaseHandle;
  url: string;
  /** Migrations applied by this start. */
  migrated: string[];
  /** Whether this start seeded the demo territory (empty database, ZNR_DEMO on). */
  demoSeeded: boolean;
  /** Whether the demo territory exists, so its logins work. */
  demoAvailable: boolean;
  close: () => Promise<void>;
}

async function isEmpty(database: DatabaseHandle): Promise<boolean> {
  const territory = await database.db.selectFrom('territory').select('id').limit(1).execute();
  return territory.length === 0;
}

/**
 * Opens the database, applies pending migrations, seeds the demo territory on an empty database
 * when ZNR_DEMO is on, then listens on HOST:PORT and runs the daily jobs (retention purge, referral reminders)
 * at start and every day. Closing stops the server, then the database.
 */
export async function startServer(config: Config, webRoot?: string): Promise<RunningServer> {
  const database = await openConfiguredDatabase(config);
  try {
    const migrated = await migrateToLatest(database.db);
    const demoSeeded = config.ZNR_DEMO && (await isEmpty(database));
    if (demoSeeded) await seedDemo(database.db);
    const app = await buildApp({ config, db: database.db, ...(webRoot ? { webRoot } : {}) });
    await app.listen({ port: config.PORT, host: config.HOST });
    const daily = scheduleDailyJobs(database.db, config, app.log);
    const { port } = app.server.address() as { port: number };
    const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
    return {
      app,
      database,
      url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
      migrated,
      demoSeeded,
      demoAvailable: await hasDemoTerritory(database.db),
      close: async () => {
        await daily.stop();
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
