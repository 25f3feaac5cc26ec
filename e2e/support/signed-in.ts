// Signing in through the API, not the login form (login.test.ts tests the form): the session
// cookie lands in a fresh browser context, as after a real login.
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { AppUnderTest } from './app-under-test.ts';

/** A context at `width` px (900 high), in French, on the app's address, signed in as `login`. */
export async function signedInContext(
  app: AppUnderTest,
  login: { email: string; password: string },
  width = 1280,
): Promise<BrowserContext> {
  const context = await app.browser.newContext({
    viewport: { width, height: 900 },
    locale: 'fr-FR',
    baseURL: app.server.url,
  });
  const response = await context.request.post('/api/session', {
    data: { email: login.email, password: login.password },
  });
  expect(response.status()).toBe(200);
  return context;
}

/** {@link signedInContext} and a page in it. */
export async function signedIn(
  app: AppUnderTest,
  login: { email: string; password: string },
  width = 1280,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await signedInContext(app, login, width);
  return { context, page: await context.newPage() };
}
