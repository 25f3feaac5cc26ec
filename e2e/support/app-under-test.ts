// One built web app, one real server on a fresh demo database and one Chromium for a whole test
// file: what every browser test needs, set up once (it is the slow part).
import { mkdirSync } from 'node:fs';
import { seedDemo, startTestServer } from '@znr/server';
import type { TestServer } from '@znr/server';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.ts';
import { buildWebApp, screenshotDir } from './web-build.ts';

export type AppUnderTest = { server: TestServer; browser: Browser };

/** Registers the set-up and tear-down hooks; the returned object is filled before the tests run. */
export function useAppUnderTest(): AppUnderTest {
  const app = {} as AppUnderTest;
  let web: ReturnType<typeof buildWebApp> | undefined;
  beforeAll(async () => {
    web = buildWebApp();
    app.server = await startTestServer({ listen: true, webRoot: web.root });
    await seedDemo(app.server.db);
    app.browser = await launchChromium();
    mkdirSync(screenshotDir, { recursive: true });
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.close();
    web?.remove();
  });
  return app;
}
