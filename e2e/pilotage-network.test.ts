// The pilotage network in Chromium on the real server with the demo territory. An ambassador
// enters an outreach action on a 360 px phone with the network cut: it waits on the device, then
// reaches the server once when the network returns. The coordinator's directory, workshops and
// blockage register open and pass axe; on a phone she adds and edits a service, edits a workshop,
// gives a blockage an owner and the answer received. Screenshots in docs/screenshots.
import path from 'node:path';
import { DEMO_LOGINS } from '@znr/server';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe.ts';
import { useAppUnderTest } from './support/app-under-test.ts';
import { chromiumMissing, watchProblems } from './support/chromium.ts';
import { signedIn } from './support/signed-in.ts';
import { screenshotDir } from './support/web-build.ts';

const login = (role: string) => DEMO_LOGINS.find((l) => l.role === role)!;
const expectedConsoleError = (text: string) => /ERR_INTERNET_DISCONNECTED/.test(text);

type Action = {
  type: string;
  peopleMet: number;
  wentToBilan: number;
  commune: string | null;
  quartier: string | null;
};

describe.skipIf(chromiumMissing() !== null)(
  'pilotage : aller-vers, réseau, blocages (navigateur)',
  () => {
    const app = useAppUnderTest();

    const loggedIn = (role: string, width = 360) => signedIn(app, login(role), width);

    it('sans réseau : l’action attend sur le téléphone, puis arrive une fois au serveur', async () => {
      const { context, page } = await loggedIn('ambassadeur');
      const problems = await watchProblems(page, expectedConsoleError);
      const mine = async () =>
        (await (
          await page.request.get('/api/pilotage/actions?mine=true&limit=1000')
        ).json()) as Action[];
      const before = (await mine()).length;

      // Opened once with network (the service worker takes control), then the network goes.
      await page.goto('/pilotage/actions/nouvelle');
      await page
        .getByRole('heading', { level: 1, name: 'Saisir une action d’aller-vers' })
        .waitFor();
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await page.reload();
      await expect
        .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
        .toBe(true);
      await context.setOffline(true);
      await page.reload();
      await page.getByText('Pas de réseau').waitFor();

      await page.getByLabel('Permanence').check({ force: true });
      await page.getByLabel('Commune').fill('Vénissieux');
      await page.getByLabel('Quartier (facultatif)').fill('Minguettes');
      const more = page.getByRole('button', { name: 'Ajouter 1 à « Personnes rencontrées »' });
      for (let i = 0; i < 7; i++) await more.click();
      await page
        .getByRole('button', { name: 'Ajouter 1 à « Dont orientées vers un bilan de droits »' })
        .click();
      await page.getByRole('button', { name: 'Enregistrer l’action' }).click();
      await page.getByText('1 action en attente d’envoi.').waitFor();
      await page.getByText('Elle sera envoyée dès le retour du réseau').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.screenshot({
        path: path.join(screenshotDir, 'pilotage-action-hors-ligne-360.png'),
        fullPage: true,
      });

      await context.setOffline(false);
      await page.getByText('Aucune action en attente d’envoi.').waitFor({ timeout: 20_000 });
      const after = await mine();
      expect(after.length).toBe(before + 1);
      expect(
        after.find((a) => a.type === 'permanence' && a.quartier === 'Minguettes'),
      ).toMatchObject({
        peopleMet: 7,
        wentToBilan: 1,
        commune: 'Vénissieux',
      });

      await page.goto('/pilotage/actions');
      await page.getByRole('heading', { level: 1, name: 'Actions d’aller-vers' }).waitFor();
      await page.getByText(/actions?, \d+ personnes? rencontrées?/).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(problems.filter((p) => p.kind !== 'console')).toEqual([]);
      await context.close();
    });

    it('la coordinatrice trouve qui appeler, suit les blocages et les ateliers', async () => {
      const { context, page } = await loggedIn('coordinateur', 1280);
      await page.goto('/pilotage/reseau');
      await page.getByLabel('Qui appeler pour…').fill('un problème d’énergie');
      await page.getByRole('button', { name: 'Chercher' }).click();
      await page.getByRole('heading', { level: 2, name: 'PIMMS Médiation Vénissieux' }).waitFor();
      await expect
        .poll(() =>
          page.getByRole('heading', { level: 2, name: 'Restos du cœur de Vénissieux' }).count(),
        )
        .toBe(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(screenshotDir, 'pilotage-reseau-1280.png') });

      await page.goto('/pilotage/blocages');
      await page.getByRole('heading', { level: 1, name: 'Registre des blocages' }).waitFor();
      const open = page
        .getByRole('listitem')
        .filter({ hasText: 'Aides au logement suspendues sans courrier' });
      await open.getByRole('button', { name: 'Passer à « Transmis »' }).click();
      await open.getByText('Transmis', { exact: true }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(screenshotDir, 'pilotage-blocages-1280.png') });

      await page.goto('/pilotage/ateliers');
      await page.getByRole('heading', { level: 2, name: /Prime d’activité/ }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await context.close();
    });

    it('sur un téléphone, la coordinatrice ajoute puis modifie un service, modifie un atelier, confie un blocage et note la réponse', async () => {
      const { context, page } = await loggedIn('coordinateur', 360);
      const problems = await watchProblems(page, () => false);

      // A new service of the PIMMS, found by need, then edited.
      await page.goto('/pilotage/reseau');
      await page.getByRole('heading', { level: 2, name: 'PIMMS Médiation Vénissieux' }).waitFor();
      const pimms = page
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { name: 'PIMMS Médiation Vénissieux' }) });
      await pimms.getByText('Ajouter un service à PIMMS Médiation Vénissieux').click();
      const adding = pimms.getByRole('form', {
        name: 'Ajouter un service de PIMMS Médiation Vénissieux',
      });
      await adding.getByLabel('Nom du service').fill('Permanence chèque énergie');
      await adding
        .getByLabel('Description')
        .fill('Aide à utiliser le chèque énergie et à lire ses factures, sans rendez-vous.');
      await adding.getByLabel('En présentiel').check({ force: true });
      expect(await accessibilityViolations(page)).toEqual([]);
      await adding.getByRole('button', { name: 'Ajouter le service' }).click();
      await page.getByText('Service ajouté à PIMMS Médiation Vénissieux.').waitFor();
      await pimms.getByText('Modifier le service « Permanence chèque énergie »').click();
      const editing = pimms.getByRole('form', {
        name: 'Modifier le service « Permanence chèque énergie »',
      });
      await editing.getByLabel('Nom du service').fill('Permanence énergie');
      await editing.getByRole('button', { name: 'Enregistrer le service' }).click();
      await page.getByText('Service « Permanence chèque énergie » modifié.').waitFor();
      await page.getByLabel('Qui appeler pour…').fill('Permanence énergie');
      await page.getByRole('button', { name: 'Chercher' }).click();
      await pimms.getByText(/Permanence énergie — Aide à utiliser le chèque énergie/).waitFor();

      // The first workshop, edited: 3 more participants.
      await page.goto('/pilotage/ateliers');
      const workshop = page
        .getByRole('listitem')
        .filter({ hasText: /Prime d’activité/ })
        .first();
      const before = Number(/(\d+) participant/.exec(await workshop.innerText())?.[1]);
      await workshop.getByRole('button', { name: 'Modifier' }).click();
      await page.getByRole('heading', { level: 2, name: /Modifier l’atelier du/ }).waitFor();
      await page.getByLabel('Nombre de participants').fill(String(before + 3));
      await page.getByLabel('Suites données (facultatif)').fill('Fiche réflexe envoyée aux CCAS.');
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
      await page.getByText('Atelier modifié.').waitFor();
      await page
        .getByText(`${before + 3} participants`)
        .first()
        .waitFor();
      await page.getByText('Suites : Fiche réflexe envoyée aux CCAS.').waitFor();

      // A blockage: who follows it, and the answer the CAF sent.
      await page.goto('/pilotage/blocages');
      const blockage = page
        .getByRole('listitem')
        .filter({ hasText: 'Aides au logement suspendues sans courrier' });
      await blockage.getByText('Modifier, personne qui suit, réponse reçue').click();
      const owner = blockage.getByLabel('Personne qui suit le blocage');
      await owner.selectOption({ index: 1 });
      const ownerName = (await owner.locator('option:checked').innerText()).trim();
      await blockage
        .getByLabel('Réponse reçue de l’organisme')
        .fill('La CAF relance désormais par courrier avant toute suspension.');
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.screenshot({
        path: path.join(screenshotDir, 'pilotage-blocage-modifier-360.png'),
        fullPage: true,
      });
      await blockage.getByRole('button', { name: 'Enregistrer les modifications' }).click();
      await page
        .getByText('Blocage « Aides au logement suspendues sans courrier » modifié.')
        .waitFor();
      await blockage.getByText(`Suivi par ${ownerName}`).waitFor();
      await blockage
        .getByText('Réponse reçue : La CAF relance désormais par courrier avant toute suspension.')
        .waitFor();
      expect(problems).toEqual([]);
      await context.close();
    });
  },
);
