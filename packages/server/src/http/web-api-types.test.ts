import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/test-server.ts';

// The web app's request and response types are generated from this server's OpenAPI document,
// itself made from the zod schemas the routes validate with (docs/adr/0012-contrat-api-openapi.md).
// A schema changed here without regenerating fails below; regenerating with a shape the web does
// not follow fails the web's typecheck. Regenerate: `npm run api:types`.
const GENERATED = '../../../web/src/api/generated-api.ts';

interface Operation {
  responses?: Record<string, unknown>;
}

/**
 * The document with only the success responses (errors share one shape, read by ApiError), and
 * without /api/calculate: the web computes with @znr/rules in the browser, that route serves
 * OpenFisca's clients, and its recursive explanation tree is a $ref openapi-typescript cannot follow.
 */
function successesOnly(document: { paths: Record<string, Record<string, Operation>> }): unknown {
  delete document.paths['/api/calculate'];
  for (const methods of Object.values(document.paths)) {
    for (const operation of Object.values(methods)) {
      if (operation.responses === undefined) continue;
      operation.responses = Object.fromEntries(
        Object.entries(operation.responses).filter(([status]) => status.startsWith('2')),
      );
    }
  }
  return document;
}

describe('the web app’s API types', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('are the ones generated from GET /api/openapi.json', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const document = successesOnly(response.json());
    const types = astToString(await openapiTS(JSON.stringify(document)));
    const header =
      '// Generated from GET /api/openapi.json by packages/server/src/http/web-api-types.test.ts\n' +
      '// (`npm run api:types`): do not edit; change the server’s zod schemas instead.\n';
    await expect(header + types).toMatchFileSnapshot(GENERATED);
  });
});
