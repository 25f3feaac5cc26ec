import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const notBuiltPage = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Zéro non-recours — interface non construite</title></head>
<body>
<main>
<h1>Zéro non-recours</h1>
<p>Le serveur fonctionne, mais l’interface web n’est pas construite.</p>
<p>Construisez-la depuis la racine du dépôt avec <code>npm run build:web</code>, puis rechargez
cette page. L’API répond sous <a href="/api/openapi.json">/api</a> et l’état du service sous
<a href="/healthz">/healthz</a>.</p>
</main>
</body>
</html>
`;

function isApiPath(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}

/** Whether a request that matched no route should get the single-page app's index.html. */
function wantsAppPage(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (isApiPath(request.url) || request.url.startsWith('/healthz')) return false;
  return (request.headers.accept ?? '').includes('text/html');
}

function notFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const route = `${request.method} ${request.url.split('?')[0] ?? ''}`;
  return reply.code(404).send({
    error: 'introuvable',
    message: `Aucune ressource ne répond à ${route}.`,
  });
}

/**
 * Serves the built web app from `webRoot` at `/`, with a fallback to index.html for the app's
 * own paths (client-side routing). Without a built app, `/` answers a French page saying how to
 * build it, and a warning is logged. Unknown /api paths answer a JSON 404 in French.
 */
export async function registerWebApp(app: FastifyInstance, webRoot?: string): Promise<void> {
  const root = webRoot === undefined ? undefined : path.resolve(webRoot);
  const built = root !== undefined && existsSync(path.join(root, 'index.html'));
  if (root !== undefined && built) {
    await app.register(fastifyStatic, {
      root,
      wildcard: true,
      schemaHide: true,
      index: false,
      cacheControl: false,
      // Vite names the files of assets/ after their content: they never change, cache them long.
      // Everything else (index.html first) is checked again at each visit.
      setHeaders: (response, filePath) => {
        const immutable = filePath.startsWith(path.join(root, 'assets') + path.sep);
        response.setHeader(
          'cache-control',
          immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
    app.get('/', { schema: { hide: true } }, (_request, reply) => reply.sendFile('index.html'));
  } else {
    app.log.warn(
      `Interface web non construite (${root ?? 'aucun dossier'} sans index.html) : lancez npm run build:web.`,
    );
    app.get('/', { schema: { hide: true } }, (_request, reply) =>
      reply.type('text/html; charset=utf-8').send(notBuiltPage),
    );
  }
  app.setNotFoundHandler((request, reply) => {
    if (built && wantsAppPage(request)) {
      return reply.sendFile('index.html');
    }
    return notFound(request, reply);
  });
}
