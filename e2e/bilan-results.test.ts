// The results of a bilan in the order a person reads them (issue 14, items 3 to 5), at 360 px:
// the retiree's first card is the ASPA; the single parent's summary lists her probable rights and
// their total above the first refusal; the refusals are folded, each with its reason once opened;
// the budget block and the other aids to ask are there; and the PDF says the same things in the
// same order (read back from its text).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_LOGINS } from '@znr/server';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe.ts';
import { answerAll } from './support/answer-bilan.ts';
import { profiles, retiree, type Profile } from './support/bilan-profiles.ts';
import { useAppUnderTest } from './support/app-under-test.ts';
import { chromiumMissing, watchProblems } from './support/chromium.ts';
import { pdfText } from './support/pdf-text.ts';
import { shownInReadingOrder } from './support/reading-order.ts';
import { signedIn } from './support/signed-in.ts';
import { screenshotDir } from './support/web-build.ts';

const ambassadeur = DEMO_LOGINS.find((login) => login.role === 'ambassadeur')!;
const singleParent = profiles.find((profile) => profile.name === 'parent-isole')!;

async function pdfOf(page: Page): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Télécharger le PDF' }).click(),
  ]);
  // Thousands are written with a space: joined again so that amounts read as one number.
  return pdfText(readFileSync(await file.path())).replace(/(\d) (?=\d)/g, '$1');
}

/** Where the refusals' heading starts (the summary's line says « Pas de droit pour le moment : »). */
function refusalsHeading(text: string): number {
  return text.search(/Pas de droit pour le moment (?!:)/);
}

