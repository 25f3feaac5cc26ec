import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { accessibilityViolations } from './axe.ts';
import { screenshotDir } from './web-build.ts';

/** Saves the whole page at 1280 and 360 px wide in the screenshot folder (see web-build.ts), and checks it with axe. */
export async function shootAndCheck(page: Page, name: string): Promise<void> {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({
      path: path.join(screenshotDir, `${name}-${width}.png`),
      fullPage: true,
    });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  expect(await accessibilityViolations(page)).toEqual([]);
}
