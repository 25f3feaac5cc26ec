// Cutting the network the way it happens in the field: the app was opened once with network (its
// service worker installed and in control), then the phone loses the network and the page reloads.
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Opens `url` (the bilan), lets the service worker take control, then reloads it offline. */
export async function openThenCutNetwork(
  context: BrowserContext,
  page: Page,
  url: string,
): Promise<void> {
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: 'Bilan de droits' }).waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  await context.setOffline(true);
  await page.reload();
  await page.getByText('Pas de réseau').waitFor();
}
