// The bilan de droits in Chromium, on the real server: four households answer every screen (with
// the keyboard), each screen passes axe, and the amounts shown equal the engine's `simulate` on the
// situation the app built (read back from its JSON export). Then the same flow with the network
// cut, and the public simulator, which sends nothing. Screenshots of each step at 360 and 1280 px.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { simulate } from '@znr/rules';
import type { OpenFiscaSituation } from '@znr/rules';
import { DEMO_LOGINS } from '@znr/server';
import { PDFDocument } from 'pdf-lib';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe.ts';
import { answerAll } from './support/answer-bilan.ts';
import { profiles, UNKNOWN, type Profile } from './support/bilan-profiles.ts';
import { useAppUnderTest } from './support/app-under-test.ts';
import { chromiumMissing, watchProblems } from './support/chromium.ts';
import { openThenCutNetwork } from './support/offline.ts';
import { pdfText } from './support/pdf-text.ts';
import { shownInReadingOrder } from './support/reading-order.ts';
import { screenshotDir } from './support/web-build.ts';

/** Sixteen screens, each checked by axe and shot twice: more than the default minute on a busy machine. */
const SIXTEEN_SCREENS = 150_000;

const ambassadeur = DEMO_LOGINS.find((login) => login.role === 'ambassadeur')!;

// 401 of "nobody logged in" on the public simulator; offline, every request to the server fails.
const expectedConsoleError = (text: string, url: string) =>
  (/status of 401/.test(text) && url.endsWith('/api/session')) ||
  /ERR_INTERNET_DISCONNECTED/.test(text);

type Exported = {
  period: string;
  answers: Record<string, unknown>;
  situation: OpenFiscaSituation;
  results: { id: string; status: string; amount: number }[];
};

async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return readFileSync(await file.path());
}

/** The amounts shown equal the engine's on the situation the app exported. */
async function expectEngineAmounts(page: Page, profile: Profile): Promise<Exported> {
  const exported = JSON.parse(
    (await download(page, 'Exporter les réponses (JSON)')).toString('utf8'),
  ) as Exported;
  const menage = Object.values(exported.situation.menages ?? {})[0]!;
  expect(Object.values(menage.depcom as Record<string, string>)[0]).toBe(
    profile.expectInSituation.depcom,
  );
  expect(Object.keys(exported.situation.individus)).toHaveLength(profile.expectInSituation.people);
  const engine = simulate(exported.situation, exported.period);
  const shown = await page
    .locator('section[data-benefit]')
    .evaluateAll((sections) => sections.map((section) => section.getAttribute('data-benefit')));
  expect(shown.toSorted(), `${profile.name} : toutes les aides`).toEqual(
    engine.benefits.map((benefit) => benefit.id).toSorted(),
  );
  expect(await shownInReadingOrder(page), `${profile.name} : dans l’ordre de lecture`).toBe(true);
  // The refusals are folded: opened as a person would, to read each reason.
  const refusals = page.locator('[data-refusals]').getByRole('button', { name: /^Voir / });
  if ((await refusals.count()) > 0) {
    await refusals.click();
    await expect.poll(() => refusals.getAttribute('aria-expanded')).toBe('true');
    // The disclosure opens with a transition: its text is readable once it is shown.
    await page
      .locator('[data-refusals] section[data-benefit]')
      .last()
      .waitFor({ state: 'visible' });
  }
  for (const benefit of engine.benefits) {
    const section = page.locator(`section[data-benefit="${benefit.id}"]`);
    const amount = section.locator('.znr-amount');
    if (benefit.eligible) {
      expect(
        Number(await amount.getAttribute('data-amount')),
        `${profile.name} ${benefit.id}`,
      ).toBe(benefit.amount);
    } else {
      expect(await amount.count(), `${profile.name} ${benefit.id} sans montant`).toBe(0);
      for (const reason of benefit.reasons) expect(await section.innerText()).toContain(reason);
    }
  }
  return exported;
}

/** How many device keys the bilan's IndexedDB holds (one while a professional is logged in). */
function deviceKeys(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('znr-bilan');
        open.onerror = () => reject(new Error('IndexedDB'));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('keys')) return resolve(0);
          const count = db.transaction('keys').objectStore('keys').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );
}

