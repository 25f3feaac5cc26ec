import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { combineStatements } from './combined-transaction.ts';
import { prepareStatements } from './prepared-statements.ts';
import type { Database } from './schema.ts';

/** An open database: the Kysely instance, which engine serves it, and how to close it. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: 'postgresql' | 'pglite';
  /** Where the data lives, for messages (the URL without its password, or the PGlite folder). */
  location: string;
  close: () => Promise<void>;
}

/**
 * Where to open the database: a PostgreSQL URL, a PGlite folder, or PGlite in memory, optionally
 * started from a dump of another PGlite (`PGlite.dumpDataDir()`), which skips its initialisation.
 */
export type DatabaseTarget =
  { url: string; poolSize?: number } | { dataDir: string } | { memory: true; from?: Blob };

/** The URL without its password, fit for a log line. */
export function describeUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password !== '') parsed.password = '***';
  return parsed.toString();
}

/**
 * Opens Kysely on PostgreSQL (`pg` pool) when given a URL, otherwise on PGlite, real PostgreSQL
 * compiled to WebAssembly, running in this process with its files in `dataDir` (or in memory).
 */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if ('url' in target) {
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
    // An idle connection that breaks (server restart) would otherwise crash the process with an
    // unhandled 'error' event; the pool drops it and the next query opens a new one.
    pool.on('error', () => undefined);
    pool.on('connect', prepareStatements);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    combineStatements(db);
    return {
      db,
      engine: 'postgresql',
      location: describeUrl(target.url),
      close: () => db.destroy(),
    };
  }
  let location = 'mémoire';
  let client: PGlite;
  if ('dataDir' in target) {
    location = path.resolve(target.dataDir);
    mkdirSync(location, { recursive: true });
    client = await PGlite.create(location);
  } else {
    client = await PGlite.create(target.from === undefined ? {} : { loadDataDir: target.from });
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  return { db, engine: 'pglite', location, close: () => db.destroy() };
}
