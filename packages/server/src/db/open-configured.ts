import type { Config } from '../config.ts';
import { openDatabase, type DatabaseHandle } from './database.ts';

/** Opens the database the configuration designates: DATABASE_URL, else PGlite in ZNR_DATA_DIR. */
export function openConfiguredDatabase(config: Config): Promise<DatabaseHandle> {
  return openDatabase(
    config.DATABASE_URL === undefined
      ? { dataDir: config.ZNR_DATA_DIR }
      : { url: config.DATABASE_URL, poolSize: config.ZNR_DB_POOL_SIZE },
  );
}
