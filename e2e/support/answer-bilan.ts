// Answering the bilan's questions in the browser, as a professional does: with the keyboard.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { accessibilityViolations } from './axe.ts';
import { UNKNOWN, type Profile } from './bilan-profiles.ts';
import { screenshotDir } from './web-build.ts';

/** Answers every screen with the keyboard; checks axe on each and takes screenshots if asked. */
export async function answerAll(page: Page, profile: Profile, shots?: string): Promise<number> {
  const main = page.getByRole('main');
  let screens = 0;
  for (;;) {
    const form = main.locator('form.znr-question');
    const results = main.getByRole('heading', { name: 'Résultats du bilan' });
    await form.or(results).first().waitFor();
    if (await results.isVisible()) return screens;
    const field = form.locator('input[name]').first();
    const id = (await field.getAttribute('name'))!;
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    expect(await accessibilityViolations(page), `axe, question ${id}`).toEqual([]);
    if (shots) {
      await page.screenshot({
        path: path.join(
          screenshotDir,
          `bilan-${shots}-${String(screens + 1).padStart(2, '0')}.png`,
        ),
        fullPage: true,
      });
    }
    const answer = profile.answers[id];
    if (answer === undefined) throw new Error(`Question inattendue pour ${profile.name} : ${id}`);
    if (answer === UNKNOWN) {
      await form.getByRole('button', { name: 'Je ne sais pas' }).focus();
    } else if ((await field.getAttribute('type')) === 'radio') {
      await form.locator(`input[name="${id}"][value="${answer}"]`).focus();
      await page.keyboard.press('Space');
    } else {
      await field.fill(answer);
      // The commune typed is looked up in the list and chosen when there is no doubt.
      if (id === 'menage.depcom') await form.locator(`input[name="${id}-choix"]:checked`).waitFor();
    }
    await page.keyboard.press('Enter');
    await form.locator(`input[name="${id}"]`).first().waitFor({ state: 'detached' });
    screens++;
  }
}
