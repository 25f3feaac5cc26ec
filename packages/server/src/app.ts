import fastifyCookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Config } from './config.ts';
import type { Database } from './db/schema.ts';
import { registerErrorHandling } from './http/errors.ts';
import { registerSecurityHeaders } from './http/security.ts';
import { zodValidatorCompiler } from './http/validator.ts';
import { registerWebApp } from './http/web-app.ts';
import { startJobRunner } from './jobs/queue.ts';
import {
  reperageJobHandlers,
  purgeAbandonedUploads,
  uploadFolder,
  reperageRoutes,
  outreachRoutes,
} from './reperage/index.ts';
import { calculateRoutes } from './calculate/index.ts';
import { healthRoutes } from './http/health-routes.ts';
import {
  bilanSyncRoute,
  caseFileRoutes,
  householdItemReadRoutes,
  householdItemRoutes,
  householdRoutes,
  referralMessageRoutes,
  referralRoutes,
  taskRoutes,
} from './suivi/index.ts';
import { indicatorRoutes } from './indicators/index.ts';
import { openApiRoutes } from './http/openapi-routes.ts';
import { pilotageNetworkRoutes } from './pilotage/index.ts';
import { sessionRoutes } from './session/index.ts';

/** What the application needs: its configuration, an open and migrated database, the web app. */
export interface AppOptions {
  config: Config;
  db: Kysely<Database>;
  /** Folder of the built web app (packages/web/dist); without it `/` says how to build it. */
  webRoot?: string;
}

/**
 * Builds the Fastify application: security headers, cookies, JSON API under /api validated with
 * zod (errors in French), OpenAPI document, /healthz, and the web app at /. Does not listen.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, db } = options;
  const app = Fastify({
    logger: { level: config.LOG_LEVEL },
    trustProxy: config.ZNR_TRUST_PROXY,
  });
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  await registerSecurityHeaders(app, config);
  await app.register(fastifyCookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'API Zéro non-recours',
        description:
          'API de la plateforme Zéro non-recours. Erreurs : { error, message, issues? }, message en français.',
        version: '0.1.0',
      },
      tags: [
        { name: 'session', description: 'Connexion et déconnexion' },
        { name: 'supervision', description: 'État du service' },
        { name: 'calcul', description: 'Calcul des droits (contrat /calculate d’OpenFisca)' },
        {
          name: 'reperage',
          description:
            'Repérage : conventions de partage de données, imports de fichiers de partenaires, rapprochements',
        },
        {
          name: 'reperage-prise-de-contact',
          description:
            'Repérage : détection, liste classée, attribution, ré-identification, courriers, conversion',
        },
        {
          name: 'suivi',
          description:
            'Dossiers des ménages : consentements, bilans, droits, orientations (voir docs/security.md)',
        },
        {
          name: 'pilotage',
          description:
            'Aller-vers, réseau, ateliers, blocages et indicateurs du territoire (voir docs/indicators.md)',
        },
      ],
    },
    transform: jsonSchemaTransform,
  });

  healthRoutes(app, db);
  openApiRoutes(app);
  sessionRoutes(app, db, config);
  calculateRoutes(app);
  householdRoutes(app, db);
  householdItemRoutes(app, db);
  householdItemReadRoutes(app, db);
  bilanSyncRoute(app, db);
  caseFileRoutes(app, db);
  referralRoutes(app, db, config);
  referralMessageRoutes(app, db, config);
  taskRoutes(app, db);
  // Imports and linkage runs are jobs of this process, resumed at start after a crash.
  const uploads = uploadFolder(config.ZNR_DATA_DIR);
  const jobs = startJobRunner(db, reperageJobHandlers, app.log);
  // Files uploaded a day ago or more and never imported (a preview abandoned) are removed.
  void purgeAbandonedUploads(uploads);
  app.decorate('jobs', jobs);
  app.addHook('onClose', () => jobs.stop());
  await app.register((scope) =>
    reperageRoutes(scope, db, jobs, {
      folder: uploads,
      maxBytes: config.ZNR_UPLOAD_MAX_MB * 1024 * 1024,
    }),
  );
  pilotageNetworkRoutes(app, db);
  outreachRoutes(app, db, jobs);
  indicatorRoutes(app, db);
  await registerWebApp(app, options.webRoot);
  return app;
}
