import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { migrateToLatest } from '../db/migrate.ts';
import { migrations } from '../db/migrations/index.ts';
import type { Database } from '../db/schema.ts';

// Starting PGlite from a dump of a migrated database takes about a quarter of the time of
// initialising and migrating a new one, and every test file starts at least one. The dump is
// kept in the temporary folder, named after the migrations' source text, so that editing a
// migration makes a new one; each test still gets its own database, as from a template.

function templateFile(): string {
  const hash = createHash('sha256');
  for (const [name, migration] of Object.entries(migrations)) {
    hash.update(name).update(migration.up.toString());
  }
  // `up` may call helpers of its module: the files' whole text counts too.
  const folder = new URL('../db/migrations/', import.meta.url);
  for (const file of readdirSync(folder).sort()) {
    hash.update(file).update(readFileSync(new URL(file, folder)));
  }
  return path.join(tmpdir(), `znr-pglite-template-${hash.digest('hex').slice(0, 16)}.tar`);
}

async function buildTemplate(file: string): Promise<Blob> {
  const client = await PGlite.create();
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  await migrateToLatest(db);
  const dump = await client.dumpDataDir('none');
  await db.destroy();
  // Written aside then renamed: test files running in parallel never read half a file.
  const partial = `${file}.${process.pid}.part`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, file);
  return dump;
}

let template: Promise<Blob> | undefined;

/** A dump of a freshly migrated PGlite database, built once and reused across test runs. */
export function migratedPgliteTemplate(): Promise<Blob> {
  const file = templateFile();
  template ??= existsSync(file)
    ? Promise.resolve(new Blob([readFileSync(file)]))
    : buildTemplate(file);
  return template;
}

/** Forgets the template on disk and in memory (when it no longer loads, e.g. after an upgrade). */
export function discardPgliteTemplate(): void {
  template = undefined;
  const file = templateFile();
  if (existsSync(file)) renameSync(file, `${file}.discarded`);
}
