import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../db/database.ts';
import { discardPgliteTemplate, migratedPgliteTemplate } from './pglite-template.ts';

async function runAdmin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A database for one test, and how to destroy it. */
export interface FreshDatabase {
  handle: DatabaseHandle;
  drop: () => Promise<void>;
}

async function openPglite(migrated: boolean): Promise<DatabaseHandle> {
  if (!migrated) return openDatabase({ memory: true });
  try {
    return await openDatabase({ memory: true, from: await migratedPgliteTemplate() });
  } catch {
    // A template that no longer loads (another PGlite version): rebuild it once.
    discardPgliteTemplate();
    return openDatabase({ memory: true, from: await migratedPgliteTemplate() });
  }
}

/**
 * A new database of its own: PGlite in memory, or, when DATABASE_URL is set, a database created
 * on that server through the URL's database, so that test files run in parallel. Empty, or with
 * `migrated`, possibly already migrated (PGlite starts from a migrated template). `drop` destroys
 * it; call it after closing the handle.
 */
export async function openFreshDatabase(
  options: { migrated?: boolean } = {},
): Promise<FreshDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl === undefined || serverUrl === '') {
    return { handle: await openPglite(options.migrated === true), drop: () => Promise.resolve() };
  }
  const name = `znr_test_${randomBytes(6).toString('hex')}`;
  await runAdmin(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    handle: await openDatabase({ url: url.toString() }),
    drop: () => runAdmin(serverUrl, `drop database if exists ${name} with (force)`),
  };
}
