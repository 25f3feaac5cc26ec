import { createHash } from 'node:crypto';
import type pg from 'pg';

/** Statements a connection keeps prepared at most; the others are parsed and planned each time. */
export const MAX_PREPARED_PER_CONNECTION = 500;

/**
 * Makes a PostgreSQL connection prepare each distinct parameterised statement once (a named
 * statement, named after a hash of its text) and reuse it for the life of the connection: the
 * server then skips parsing, rewriting (row-level security policies included) and, once it has
 * settled on a generic plan, planning. The case-file queries carry the policies of several
 * tables, and planning them cost more than running them (bench:cases). Statements without
 * parameters (migrations, transaction control) go as before.
 */
export function prepareStatements(client: pg.ClientBase): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const names = new Map<string, string>();
  const prepared = (...args: unknown[]): unknown => {
    const [text, values, callback] = args;
    if (typeof text === 'string' && Array.isArray(values) && values.length > 0 && !callback) {
      let name = names.get(text);
      if (name === undefined && names.size < MAX_PREPARED_PER_CONNECTION) {
        name = `znr_${createHash('sha256').update(text).digest('base64url').slice(0, 40)}`;
        names.set(text, name);
      }
      if (name !== undefined) return query({ name, text, values });
    }
    return query(...args);
  };
  client.query = prepared as typeof client.query;
}
