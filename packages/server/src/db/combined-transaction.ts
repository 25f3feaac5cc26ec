import { sql, type Kysely, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

// Every request runs in a transaction that opens (begin, then the request's settings), does its
// work, appends its audit entries and commits. On PostgreSQL through `pg`, several statements
// without parameters can travel in one message (the simple query protocol): the opening goes with
// `begin`, and the audit entries with `commit`, which saves two round trips, each costing
// processor time in Node and in PostgreSQL, on every request. PGlite takes one statement per
// call, so there the transaction goes as before.

/** Databases whose connections take several statements in one message. */
const combining = new WeakSet<Kysely<Database>>();

/** Statements each combined transaction sends with its commit. */
const beforeCommit = new WeakMap<object, string[]>();

/** Lets transactions on `db` (a PostgreSQL pool through `pg`) combine their statements. */
export function combineStatements(db: Kysely<Database>): void {
  combining.add(db);
}

/** A value as an SQL literal, quotes and backslashes escaped, or `null`. */
export function sqlLiteral(value: string | null): string {
  return value === null ? 'null' : pg.escapeLiteral(value);
}

/**
 * Sends `statement` (no parameters) with the commit of `trx`'s transaction when it is a combined
 * one and returns true; returns false otherwise, for the caller to run it now. An error of the
 * statement fails the commit: the whole transaction rolls back, as if it had failed at once.
 */
export function deferToCommit(trx: Kysely<Database>, statement: string): boolean {
  const pending = beforeCommit.get(trx);
  if (pending === undefined) return false;
  pending.push(statement);
  return true;
}

/**
 * Runs `fn` in a transaction opened by `begin; <opening>` in one message and committed by the
 * statements deferred to the commit followed by `commit`, in one message; undefined when `db`
 * cannot combine statements (the caller then uses `db.transaction()`).
 */
export function combinedTransaction<T>(
  db: Kysely<Database>,
  opening: string,
  fn: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> | undefined {
  if (!combining.has(db)) return undefined;
  return db.connection().execute(async (connection) => {
    const pending: string[] = [];
    beforeCommit.set(connection, pending);
    try {
      await sql.raw(`begin; ${opening}`).execute(connection);
      // The connection is bound to this one transaction: for the queries of `fn` it is what a
      // Kysely transaction is (a Kysely on a single connection), minus the nested transaction
      // methods, which no service calls on the transaction it is given.
      const result = await fn(connection as Transaction<Database>);
      await sql.raw([...pending, 'commit'].join('; ')).execute(connection);
      return result;
    } catch (error) {
      await sql.raw('rollback').execute(connection);
      throw error;
    }
  });
}
