// A demo user logs in through the real form, served by the real server on a fresh database, and
// finds their home page; then logs out. Run at a phone's width and a laptop's.
import path from 'node:path';
import { DEMO_LOGINS, DEMO_TERRITORY_NAME } from '@znr/server';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppUnderTest } from './support/app-under-test.ts';
import { accessibilityViolations } from './support/axe.ts';
import { chromiumMissing, watchProblems } from './support/chromium.ts';
import { screenshotDir } from './support/web-build.ts';

const ambassadeur = DEMO_LOGINS.find((login) => login.role === 'ambassadeur');
if (!ambassadeur) throw new Error('Le jeu de démonstration doit avoir un compte ambassadeur.');

// Chromium logs every 4xx response as an error; these two are the API doing its job.
const expectedConsoleError = (text: string, url: string) =>
  /status of 401/.test(text) && url.endsWith('/api/session');

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'défilement horizontal').toBeLessThanOrEqual(0);
}

/** Presses Tab until the focused element reads `text`, as a keyboard user would. */
async function tabTo(page: Page, text: string) {
  for (let presses = 0; presses < 30; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    if (focused === text) return;
  }
  throw new Error(`« ${text} » n'est pas atteignable au clavier.`);
}

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

describe.skipIf(chromiumMissing() !== null)('connexion et page d’accueil (navigateur)', () => {
  const app = useAppUnderTest();

  // The first tile each role sees on its home page.
  const firstTileOfRole: Record<string, string> = {
    ambassadeur: 'Faire un bilan de droits',
    travailleur_social: 'Faire un bilan de droits',
    coordinateur: 'Réseau des partenaires',
    pilote: 'Indicateurs du territoire',
    evaluateur: 'Indicateurs du territoire',
    admin: 'Comptes et organisations',
  };

  for (const login of DEMO_LOGINS) {
    it(`${login.role} : sa page d'accueil, accessible`, async () => {
      const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const problems = await watchProblems(page, expectedConsoleError);
      // The form is tested below; here the session is opened through the API, as the form does.
      const response = await page.request.post(`${app.server.url}/api/session`, {
        data: { email: login.email, password: login.password },
      });
      expect(response.status()).toBe(200);
      await page.goto(`${app.server.url}/`);
      const main = page.getByRole('main');
      await main.getByRole('heading', { level: 1, name: `Bonjour ${login.displayName}` }).waitFor();
      expect(await main.innerText()).toContain(login.roleLabel);
      const tiles = await main.getByRole('heading', { level: 3 }).allInnerTexts();
      expect(tiles[0]).toBe(firstTileOfRole[login.role]);
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  for (const width of [360, 1280]) {
    it(`à ${width} px : connexion, accueil du rôle, déconnexion`, async () => {
      const context = await app.browser.newContext({
        viewport: { width, height: 900 },
        locale: 'fr-FR',
      });
      const page = await context.newPage();
      const problems = await watchProblems(page, expectedConsoleError);

      // Not logged in: the home page sends to the login form.
      await page.goto(`${app.server.url}/`);
      await page.waitForURL('**/connexion');
      await expect.poll(() => page.title()).toBe('Connexion — Zéro non-recours');
      expect(await page.getAttribute('html', 'lang')).toBe('fr');
      await page.getByRole('heading', { level: 1, name: 'Connexion à Zéro non-recours' }).waitFor();
      await expectNoHorizontalScroll(page);
      expect(await accessibilityViolations(page)).toEqual([]);
      await shoot(page, `connexion-${width}`);

      // The first Tab reaches the skip links, before the header.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Contenu');

      // A wrong password: the API's French message, in an alert that takes the focus.
      await page.getByLabel('Adresse e-mail').fill(ambassadeur.email);
      await page.getByLabel('Mot de passe', { exact: true }).fill('pas-le-bon-mot-de-passe');
      await page.getByRole('button', { name: 'Se connecter' }).click();
      const alert = page.locator('.fr-alert--error');
      await alert.getByText('Adresse e-mail ou mot de passe incorrect.').waitFor();
      expect(await alert.evaluate((node) => node.parentElement === document.activeElement)).toBe(
        true,
      );
      await expect.poll(() => page.title()).toBe('Erreur — Connexion — Zéro non-recours');
      expect(await accessibilityViolations(page)).toEqual([]);

      // The right one, sent with the keyboard.
      await page.getByLabel('Mot de passe', { exact: true }).fill(ambassadeur.password);
      await page.keyboard.press('Enter');
      const main = page.getByRole('main');
      await main
        .getByRole('heading', { level: 1, name: `Bonjour ${ambassadeur.displayName}` })
        .waitFor();
      await expect.poll(() => page.title()).toBe('Accueil — Zéro non-recours');
      const mainText = await main.innerText();
      expect(mainText).toContain(ambassadeur.roleLabel);
      expect(mainText).toContain(ambassadeur.organisation);
      expect(mainText).toContain(DEMO_TERRITORY_NAME);
      expect(mainText).toContain('Faire un bilan de droits');
      expect(mainText).toContain('Mes ménages suivis');
      const headerText = await page.getByRole('banner').innerText();
      expect(headerText).toContain(ambassadeur.organisation);
      expect(headerText).toContain(DEMO_TERRITORY_NAME);
      expect(await page.getByRole('contentinfo').count()).toBe(1);
      await expectNoHorizontalScroll(page);
      expect(await accessibilityViolations(page)).toEqual([]);
      await shoot(page, `accueil-${width}`);

      // Logout with the keyboard alone; on a phone the button sits in the header's menu.
      if (width < 992) {
        await page.getByRole('button', { name: 'Menu' }).focus();
        await page.keyboard.press('Enter');
        await page
          .getByRole('button', { name: 'Se déconnecter' })
          .filter({ visible: true })
          .waitFor();
      }
      await tabTo(page, 'Se déconnecter');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/connexion');
      await page.getByText('Vous êtes déconnecté.').waitFor();
      await page.goto(`${app.server.url}/`);
      await page.waitForURL('**/connexion');

      // An unknown address gets the French 404 page.
      await page.goto(`${app.server.url}/page-qui-n-existe-pas`);
      await page.getByRole('heading', { level: 1, name: 'Page non trouvée' }).waitFor();
      await expect.poll(() => page.title()).toBe('Page non trouvée — Zéro non-recours');
      expect(await accessibilityViolations(page)).toEqual([]);

      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
