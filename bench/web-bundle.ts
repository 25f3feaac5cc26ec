// Weight of the built web app, as a phone on a poor connection (or the offline cache) receives
// it: builds packages/web into a temporary folder, then prints the gzip size of what the first
// page loads (JS and CSS) and of everything else. One figure per line.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const outDir = mkdtempSync(path.join(tmpdir(), 'znr-web-bench-'));
const vite = path.join(
  path.dirname(createRequire(import.meta.url).resolve('vite/package.json')),
  'bin/vite.js',
);

try {
  const started = performance.now();
  execFileSync(
    process.execPath,
    [vite, 'build', 'packages/web', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: repoRoot, env: { ...process.env, NODE_ENV: 'production' }, stdio: 'inherit' },
  );
  const buildSeconds = (performance.now() - started) / 1000;

  const assets = readdirSync(path.join(outDir, 'assets'));
  const gzipKb = (names: string[]) =>
    names.reduce(
      (sum, name) => sum + gzipSync(readFileSync(path.join(outDir, 'assets', name))).length,
      0,
    ) / 1024;
  // The entry chunk and stylesheet are the ones index.html links; other chunks load on demand.
  const indexHtml = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const linked = assets.filter((name) => indexHtml.includes(`/assets/${name}`));
  const woff2 = assets.filter((name) => name.endsWith('.woff2'));

  console.log(`web_build_seconds: ${buildSeconds.toFixed(1)}`);
  console.log(
    `web_entry_js_gzip_kb: ${gzipKb(linked.filter((n) => n.endsWith('.js'))).toFixed(1)}`,
  );
  console.log(
    `web_entry_css_gzip_kb: ${gzipKb(linked.filter((n) => n.endsWith('.css'))).toFixed(1)}`,
  );
  console.log(
    `web_lazy_js_gzip_kb: ${gzipKb(assets.filter((n) => n.endsWith('.js') && !linked.includes(n))).toFixed(1)}`,
  );
  console.log(
    `web_fonts_woff2_kb: ${(woff2.reduce((s, n) => s + readFileSync(path.join(outDir, 'assets', n)).length, 0) / 1024).toFixed(1)}`,
  );
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
