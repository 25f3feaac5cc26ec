import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestMigration } from '../db/migrate.ts';
import { startTestServer, type TestServer } from '../test/test-server.ts';

describe('GET /healthz', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('answers 200 with the latest migration when the database answers', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: 'ok', migration: latestMigration });
    expect(latestMigration).toBe('0024-benefit-vocabulary');
  });

  it('answers 503 in French when the database is gone', async () => {
    const other = await startTestServer();
    await other.db.destroy();
    const response = await other.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({
      status: 'erreur',
      database: 'injoignable',
      message: 'La base de données ne répond pas.',
    });
    await other.app.close();
  });
});
