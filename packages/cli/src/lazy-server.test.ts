import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// Each command loads only the packages it uses: `znr simulate` the rules, `znr link` the linkage,
// neither the server (Fastify, ExcelJS, PDFKit…); `znr --help` none of them. A module hook preloaded with `--import` writes
// every URL the process imports to a file, which the tests read.

const recordImports = `data:text/javascript,${encodeURIComponent(`
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(process.env.ZNR_IMPORT_LOG, result.url + '\\n');
  return result;
}`)}`;
const probe = `data:text/javascript,${encodeURIComponent(
  `import { register } from 'node:module'; register(${JSON.stringify(recordImports)});`,
)}`;

/** What the server's main door brings in; `@znr/server/labels` is light and allowed. */
const heavyModules = [
  { name: '@znr/server', url: /\/packages\/server\/src\/index\.ts$/ },
  ...['fastify', 'exceljs', 'pdfkit', 'pg'].map((name) => ({
    name,
    url: new RegExp(`/node_modules/${name}/`),
  })),
];

const dir = mkdtempSync(path.join(tmpdir(), 'znr-lazy-'));
const bin = fileURLToPath(new URL('../bin/znr.js', import.meta.url));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let runs = 0;
/** Runs `znr args…` with the probe; returns its output and the heavy modules it imported. */
function znr(args: string[], env: NodeJS.ProcessEnv = {}) {
  const log = path.join(dir, `imports-${++runs}.log`);
  return new Promise<{
    code: number;
    stdout: string;
    stderr: string;
    urls: string[];
    /** The workspace packages whose sources were imported, sorted. */
    workspaces: string[];
    heavy: string[];
  }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', probe, bin, ...args],
      { env: { ...process.env, ...env, ZNR_IMPORT_LOG: log } },
      (error, stdout, stderr) => {
        const urls = readFileSync(log, 'utf8').split('\n');
        resolve({
          code: typeof error?.code === 'number' ? error.code : 0,
          stdout,
          stderr,
          urls,
          workspaces: [
            ...new Set(urls.map((url) => /\/packages\/([^/]+)\/src\//.exec(url)?.[1] ?? '')),
          ]
            .filter(Boolean)
            .sort(),
          heavy: heavyModules
            .filter((module) => urls.some((url) => module.url.test(url)))
            .map((module) => module.name),
        });
      },
    );
  });
}

describe('start-up of the CLI', () => {
  it('`znr simulate` computes with the rules engine only, without the server or the linkage', async () => {
    const input = path.join(dir, 'cases.jsonl');
    const output = path.join(dir, 'results.jsonl');
    const situation = {
      individus: { demandeur: { date_naissance: { ETERNITY: '1990-05-01' } } },
      menages: { menage: { personne_de_reference: ['demandeur'] } },
      familles: { famille: { parents: ['demandeur'] } },
      foyers_fiscaux: { foyer: { declarants: ['demandeur'] } },
    };
    writeFileSync(input, `${JSON.stringify({ id: 'a', period: '2026-01', situation })}\n`);
    const run = await znr(['simulate', '--input', input, '--output', output]);
    expect(run.code).toBe(0);
    expect(readFileSync(output, 'utf8')).toMatch(/^{"id":"a","results":{"rsa":/);
    expect(run.workspaces).toEqual(['cli', 'rules']);
    expect(run.heavy).toEqual([]);
  });

  it('`znr link --help` and `znr --help` load none of the other packages', async () => {
    for (const args of [['link', '--help'], ['--help']]) {
      const run = await znr(args);
      expect(run.stdout).toContain('Utilisation : znr');
      expect(run.workspaces).toEqual(['cli']);
      expect(run.heavy).toEqual([]);
    }
  });

  it('a server command loads it, and its errors stay explained in French', async () => {
    // Control: the probe does see the server once a command needs it.
    const run = await znr(['migrate'], { PORT: 'abc', ZNR_DATA_DIR: dir });
    expect(run.workspaces).toEqual(['cli', 'linkage', 'rules', 'server']);
    expect(run.heavy).toEqual(heavyModules.map((module) => module.name));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Configuration invalide');
    expect(run.stderr).toContain('PORT');
    expect(run.stderr).not.toContain('Erreur inattendue');
  });
});