describe.skipIf(chromiumMissing() !== null)('résultats du bilan dans l’ordre de lecture', () => {
  const app = useAppUnderTest();

  async function results(profile: Profile, width = 360): Promise<Page> {
    const { page } = await signedIn(app, ambassadeur, width);
    await page.goto(`${app.server.url}/bilan`);
    await answerAll(page, profile);
    return page;
  }

  it('360 px : la retraitée de 75 ans à 700 € par mois voit d’abord l’ASPA', async () => {
    const page = await results(retiree);
    const problems = await watchProblems(page, () => false);
    const first = page.locator('section[data-benefit]').first();
    expect(await first.getAttribute('data-benefit')).toBe('aspa');
    expect(await first.getAttribute('data-status')).toBe('eligible');
    expect(await first.getByRole('heading').first().innerText()).toBe(
      'Allocation de solidarité aux personnes âgées (ASPA)',
    );
    expect(await shownInReadingOrder(page)).toBe(true);
    // The summary names it first too.
    expect(
      await page
        .locator('[data-summary] li[data-summary-benefit]')
        .first()
        .getAttribute('data-summary-benefit'),
    ).toBe('aspa');
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - innerWidth),
    ).toBeLessThanOrEqual(0);
    // The budget block, before and after the rights, with its sources; the other aids to ask.
    const budget = page.locator('[data-budget]');
    await budget.getByRole('heading', { name: 'Votre budget' }).waitFor();
    const resources = budget.getByRole('row', { name: /^Ressources par mois/ });
    expect(await resources.getByRole('cell').allInnerTexts()).toEqual([
      '700,00 €',
      expect.stringMatching(/^1 \d{3},\d\d €$/),
    ]);
    for (const label of [
      'Coût du logement par mois',
      'Part des ressources pour le logement (taux d’effort)',
      'Reste pour vivre par mois et par part',
      'Reste pour vivre par jour et par part',
    ]) {
      expect(await budget.getByRole('row', { name: label }).count()).toBe(1);
    }
    expect(await budget.innerText()).toMatch(/Eau : si la facture dépasse [\d ]+,\d\d € par an/);
    expect(await budget.locator('a[href^="https://"]').count()).toBeGreaterThanOrEqual(4);
    const otherAids = await page
      .locator('[data-other-aid]')
      .evaluateAll((aids) => aids.map((aid) => aid.getAttribute('data-other-aid')));
    expect(otherAids).toContain('apa');
    expect(otherAids).toContain('aides_locales');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({
      path: path.join(screenshotDir, 'bilan-360-retraitee.png'),
      fullPage: true,
    });
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({
      path: path.join(screenshotDir, 'bilan-1280-retraitee.png'),
      fullPage: true,
    });

    // The PDF: the summary, then the ASPA first among the rights, the refusals after.
    const text = await pdfOf(page);
    const aspaName = 'Allocation de solidarité aux personnes âgées (ASPA)';
    const aspa = text.indexOf(`${aspaName} : Droit probable`);
    expect(text.indexOf('L’essentiel')).toBeGreaterThan(-1);
    expect(text.indexOf('L’essentiel')).toBeLessThan(aspa);
    expect(text.indexOf(' : Droit probable')).toBe(aspa + aspaName.length);
    expect(aspa).toBeLessThan(refusalsHeading(text));
    // Then the budget, then the other aids to ask.
    expect(refusalsHeading(text)).toBeLessThan(text.indexOf('Votre budget'));
    expect(text).toContain('Ressources par mois : 700,00 € sans les aides');
    expect(text.indexOf('Votre budget')).toBeLessThan(
      text.indexOf('Ce que vous pouvez aussi demander'),
    );
    expect(text).toContain('Allocation personnalisée d’autonomie (APA)');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('360 px : le résumé du parent seul liste ses droits probables et leur total avant le premier refus', async () => {
    const page = await results(singleParent);
    const problems = await watchProblems(page, () => false);
    const summary = page.locator('[data-summary]');
    const listed = await summary
      .locator('li[data-summary-benefit]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-summary-benefit')));
    const probable = await page
      .locator('section[data-benefit][data-status="eligible"]')
      .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-benefit')));
    expect(probable.length).toBeGreaterThan(1);
    for (const id of probable) expect(listed).toContain(id);
    // The total is the sum of the probable rights paid each month, shown on their cards.
    const monthly = await page
      .locator('section[data-benefit][data-status="eligible"] .znr-amount')
      .evaluateAll((amounts) =>
        amounts
          .filter((a) => / par mois$/.test(a.textContent ?? ''))
          .filter((a) => a.closest('section')?.getAttribute('data-benefit') !== 'css')
          .map((a) => Number(a.getAttribute('data-amount'))),
      );
    const total = Number(await summary.locator('[data-total]').getAttribute('data-total'));
    expect(total).toBeGreaterThan(0);
    expect(total).toBeCloseTo(
      monthly.reduce((sum, amount) => sum + amount, 0),
      2,
    );
    // Above the first refusal, on the page as on the screen.
    const firstRefusal = page.locator('section[data-benefit][data-status="non_eligible"]').first();
    expect(
      await summary.evaluate(
        (node, refusal) =>
          (node.compareDocumentPosition(refusal) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
        await firstRefusal.elementHandle(),
      ),
    ).toBe(true);
    // The refusals are folded; opened with the keyboard, each shows its reason.
    expect(await firstRefusal.isVisible()).toBe(false);
    const disclosure = page.locator('[data-refusals]').getByRole('button', { name: /^Voir / });
    expect(await disclosure.getAttribute('aria-expanded')).toBe('false');
    await disclosure.focus();
    await page.keyboard.press('Enter');
    await firstRefusal.waitFor({ state: 'visible' });
    expect((await firstRefusal.innerText()).length).toBeGreaterThan(40);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({
      path: path.join(screenshotDir, 'bilan-360-parent-seul.png'),
      fullPage: true,
    });

    // The PDF: the summary with the total, then the rights, then the refusals.
    const text = await pdfOf(page);
    const totalLine = text.indexOf(
      `Vos droits probables : ${total.toFixed(2).replace('.', ',')} €`,
    );
    expect(totalLine).toBeGreaterThan(-1);
    expect(totalLine).toBeLessThan(text.indexOf(' : Droit probable'));
    expect(text.lastIndexOf(' : Droit probable')).toBeLessThan(refusalsHeading(text));
    expect(totalLine).toBeLessThan(text.indexOf(' : Pas de droit '));
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
