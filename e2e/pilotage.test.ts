// The territory's dashboard, in Chromium on the real server with the demo data. The coordinator
// reads the dashboard and its CSV export; an ambassador enters an aller-vers action (12 people met)
// on the phone's quick entry page, opens a case file, saves a bilan and marks the RSA opened; the
// coordinator's dashboard and export show it. Axe-core on the dashboard at 1280 and 360 px.
import path from 'node:path';
import { DEMO_LOGINS } from '@znr/server';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppUnderTest } from './support/app-under-test.ts';
import { accessibilityViolations } from './support/axe.ts';
import { chromiumMissing } from './support/chromium.ts';
import { signedIn } from './support/signed-in.ts';
import { screenshotDir } from './support/web-build.ts';

const coordinateur = DEMO_LOGINS.find((login) => login.role === 'coordinateur')!;
const ambassadeur = DEMO_LOGINS.find((login) => login.role === 'ambassadeur')!;

/** The headline figure under its label, as a number (« 1 234 » → 1234). */
async function keyFigure(page: Page, label: string): Promise<number> {
  const text = await page
    .locator('.znr-key-figures > div', { has: page.getByText(label, { exact: true }) })
    .locator('dd')
    .innerText();
  return Number(text.replace(/[^0-9]/g, ''));
}

/** The value of the total row of an indicator for a period in the export's CSV ('' if hidden). */
function csvTotal(csv: string, indicator: string, period: string): string | undefined {
  return csv
    .slice(1)
    .split('\r\n')
    .map((line) => line.split(';'))
    .find((f) => f[0] === indicator && f[3] === period && f[5] === '*')?.[7];
}

describe.skipIf(chromiumMissing() !== null)('tableau de bord du territoire (navigateur)', () => {
  const app = useAppUnderTest();

  const loggedIn = (login: { email: string; password: string }, width: number) =>
    signedIn(app, login, width);

  async function dashboard(page: Page) {
    await page.goto('/pilotage');
    await page.getByRole('heading', { name: 'L’essentiel de la période' }).waitFor();
    const csvLink = page.getByRole('link', { name: 'Exporter en CSV' });
    const csv = await (await page.request.get((await csvLink.getAttribute('href')) ?? '')).text();
    return {
      met: await keyFigure(page, 'Personnes rencontrées'),
      bilans: await keyFigure(page, 'Bilans de droits réalisés'),
      opened: await keyFigure(page, 'Droits ouverts'),
      csv,
    };
  }

  it('shows an action, a bilan and an opened right on the dashboard and in the export', async () => {
    const month = new Date().toISOString().slice(0, 7);
    const coordinator = await loggedIn(coordinateur, 1280);
    const before = await dashboard(coordinator.page);
    expect(before.csv.startsWith('\uFEFFindicateur;libelle;unite;periode;')).toBe(true);

    // The ambassador enters an action of 12 people met today on the phone's quick entry page…
    const agent = await loggedIn(ambassadeur, 360);
    const mine = async () =>
      (
        (await (
          await agent.page.request.get('/api/pilotage/actions?mine=true&limit=1000')
        ).json()) as {
          peopleMet: number;
        }[]
      ).length;
    const actionsBefore = await mine();
    await agent.page.goto('/pilotage/actions/nouvelle');
    await agent.page
      .getByRole('heading', { level: 1, name: 'Saisir une action d’aller-vers' })
      .waitFor();
    await agent.page.getByLabel('Maraude').check({ force: true });
    await agent.page.getByLabel('Personnes rencontrées', { exact: true }).fill('12');
    await agent.page.getByRole('button', { name: 'Enregistrer l’action' }).click();
    await agent.page.getByText('Action enregistrée. Elle est envoyée au serveur.').waitFor();
    await expect.poll(mine, { timeout: 20_000 }).toBe(actionsBefore + 1);
    await agent.page.getByText('Aucune action en attente d’envoi.').waitFor();

    // …opens a case file, records the consent, saves a bilan, follows the RSA and marks it opened.
    const page = agent.page;
    await page.goto('/suivi');
    await page.getByLabel('Prénom de la personne', { exact: true }).fill('Fatou');
    await page.getByLabel('Nom de la personne', { exact: true }).fill('Sarr');
    await page.getByRole('button', { name: 'Ouvrir le dossier' }).click();
    await page.getByRole('heading', { name: 'Dossier de Fatou Sarr' }).waitFor();
    const householdId = page.url().split('/').at(-1) ?? '';
    await page.getByRole('button', { name: /ses bilans soient enregistrés/ }).click();
    await page.getByText('Enregistrer les bilans au dossier — oral').waitFor();
    const saved = await page.request.post(`/api/households/${householdId}/bilans`, {
      data: { version: 'e2e', period: month, answers: {}, situation: {}, results: {} },
    });
    expect(saved.status()).toBe(201);
    await page.getByLabel('Droit à suivre').selectOption('rsa');
    await page.getByRole('button', { name: 'Suivre ce droit' }).click();
    await page.getByText(/RSA — Identifié/).waitFor();
    await page.getByLabel('Étape du droit RSA').selectOption('ouvert');
    await page.getByRole('button', { name: 'Enregistrer l’étape' }).click();
    await page.getByText(/RSA — Ouvert/).waitFor();

    // The coordinator sees it: 12 people in the action and the household met outside it.
    const after = await dashboard(coordinator.page);
    expect({
      met: after.met - before.met,
      bilans: after.bilans - before.bilans,
      opened: after.opened - before.opened,
    }).toEqual({ met: 13, bilans: 1, opened: 1 });
    const exported = csvTotal(after.csv, 'personnes_rencontrees', month);
    expect(exported).not.toBe(csvTotal(before.csv, 'personnes_rencontrees', month));
    expect(Number(exported)).toBeGreaterThanOrEqual(13);

    await coordinator.page.screenshot({
      path: path.join(screenshotDir, 'pilotage-tableau-de-bord-1280.png'),
    });
    expect(await accessibilityViolations(coordinator.page)).toEqual([]);
    const phone = await loggedIn(coordinateur, 360);
    await dashboard(phone.page);
    await phone.page.getByText('Voir les données du graphique').first().click();
    expect(await accessibilityViolations(phone.page)).toEqual([]);
    await phone.page.screenshot({
      path: path.join(screenshotDir, 'pilotage-tableau-de-bord-360.png'),
    });
    for (const context of [coordinator.context, agent.context, phone.context])
      await context.close();
  });
});
