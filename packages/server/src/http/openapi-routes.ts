import type { FastifyInstance } from 'fastify';

/** `GET /api/openapi.json`: the OpenAPI document of every documented route. */
export function openApiRoutes(app: FastifyInstance): void {
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
}
