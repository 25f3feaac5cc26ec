import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
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

/**
 * Where the browser tests save their screenshots: a folder of the temporary directory, so that a
 * test run leaves the tracked tree alone; docs/screenshots (shown in the docs) only when asked with
 * `ZNR_REFRESH_SCREENSHOTS=1` (see CONTRIBUTING.md).
 */
export const screenshotDir =
  process.env.ZNR_REFRESH_SCREENSHOTS === '1'
    ? path.join(repoRoot, 'docs/screenshots')
    : path.join(tmpdir(), 'znr-screenshots');
mkdirSync(screenshotDir, { recursive: true });
