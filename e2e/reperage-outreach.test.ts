// Repérage, outreach side, in Chromium on the real server: the coordinator runs a detection on a
// finished linkage run (a bailleur's file and the CAF's, linked), reads the ranked list without
// names, assigns the tenant in arrears to the bailleur's ambassador; the ambassador sees her name
// and address, records « droit ouvert »; the coordinator's conversion for that rule goes from 0 to
// 1. Axe on every screen, screenshots at 1280 and 360 px.
import {
  buildLinkedRun,
  DEMO_BAILLEUR_LOGIN,
  DEMO_LOGINS,
  DEMO_PASSWORD,
  sampleClusters,
  TEST_PASSWORD,
  type LinkedRun,
} from '@znr/server';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from './support/pdf-text.ts';
import { useAppUnderTest } from './support/app-under-test.ts';
import { shootAndCheck } from './support/shoot-and-check.ts';
import { signedIn } from './support/signed-in.ts';
import { chromiumMissing } from './support/chromium.ts';

describe.skipIf(chromiumMissing() !== null)(
  'repérage : liste, attribution, conversion (navigateur)',
  () => {
    const app = useAppUnderTest();
    let run: LinkedRun;

    beforeAll(async () => {
      run = await buildLinkedRun(app.server.db, sampleClusters);
    });

    const loggedIn = (email: string, password = TEST_PASSWORD) =>
      signedIn(app, { email, password });

    const openedFor = (page: Page) =>
      page.locator('tr[data-rule="impaye-sans-aide-logement"] td').nth(4).innerText();

    it('detects, assigns, re-identifies for the assignee only, and measures the conversion', async () => {
      const coordinator = await loggedIn(run.coordinator.email);
      const page = coordinator.page;
      await page.goto('/reperage/listes');
      await page.getByRole('heading', { level: 1, name: 'Listes de repérage' }).waitFor();
      await page.getByLabel('Mois calculé').fill('2026-06');
      await page.getByRole('button', { name: 'Lancer la détection' }).click();
      await page.getByText(/Détection terminée/).waitFor({ timeout: 60_000 });
      await page.locator('tr[data-candidate]').first().waitFor();
      expect(await page.locator('tr[data-candidate]').count()).toBe(3);
      // The list names nobody.
      expect(await page.locator('main').innerText()).not.toMatch(/Dupont|Martin|0611223344/);
      expect(await openedFor(page)).toBe('0');
      await shootAndCheck(page, 'reperage-listes');

      const housingRow = page.locator('tr[data-candidate]', {
        hasText: 'Locataire en impayé de loyer sans aide au logement',
      });
      // The DSFR draws the box on the label, which takes the click.
      await housingRow.locator('label.fr-label').click();
      expect(await housingRow.getByRole('checkbox').isChecked()).toBe(true);
      await page.getByLabel('Attribuer à').selectOption({ index: 0 });
      await page.getByRole('button', { name: 'Attribuer la sélection' }).click();
      await page.getByText(/1 personne\(s\) attribuée\(s\)/).waitFor();

      const ambassador = await loggedIn(run.ambassador.email);
      const mine = ambassador.page;
      await mine.goto('/reperage/mes-personnes');
      await mine.getByRole('heading', { level: 2, name: 'Marie Dupont' }).waitFor();
      expect(await mine.locator('main').innerText()).toContain('3 rue Paul Bert');
      // Only the assigned person: not the retiree of the same list.
      expect(await mine.locator('main').innerText()).not.toContain('Martin');
      await mine
        .getByLabel('Résultat de la prise de contact', { exact: true })
        .selectOption('droit_ouvert');
      await mine.getByRole('button', { name: 'Enregistrer le résultat' }).click();
      await mine.getByText('Résultat enregistré.').waitFor();
      await shootAndCheck(mine, 'reperage-mes-personnes');

      // The outsider of another organisation sees nobody.
      const outsider = await loggedIn(run.outsider.email);
      await outsider.page.goto('/reperage/mes-personnes');
      await outsider.page.getByText('Personne ne vous est attribué pour l’instant.').waitFor();

      await page.reload();
      await page.locator('tr[data-rule="impaye-sans-aide-logement"]').waitFor();
      await expect.poll(() => openedFor(page)).toBe('1');
      expect(
        await page.locator('tr[data-rule="impaye-sans-aide-logement"] td').nth(5).innerText(),
      ).toBe('100 %');

      // The retiree has neither phone nor e-mail: once assigned, the ambassador prints his letter.
      const retireeRow = page.locator('tr[data-candidate]', { hasText: 'sans ASPA' });
      await retireeRow.locator('label.fr-label').click();
      await page.getByRole('button', { name: 'Attribuer la sélection' }).click();
      await page.getByText(/1 personne\(s\) attribuée\(s\)/).waitFor();
      const letters = await ambassador.context.request.post('/api/reperage/letters', {
        data: { meeting: { at: '2026-12-03T10:00', place: 'au CCAS, 1 place de la Mairie' } },
      });
      expect(letters.status()).toBe(200);
      expect(letters.headers()['x-letters']).toBe('1');
      // Lines wrap where the page does: compare with single spaces.
      const text = pdfText(await letters.body()).replace(/\s+/g, ' ');
      for (const expected of [
        'Paul Martin',
        '8 avenue Jean Jaurès',
        'allocation de solidarité aux personnes âgées (ASPA)',
        'jeudi 3 décembre 2026 à 10 h 00, au CCAS, 1 place de la Mairie',
        run.ambassador.organisation.name,
      ]) {
        expect(text).toContain(expected);
      }
      expect(text).not.toContain('Dupont');

      for (const context of [coordinator.context, ambassador.context, outsider.context]) {
        await context.close();
      }
    });

    it('on the demo linkage run: the bailleur agent opens a right, the conversion counts it', async () => {
      const demoCoordinator = DEMO_LOGINS.find((login) => login.role === 'coordinateur')!;
      const coordinator = await loggedIn(demoCoordinator.email, DEMO_PASSWORD);
      const page = coordinator.page;
      await page.goto('/reperage/listes');
      await page.getByLabel('Rapprochement').selectOption({ index: 0 });
      await page.getByRole('button', { name: 'Lancer la détection' }).click();
      await page.getByText(/Détection terminée/).waitFor({ timeout: 120_000 });
      const first = page.locator('tr[data-candidate]').first();
      await first.waitFor();
      const ruleId = (await first.getAttribute('data-rule-id'))!;
      const opened = () =>
        page.locator(`tr[data-rule="${ruleId}"] td`).nth(4).innerText().then(Number);
      const before = await opened();
      await first.locator('label.fr-label').click();
      const agentOption = page
        .getByLabel('Attribuer à')
        .locator('option', { hasText: DEMO_BAILLEUR_LOGIN.displayName });
      await page.getByLabel('Attribuer à').selectOption(await agentOption.getAttribute('value'));
      await page.getByRole('button', { name: 'Attribuer la sélection' }).click();
      await page.getByText(/1 personne\(s\) attribuée\(s\)/).waitFor();

      const agent = await loggedIn(DEMO_BAILLEUR_LOGIN.email, DEMO_PASSWORD);
      await agent.page.goto('/reperage/mes-personnes');
      await agent.page.getByRole('heading', { level: 2 }).first().waitFor();
      await agent.page
        .getByLabel('Résultat de la prise de contact', { exact: true })
        .first()
        .selectOption('droit_ouvert');
      await agent.page.getByRole('button', { name: 'Enregistrer le résultat' }).first().click();
      await agent.page.getByText('Résultat enregistré.').waitFor();

      await page.reload();
      await page.locator(`tr[data-rule="${ruleId}"]`).waitFor();
      await expect.poll(opened).toBe(before + 1);
      await coordinator.context.close();
      await agent.context.close();
    });
  },
);
