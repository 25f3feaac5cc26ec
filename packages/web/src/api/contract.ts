// The API's shapes as the server defines them: generated-api.ts is made from GET /api/openapi.json,
// itself made from the zod schemas the server validates with (docs/adr/0012-contrat-api-openapi.md).
// The web declares no request or response type of its own: it names these.
import type { paths } from './generated-api.ts';

/** A route of the API, as written in the OpenAPI document (`/api/households/{id}`). */
export type ApiPath = keyof paths;

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

type Operation<P extends ApiPath, M extends Method> = NonNullable<paths[P][M]>;

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

/** The JSON a route answers on success (200 or 201). */
export type ApiResponse<P extends ApiPath, M extends Method> =
  Operation<P, M> extends { responses: infer Responses }
    ? Json<Responses[keyof Responses & (200 | 201)]>
    : never;

/** The JSON body a route accepts. */
export type ApiBody<P extends ApiPath, M extends Method> =
  Operation<P, M> extends { requestBody?: infer Body } ? Json<NonNullable<Body>> : never;

/** The query string a route accepts, as an object. */
export type ApiQuery<P extends ApiPath, M extends Method> =
  Operation<P, M> extends { parameters: { query?: infer Query } } ? NonNullable<Query> : never;
