import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/test-server.ts';

const html = { accept: 'text/html,application/xhtml+xml' };

describe('with a built web app', () => {
  let server: TestServer;
  let webRoot: string;
  beforeAll(async () => {
    webRoot = mkdtempSync(path.join(tmpdir(), 'znr-web-'));
    writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>Application</title>');
    mkdirSync(path.join(webRoot, 'assets'));
    writeFileSync(path.join(webRoot, 'assets', 'app.js'), 'console.log("ok");');
    server = await startTestServer({ webRoot });
  });
  afterAll(async () => {
    await server.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('serves index.html at /', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/', headers: html });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toContain('<title>Application</title>');
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('serves the built files', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/assets/app.js' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('console.log("ok");');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers the app’s own paths with index.html (client-side routing)', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/suivi/42', headers: html });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<title>Application</title>');
  });

  it('does not answer a missing file or an API path with the app', async () => {
    const file = await server.app.inject({ method: 'GET', url: '/assets/absent.js' });
    expect(file.statusCode).toBe(404);
    const api = await server.app.inject({ method: 'GET', url: '/api/absent', headers: html });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ error: 'introuvable' });
  });
});

describe('without a built web app', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ webRoot: path.join(tmpdir(), 'znr-web-absent') });
  });
  afterAll(() => server.close());

  it('answers / with a French page saying how to build the interface', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain('l’interface web n’est pas construite');
    expect(response.body).toContain('npm run build:web');
  });
});
