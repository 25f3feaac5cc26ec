import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../db/database.ts';

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

/**
 * A new, empty (unmigrated) database: PGlite in memory, or, when DATABASE_URL is set, a database
 * of its own created on that server through the URL's database, so that test files run in
 * parallel. `drop` destroys it; call it after closing the handle.
 */
export async function openFreshDatabase(): Promise<FreshDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl === undefined || serverUrl === '') {
    return { handle: await openDatabase({ memory: true }), drop: () => Promise.resolve() };
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
