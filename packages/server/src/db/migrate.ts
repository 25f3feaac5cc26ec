import { Migrator, sql, type Kysely, type MigrationResult } from 'kysely';
import { migrations } from './migrations/index.ts';
import type { Database } from './schema.ts';

/** Name of the newest migration the code knows (names sort in order: they start with a number). */
export const latestMigration: string = Object.keys(migrations).sort().at(-1) ?? '';

/** Thrown when a migration fails; the database stays at the last migration that succeeded. */
export class MigrationError extends Error {
  override name = 'MigrationError';
}

function migrator(db: Kysely<unknown>): Migrator {
  // Numbers are reserved per piece of work, so a migration may land before a lower-numbered one; a
  // database that already ran the higher one must still take the lower one when it arrives.
  return new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    allowUnorderedMigrations: true,
  });
}

/**
 * Applies every pending migration, in order, each in its own transaction. Idempotent: on an
 * up-to-date database it does nothing. Returns the names of the migrations it applied.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const { error, results } = await migrator(db as unknown as Kysely<unknown>).migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r: MigrationResult) => r.status === 'Error');
    const reason = error instanceof Error ? error.message : JSON.stringify(error);
    throw new MigrationError(
      `La migration ${failed?.migrationName ?? '(inconnue)'} a échoué : ${reason}`,
      { cause: error },
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Name of the last migration applied to the database, or undefined on an empty database. */
export async function currentMigration(db: Kysely<Database>): Promise<string | undefined> {
  const exists = await sql<{ present: boolean }>`
    select to_regclass('kysely_migration') is not null as present`.execute(db);
  if (exists.rows[0]?.present !== true) return undefined;
  const last = await sql<{ name: string }>`
    select name from kysely_migration order by name desc limit 1`.execute(db);
  return last.rows[0]?.name;
}