/** The PDF copy: titled, in French, and saying the amounts the engine computed. */
async function expectPdf(page: Page, exported: Exported) {
  const bytes = await download(page, 'Télécharger le PDF');
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  const pdf = await PDFDocument.load(bytes);
  expect(pdf.getTitle()).toMatch(/^Bilan de droits du /);
  // Tagged by the browser build of PDFKit: structure tree, marked content, French.
  const raw = Buffer.from(bytes).toString('latin1');
  expect(raw).toContain('/StructTreeRoot');
  expect(raw).toContain('/Marked true');
  expect(raw).toContain('/Lang (fr-FR)');
  const text = pdfText(bytes).replace(/(\d) (?=\d)/g, '$1');
  expect(text).toContain(
    'Les montants sont des estimations faites avec vos réponses. Seul l’organisme',
  );
  const engine = simulate(exported.situation, exported.period);
  for (const benefit of engine.benefits) {
    if (!benefit.eligible) continue;
    const euros = `${benefit.amount.toFixed(2).replace('.', ',')} €`;
    const expected =
      benefit.id === 'css'
        ? `Coût pour vous : ${benefit.amount === 0 ? 'gratuit' : `${euros} par mois`}`
        : benefit.periodicity === 'mensuelle'
          ? `${euros} par mois`
          : euros;
    expect(text, benefit.id).toContain(expected);
  }
}

