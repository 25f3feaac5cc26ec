import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { MAX_PREPARED_PER_CONNECTION, prepareStatements } from './prepared-statements.ts';

/** A connection that records what it is asked to run. */
function recordingClient() {
  const calls: unknown[][] = [];
  const client = {
    query: (...args: unknown[]) => {
      calls.push(args);
      return Promise.resolve({ rows: [] });
    },
  };
  prepareStatements(client as unknown as pg.ClientBase);
  const run = (...args: unknown[]) =>
    (client.query as (...args: unknown[]) => Promise<unknown>)(...args);
  return { calls, run };
}

describe('prepareStatements', () => {
  it('names a parameterised statement after its text, the same name each time', async () => {
    const { calls, run } = recordingClient();
    await run('select * from household where id = $1', ['a']);
    await run('select * from household where id = $1', ['b']);
    await run('select * from person where id = $1', ['a']);
    const [first, second, other] = calls.map((args) => args[0] as pg.QueryConfig);
    expect(first).toMatchObject({ text: 'select * from household where id = $1', values: ['a'] });
    expect(first?.name).toMatch(/^znr_[\w-]{40}$/);
    expect(second).toEqual({ ...first, values: ['b'] });
    expect(other?.name).not.toBe(first?.name);
  });

  it('leaves statements without parameters as they were (transactions, migrations)', async () => {
    const { calls, run } = recordingClient();
    await run('begin');
    await run('create table t (id int); create index on t (id)', []);
    expect(calls).toEqual([['begin'], ['create table t (id int); create index on t (id)', []]]);
  });

  it('stops preparing new statements past its limit, and still runs them', async () => {
    const { calls, run } = recordingClient();
    for (let i = 0; i <= MAX_PREPARED_PER_CONNECTION; i++) await run(`select $1::int + ${i}`, [i]);
    const last = calls.at(-1);
    expect(last).toEqual([
      `select $1::int + ${MAX_PREPARED_PER_CONNECTION}`,
      [MAX_PREPARED_PER_CONNECTION],
    ]);
    expect((calls.at(-2)?.[0] as pg.QueryConfig).name).toBeDefined();
  });
});
