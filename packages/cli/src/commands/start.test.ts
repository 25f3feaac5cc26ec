import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const dataDir = mkdtempSync(path.join(tmpdir(), 'znr-start-'));
const bin = fileURLToPath(new URL('../../bin/znr.js', import.meta.url));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('znr start', () => {
  it('on an empty database: migrates, seeds the demo, prints the logins, serves, stops on Ctrl+C', async () => {
    const child = spawn(process.execPath, [bin, 'start'], {
      env: {
        ...process.env,
        ZNR_DATA_DIR: dataDir,
        DATABASE_URL: '',
        PORT: '0',
        HOST: '127.0.0.1',
        NODE_ENV: 'development',
        LOG_LEVEL: 'warn',
      },
    });
    let stdout = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('Ctrl+C pour arrêter.')) resolve();
      });
      void exited.then((code) => reject(new Error(`znr start s’est arrêté (code ${code})`)));
    });

    expect(stdout).toContain('Territoire de démonstration créé : Vénissieux — Moulin-à-Vent');
    expect(stdout).toMatch(
      /admin@demo\.zero-non-recours\.fr +Administrateur +CCAS de Vénissieux +demo-zero-non-recours/,
    );
    expect(stdout).toMatch(
      /agent-caf@demo\.zero-non-recours\.fr +Travailleur social \(agent CAF\) +CAF du Rhône +demo-zero-non-recours/,
    );
    const url = /écoute sur (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1] ?? '';
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/`)).status).toBe(200);
    const login = await fetch(`${url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'pilote@demo.zero-non-recours.fr',
        password: 'demo-zero-non-recours',
      }),
    });
    expect(login.status).toBe(200);

    // The daily jobs ran at start: the demo ambassador has her reminder of the waiting referral.
    const ambassador = await fetch(`${url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'ambassadeur@demo.zero-non-recours.fr',
        password: 'demo-zero-non-recours',
      }),
    });
    const cookie = ambassador.headers.get('set-cookie')?.split(';')[0] ?? '';
    await expect
      .poll(
        async () => {
          const tasks = await fetch(`${url}/api/tasks?mine=true`, { headers: { cookie } });
          return ((await tasks.json()) as { title: string }[]).map((t) => t.title);
        },
        { timeout: 20_000, interval: 500 },
      )
      .toEqual([
        expect.stringMatching(/^Relancer CCAS de Vénissieux : orientation « Accompagnement/),
      ]);

    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});