describe.skipIf(chromiumMissing() !== null)('bilan de droits (navigateur)', () => {
  const app = useAppUnderTest();

  async function loggedIn(width: number): Promise<{ context: BrowserContext; page: Page }> {
    const context = await app.browser.newContext({
      viewport: { width, height: 900 },
      locale: 'fr-FR',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const response = await page.request.post(`${app.server.url}/api/session`, {
      data: { email: ambassadeur.email, password: ambassadeur.password },
    });
    expect(response.status()).toBe(200);
    return { context, page };
  }

  for (const profile of profiles) {
    it(
      `360 px : ${profile.description}`,
      async () => {
        const { context, page } = await loggedIn(360);
        const problems = await watchProblems(page, expectedConsoleError);
        await page.goto(`${app.server.url}/`);
        await page.getByRole('link', { name: 'Faire un bilan de droits' }).click();
        await page.getByRole('heading', { level: 1, name: 'Bilan de droits' }).waitFor();
        const shots = profile.name === 'parent-isole' ? '360' : undefined;
        const screens = await answerAll(page, profile, shots);
        expect(screens).toBe(Object.keys(profile.answers).length);
        expect(await accessibilityViolations(page)).toEqual([]);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth - innerWidth),
        ).toBeLessThanOrEqual(0);
        const exported = await expectEngineAmounts(page, profile);
        if (profile.answers['demandeur.pensions_invalidite'] === UNKNOWN) {
          expect(await page.getByText('À vérifier').count()).toBeGreaterThan(0);
        }
        if (shots) {
          await page.screenshot({
            path: path.join(screenshotDir, `bilan-360-resultats.png`),
            fullPage: true,
          });
          await expectPdf(page, exported);
        }
        expect(problems).toEqual([]);
        await context.close();
      },
      SIXTEEN_SCREENS,
    );
  }

  it(
    '1280 px : le parcours, « et si », la reprise du brouillon après rechargement',
    async () => {
      const { context, page } = await loggedIn(1280);
      const problems = await watchProblems(page, expectedConsoleError);
      const profile = profiles[0]!;
      await page.goto(`${app.server.url}/bilan`);
      // Two answers, then the page is reloaded: the draft brings the person back to question 3.
      const partial: Profile = { ...profile, answers: { ...profile.answers } };
      await page.locator('label', { hasText: /^Non$/ }).click();
      await page.getByRole('button', { name: 'Suivant' }).click();
      await page.locator('input[name="demandeur.date_naissance"]').fill('1991-04-12');
      await page.keyboard.press('Enter');
      await page.locator('input[name="foyer.enfants"]').waitFor();
      // Nothing typed: the French error shows and the field takes the focus.
      await page.getByRole('button', { name: 'Suivant' }).click();
      await page.getByText('Répondez à la question pour continuer.').waitFor();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(
        'foyer.enfants',
      );
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.reload();
      await page.getByRole('heading', { name: /^Question 3 sur / }).waitFor();
      await page.getByRole('button', { name: 'Précédent' }).click();
      expect(await page.locator('input[name="demandeur.date_naissance"]').inputValue()).toBe(
        '1991-04-12',
      );
      await page.getByRole('button', { name: 'Précédent' }).click();
      await answerAll(page, partial, '1280');
      const exported = await expectEngineAmounts(page, profile);
      await page.screenshot({
        path: path.join(screenshotDir, `bilan-1280-resultats.png`),
        fullPage: true,
      });

      // What if the person takes a job at 1 200 € a month: the amounts change.
      await page.getByLabel('Salaire net par mois de la personne').fill('1200');
      await page.getByRole('button', { name: 'Comparer' }).click();
      const rows = page.locator('[data-what-if] tr[data-benefit]');
      await rows.first().waitFor();
      const engine = simulate(exported.situation, exported.period);
      expect(
        await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-benefit'))),
      ).toEqual(engine.benefits.map((benefit) => benefit.id));
      const row = page.locator('[data-what-if] tr[data-benefit="ppa"]');
      const today = Number(
        await page.locator('section[data-benefit="ppa"] .znr-amount').getAttribute('data-amount'),
      );
      const then = Number(await row.locator('td[data-amount]').getAttribute('data-amount'));
      expect(then).not.toBe(today);
      const difference = Number(
        await row.locator('td[data-difference]').getAttribute('data-difference'),
      );
      expect(difference).toBeCloseTo(then - today, 2);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.screenshot({
        path: path.join(screenshotDir, `bilan-1280-et-si.png`),
        fullPage: true,
      });

      // The printed copy: the results, without the app's header, footer and buttons.
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('banner').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Télécharger le PDF' }).isVisible()).toBe(
        false,
      );
      expect(await page.getByRole('heading', { name: 'Votre contact' }).isVisible()).toBe(true);
      await page.screenshot({
        path: path.join(screenshotDir, `bilan-1280-impression.png`),
        fullPage: true,
      });
      await page.emulateMedia({ media: 'screen' });

      // Logging out deletes the device key: a draft left on the device can no longer be read.
      expect(await deviceKeys(page)).toBe(1);
      await page.getByRole('button', { name: 'Se déconnecter' }).click();
      await page.waitForURL('**/connexion');
      expect(await deviceKeys(page)).toBe(0);
      expect(problems).toEqual([]);
      await context.close();
    },
    SIXTEEN_SCREENS,
  );

  it('sans réseau : le bilan va jusqu’au PDF, l’application venant du service worker', async () => {
    const { context, page } = await loggedIn(360);
    const problems = await watchProblems(page, expectedConsoleError);
    await openThenCutNetwork(context, page, `${app.server.url}/bilan`);
    const profile = profiles[3]!;
    await answerAll(page, profile);
    const exported = await expectEngineAmounts(page, profile);
    await expectPdf(page, exported);
    await page.screenshot({
      path: path.join(screenshotDir, `bilan-360-hors-ligne.png`),
      fullPage: true,
    });
    // Nothing from /api was ever put in the service worker's cache.
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      }
      return urls;
    });
    expect(cached.length).toBeGreaterThan(10);
    expect(cached.filter((url) => new URL(url).pathname.startsWith('/api'))).toEqual([]);

    // The network returns: the session is checked again and the bilan goes on online.
    await context.setOffline(false);
    await page.getByText(/^Pas de réseau : le bilan continue/).waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: 'Résultats du bilan' }).waitFor();
    expect(problems.filter((p) => p.kind !== 'console')).toEqual([]);
    await context.close();
  });

  it('simulateur public : sans compte, et rien ne part du navigateur', async () => {
    const context = await app.browser.newContext({
      viewport: { width: 360, height: 900 },
      locale: 'fr-FR',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const problems = await watchProblems(page, expectedConsoleError);
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'GET') sent.push(`${request.method()} ${request.url()}`);
    });
    await page.goto(`${app.server.url}/simulateur`);
    await page.getByRole('heading', { level: 1, name: 'Simulateur d’aides' }).waitFor();
    const profile = profiles[1]!;
    await answerAll(page, profile);
    const exported = await expectEngineAmounts(page, profile);

    // A new bilan, then the exported file opened again: same answers, same amounts.
    await page.getByRole('button', { name: 'Nouveau bilan' }).click();
    await page.locator('input[type="file"]').setInputFiles({
      name: 'bilan.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ version: 1, answers: exported.answers })),
    });
    await page.getByRole('heading', { name: 'Résultats du bilan' }).waitFor();
    await expectEngineAmounts(page, profile);
    expect(sent).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
