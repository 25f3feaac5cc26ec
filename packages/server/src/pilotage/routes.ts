import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { actionRoutes } from './action-routes.ts';
import { blockageRoutes } from './blockage-routes.ts';
import { networkRoutes } from './network/routes.ts';
import { workshopRoutes } from './workshop-routes.ts';

/** Every route of the pilotage network: actions, directory, workshops, blockages. */
export function pilotageNetworkRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  actionRoutes(app, db);
  networkRoutes(app, db);
  workshopRoutes(app, db);
  blockageRoutes(app, db);
}
