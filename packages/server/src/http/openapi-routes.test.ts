import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/test-server.ts';

describe('GET /api/openapi.json', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('documents every API route with a French summary', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json<{
      openapi: string;
      paths: Record<string, Record<string, { summary?: string }>>;
    }>();
    expect(document.openapi).toMatch(/^3\./);
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
    );
    // Other routes join as features arrive; these are the foundation's.
    expect(operations.map((o) => `${o.method.toUpperCase()} ${o.path}`)).toEqual(
      expect.arrayContaining([
        'DELETE /api/session',
        'GET /api/session',
        'GET /healthz',
        'POST /api/session',
      ]),
    );
    // The document itself, the web app and its files are not API routes.
    expect(Object.keys(document.paths)).not.toContain('/api/openapi.json');
    expect(Object.keys(document.paths)).not.toContain('/*');
    for (const { operation } of operations) expect(operation.summary).toMatch(/^[A-ZÉ][a-zé]/);
  });

  it('describes the login body from its zod schema', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const document = response.json<{
      paths: { '/api/session': { post: { requestBody: { content: Record<string, unknown> } } } };
    }>();
    expect(document.paths['/api/session'].post.requestBody.content['application/json']).toEqual({
      schema: expect.objectContaining({ required: ['email', 'password'] }) as unknown,
    });
  });
});
