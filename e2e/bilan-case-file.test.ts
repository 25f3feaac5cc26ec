// A bilan saved to a case file from the bilan page, in Chromium on the real server. An ambassador
// does the bilan with the network cut, asks the person's consent and prepares a new case file:
// the save waits on the device; the network returns and it lands in the case file, with the
// consent, once; the rights it identified are followed in one click. Then, online, a bilan saved
// to an existing household found by name. Axe on every screen, at 360 px.
import path from 'node:path';
import { DEMO_LOGINS } from '@znr/server';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { answerAll } from './support/answer-bilan.ts';
import { accessibilityViolations } from './support/axe.ts';
import { profiles } from './support/bilan-profiles.ts';
import { useAppUnderTest } from './support/app-under-test.ts';
import { chromiumMissing, watchProblems } from './support/chromium.ts';
import { openThenCutNetwork } from './support/offline.ts';
import { signedIn } from './support/signed-in.ts';
import { screenshotDir } from './support/web-build.ts';

const ambassadeur = DEMO_LOGINS.find((login) => login.role === 'ambassadeur')!;

// Offline, every request to the server fails, and the console says so.
const expectedConsoleError = (text: string) => /ERR_INTERNET_DISCONNECTED/.test(text);

type CaseFile = {
  persons: { firstName: string; lastName: string; birthDate: string | null }[];
  consents: { scope: string; method: string; withdrawnAt: string | null }[];
  bilans: { id: string; period: string }[];
  rights: { benefit: string; stage: string; estimatedMonthly: number | null }[];
};

