// Vite plugin: writes sw.js, the service worker that lets the app open and run a bilan with no
// network. It precaches every file of the build (listed from Vite's bundle and public/), so
// nothing is fetched from elsewhere at build or install time. /api and /healthz are never cached:
// their answers can carry personal data and must always come from the server.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** The JavaScript of the service worker for a build `version` and the files to precache. */
export function serviceWorkerSource(version: string, files: readonly string[]): string {
  return `// Généré par build-tools/service-worker.ts : ne pas modifier.
const CACHE = 'znr-app-${version}';
const PRECACHE = ${JSON.stringify(['/', ...files.map((file) => `/${file}`)])};
const NEVER_CACHED = /^\\/(api|healthz)(\\/|\\?|$)/;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (NEVER_CACHED.test(url.pathname)) return;
  if (request.mode === 'navigate') {
    // The app's pages: the network first (a new version shows at once), the cached app offline.
    event.respondWith(fetch(request).catch(() => caches.match('/', { cacheName: CACHE })));
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
});
`;
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

/** Emits sw.js next to index.html, precaching the bundle and the public folder. */
export function serviceWorker(publicDir: string): Plugin {
  return {
    name: 'znr-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = [...Object.keys(bundle), ...listFiles(publicDir)]
        .filter((file) => file !== 'index.html' && !file.endsWith('.map'))
        .sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: serviceWorkerSource(version, files),
      });
    },
  };
}
