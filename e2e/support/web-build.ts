import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Builds the web app from its current sources into a temporary folder, the way `npm run build:web`
 * does, so that a browser test never runs against a stale packages/web/dist. Returns the folder and
 * a function that removes it.
 */
export function buildWebApp(): { root: string; remove: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'znr-web-'));
  const vite = path.join(
    path.dirname(createRequire(import.meta.url).resolve('vite/package.json')),
    'bin/vite.js',
  );
  execFileSync(
    process.execPath,
    [vite, 'build', 'packages/web', '--outDir', root, '--emptyOutDir', '--logLevel', 'warn'],
    // Vitest sets NODE_ENV=test, which would give React's development build.
    { cwd: repoRoot, env: { ...process.env, NODE_ENV: 'production' }, stdio: 'inherit' },
  );
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Where the browser tests save their screenshots (docs/screenshots, shown in the docs). */
export const screenshotDir = path.join(repoRoot, 'docs/screenshots');