async function caseFile(page: Page, id: string): Promise<CaseFile> {
  const response = await page.request.get(`/api/households/${id}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as CaseFile;
}

/** A picture of the case-file section only: the whole results page is too long to read. */
async function shoot(page: Page, name: string) {
  await page
    .locator('[data-save-to-case-file]')
    .screenshot({ path: path.join(screenshotDir, `${name}.png`) });
}

describe.skipIf(chromiumMissing() !== null)('bilan enregistré au dossier (navigateur)', () => {
  const app = useAppUnderTest();

  const loggedIn = () => signedIn(app, ambassadeur, 360);

  it('sans réseau : le bilan attend sur l’appareil, puis arrive au dossier avec le consentement', async () => {
    const { context, page } = await loggedIn();
    const problems = await watchProblems(page, expectedConsoleError);
    await openThenCutNetwork(context, page, '/bilan');
    await answerAll(page, profiles[0]!);
    const form = page.locator('[data-save-to-case-file]');
    await form.scrollIntoViewIfNeeded();
    expect(await form.getByLabel('Dossier existant de mon organisation').isDisabled()).toBe(true);

    // Without consent, nothing is queued and the field says why.
    await form.getByRole('button', { name: 'Enregistrer au dossier' }).click();
    await form.getByText('Consentement : demandez à la personne son accord').waitFor();
    await form.getByText('Prénom : à renseigner.').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await form
      .getByLabel('La personne accepte que ce bilan soit enregistré')
      .check({ force: true });
    await form.getByLabel('Par écrit').check({ force: true });
    await form.getByLabel('Prénom de la personne').fill('Aminata');
    await form.getByLabel('Nom de la personne', { exact: true }).fill('Koné');
    await form.getByLabel('Prénom de l’enfant 1 (facultatif)').fill('Issa');
    await form.getByLabel('Adresse (facultatif)').fill('12 avenue Jean-Cagne');
    await shoot(page, 'bilan-360-dossier-formulaire');
    await form.getByRole('button', { name: 'Enregistrer au dossier' }).click();

    const saved = page.locator('[data-save-state]');
    await saved.getByText('En attente d’envoi').waitFor();
    await saved.getByText('Enregistré sur l’appareil (chiffré)').waitFor();
    expect(await saved.getAttribute('data-save-state')).toBe('en_attente');
    expect(await accessibilityViolations(page)).toEqual([]);
    await shoot(page, 'bilan-360-dossier-en-attente');

    // The network returns: the queue sends the bilan without any click.
    await context.setOffline(false);
    await saved.getByText('Envoyé au dossier').waitFor({ timeout: 30_000 });
    const link = saved.getByRole('link', { name: 'Ouvrir le dossier' });
    const householdId = (await link.getAttribute('href'))!.split('/').pop()!;
    const rightsButton = saved.getByRole('button', { name: /Ouvrir les droits identifiés/ });
    const identified = Number(/\((\d+)\)/.exec(await rightsButton.innerText())![1]);
    expect(identified).toBeGreaterThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await shoot(page, 'bilan-360-dossier-envoye');

    let file = await caseFile(page, householdId);
    // The child named is in the case file; the one left without a first name is not.
    expect(
      file.persons
        .map(({ firstName, lastName, birthDate }) => [firstName, lastName, birthDate])
        .sort(),
    ).toEqual([
      ['Aminata', 'Koné', '1991-04-12'],
      ['Issa', 'Koné', '2016-09-03'],
    ]);
    expect(file.consents).toMatchObject([{ scope: 'bilan', method: 'ecrit', withdrawnAt: null }]);
    expect(file.bilans).toHaveLength(1);
    expect(file.rights).toEqual([]);

    await rightsButton.click();
    await saved.getByText(`${identified} droit`).waitFor();
    file = await caseFile(page, householdId);
    expect(file.rights).toHaveLength(identified);
    expect(file.rights.every((right) => right.stage === 'identifie')).toBe(true);

    // A reload sends nothing again: the bilan is in the case file once.
    await page.reload();
    await page.getByRole('heading', { name: 'Résultats du bilan' }).waitFor();
    expect((await caseFile(page, householdId)).bilans).toHaveLength(1);

    await page.goto(`/suivi/menages/${householdId}`);
    await page.getByRole('heading', { level: 1 }).getByText('Koné').waitFor();
    expect(problems.filter((p) => p.kind !== 'console')).toEqual([]);
    await context.close();
  });

  it('session expirée hors ligne : le bilan attend la reconnexion, puis part', async () => {
    const { context, page } = await loggedIn();
    const problems = await watchProblems(page, expectedConsoleError);
    await openThenCutNetwork(context, page, '/bilan');
    await answerAll(page, profiles[3]!);
    const form = page.locator('[data-save-to-case-file]');
    await form
      .getByLabel('La personne accepte que ce bilan soit enregistré')
      .check({ force: true });
    await form.getByLabel('Prénom de la personne').fill('Théo');
    await form.getByLabel('Nom de la personne', { exact: true }).fill('Marchand');
    await form.getByRole('button', { name: 'Enregistrer au dossier' }).click();
    await page.locator('[data-save-state="en_attente"]').waitFor();

    // Meanwhile the session ends on the server; the network returns: log in again.
    await app.server.db.deleteFrom('user_session').execute();
    await context.setOffline(false);
    await page.waitForURL('**/connexion');
    await page.getByLabel('Adresse e-mail').fill(ambassadeur.email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(ambassadeur.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { level: 1, name: /^Bonjour/ }).waitFor();
    await page.goto('/bilan');
    const sent = page.locator('[data-save-state="envoye"]');
    await sent.waitFor();
    expect(await sent.innerText()).toContain('Théo Marchand');
    const householdId = (await sent
      .getByRole('link', { name: 'Ouvrir le dossier' })
      .getAttribute('href'))!
      .split('/')
      .pop()!;
    const file = await caseFile(page, householdId);
    expect(file.persons).toMatchObject([{ firstName: 'Théo', lastName: 'Marchand' }]);
    expect(file.bilans).toHaveLength(1);
    expect(file.consents).toMatchObject([{ scope: 'bilan', method: 'oral' }]);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems.filter((p) => p.kind !== 'console')).toEqual([]);
    await context.close();
  });

  it('avec réseau : le bilan va au dossier existant trouvé par son nom', async () => {
    const { context, page } = await loggedIn();
    const problems = await watchProblems(page, expectedConsoleError);
    await page.goto('/bilan');
    await answerAll(page, profiles[0]!);

    // First, what if the rent were lower: the housing aid changes, the difference is shown.
    const whatIf = page.locator('[data-what-if]');
    await whatIf.getByLabel('Loyer par mois').fill('300');
    await whatIf.getByRole('button', { name: 'Comparer' }).click();
    const housing = whatIf.locator('tr[data-benefit="aide_logement"] td[data-difference]');
    expect(Number(await housing.getAttribute('data-difference'))).toBeLessThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - innerWidth),
    ).toBeLessThanOrEqual(0);
    await whatIf.screenshot({ path: path.join(screenshotDir, 'bilan-360-et-si.png') });

    const form = page.locator('[data-save-to-case-file]');
    await form
      .getByLabel('La personne accepte que ce bilan soit enregistré')
      .check({ force: true });
    await form.getByLabel('Dossier existant de mon organisation').check({ force: true });
    await form.getByLabel('Nom ou prénom').fill('Camara');
    await form.getByRole('button', { name: 'Chercher' }).click();
    const choice = form.getByLabel(/Fatoumata Camara/);
    await choice.check({ force: true });
    const householdId = await choice.getAttribute('value');
    const before = await caseFile(page, householdId!);
    expect(await accessibilityViolations(page)).toEqual([]);
    await shoot(page, 'bilan-360-dossier-existant');
    await form.getByRole('button', { name: 'Enregistrer au dossier' }).click();
    await page.locator('[data-save-state="envoye"]').waitFor();

    const after = await caseFile(page, householdId!);
    expect(after.bilans).toHaveLength(before.bilans.length + 1);
    // A standing bilan consent is not recorded twice.
    const bilanConsents = (c: CaseFile) =>
      c.consents.filter((x) => x.scope === 'bilan' && x.withdrawnAt === null).length;
    expect(bilanConsents(after)).toBe(Math.max(1, bilanConsents(before)));
    expect(problems).toEqual([]);
    await context.close();
  });
});
