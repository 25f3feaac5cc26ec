// The case-file story across organisations, in a real browser on the real server: an ambassador
// (PIMMS) opens a case file, records the consent to save a bilan, saves one, follows the RSA and
// refers the household to the CAF with the person's consent; the CAF agent accepts and marks the
// RSA opened; the ambassador sees it; a third organisation cannot find the household; the audit
// log holds every step and its chain verifies.
import {
  buildUser,
  DEMO_CAF_LOGIN,
  DEMO_LOGINS,
  DEMO_PASSWORD,
  seedDemo,
  startTestServer,
  verifyAuditChain,
} from '@znr/server';
import type { TestServer } from '@znr/server';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, launchChromium } from './support/chromium.ts';
import { buildWebApp } from './support/web-build.ts';

const ambassadeur = DEMO_LOGINS.find((login) => login.role === 'ambassadeur');
if (!ambassadeur) throw new Error('Le jeu de démonstration doit avoir un compte ambassadeur.');

describe.skipIf(chromiumMissing() !== null)('suivi entre organisations (navigateur)', () => {
  let server: TestServer;
  let browser: Browser;
  let web: ReturnType<typeof buildWebApp>;

  beforeAll(async () => {
    web = buildWebApp();
    server = await startTestServer({ listen: true, webRoot: web.root });
    await seedDemo(server.db);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    web?.remove();
  });

  async function loggedIn(email: string, password: string): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const response = await context.request.post(`${server.url}/api/session`, {
      data: { email, password },
    });
    expect(response.status()).toBe(200);
    return context;
  }

  it('ambassadeur → CAF → ambassadeur, invisible to a third organisation, all audited', async () => {
    const purpose = 'Ouverture du RSA pour Mme Koné';
    const pimms = await loggedIn(ambassadeur.email, ambassadeur.password);
    const page = await pimms.newPage();
    await page.goto(`${server.url}/suivi`);
    await page.getByLabel('Prénom de la personne', { exact: true }).fill('Aminata');
    await page.getByLabel('Nom de la personne', { exact: true }).fill('Koné');
    await page.getByRole('button', { name: 'Ouvrir le dossier' }).click();
    await page.getByRole('heading', { name: 'Dossier de Aminata Koné' }).waitFor();
    const householdId = page.url().split('/').at(-1) ?? '';

    // Consent is asked when it is needed: before the bilan is saved.
    await page.getByRole('button', { name: /ses bilans soient enregistrés/ }).click();
    await page.getByText('Enregistrer les bilans au dossier — oral').waitFor();
    const saved = await pimms.request.post(`${server.url}/api/households/${householdId}/bilans`, {
      data: { version: 'e2e', period: '2026-11', answers: {}, situation: {}, results: {} },
    });
    expect(saved.status()).toBe(201);

    await page.getByLabel('Droit à suivre').selectOption('rsa');
    await page.getByRole('button', { name: 'Suivre ce droit' }).click();
    await page.getByText(/RSA — Identifié/).waitFor();

    await page.getByLabel('Organisation partenaire').selectOption({ label: 'CAF du Rhône' });
    await page.getByLabel('Objet de l’orientation').fill(purpose);
    await page
      .getByText(/La personne accepte que son dossier soit partagé avec CAF du Rhône/)
      .click();
    await page.getByRole('button', { name: 'Envoyer l’orientation' }).click();
    await page.getByText(`${purpose} — Envoyée`).waitFor();

    // The CAF agent finds it in the inbox, accepts, and marks the RSA opened.
    const caf = await loggedIn(DEMO_CAF_LOGIN.email, DEMO_PASSWORD);
    const agent = await caf.newPage();
    await agent.goto(`${server.url}/suivi/orientations`);
    await agent.getByRole('link', { name: purpose }).click();
    await agent.getByRole('button', { name: 'Accepter l’orientation' }).click();
    await agent.getByText(`${purpose} — Acceptée`).waitFor();
    await agent.getByLabel('Étape du droit RSA').selectOption('ouvert');
    await agent.getByRole('button', { name: 'Enregistrer l’étape' }).click();
    await agent.getByText(/RSA — Ouvert/).waitFor();

    // The ambassador sees it.
    await page.reload();
    await page.getByText(/RSA — Ouvert/).waitFor();
    await page.getByText(`${purpose} — Acceptée`).waitFor();

    // A third organisation (the CPAM) can neither find nor open the household.
    const cpam = await server.db
      .selectFrom('organisation')
      .selectAll()
      .where('name', '=', 'CPAM du Rhône')
      .executeTakeFirstOrThrow();
    const outsider = await buildUser(server.db, { role: 'travailleur_social', organisation: cpam });
    const third = await loggedIn(outsider.email, outsider.password);
    const found = await third.request.get(`${server.url}/api/households?q=Kone`);
    expect(await found.json()).toEqual([]);
    const opened = await third.request.get(`${server.url}/api/households/${householdId}`);
    expect(opened.status()).toBe(404);

    // The audit log shows all of it, to an administrator of the PIMMS, and its chain holds.
    const pimmsOrganisation = await server.db
      .selectFrom('organisation')
      .selectAll()
      .where('name', '=', 'PIMMS Médiation Vénissieux')
      .executeTakeFirstOrThrow();
    const admin = await buildUser(server.db, { role: 'admin', organisation: pimmsOrganisation });
    const adminContext = await loggedIn(admin.email, admin.password);
    const audit = await adminContext.request.get(
      `${server.url}/api/households/${householdId}/audit`,
    );
    const entries = (await audit.json()) as {
      action: string;
      entity: string;
      organisationName: string;
    }[];
    const steps = entries.map((e) => `${e.organisationName} ${e.action} ${e.entity}`);
    expect(steps).toEqual(
      expect.arrayContaining([
        'PIMMS Médiation Vénissieux creation household',
        'PIMMS Médiation Vénissieux creation consent',
        'PIMMS Médiation Vénissieux creation bilan',
        'PIMMS Médiation Vénissieux creation right',
        'PIMMS Médiation Vénissieux creation referral',
        'CAF du Rhône lecture household',
        'CAF du Rhône acceptee referral',
        'CAF du Rhône modification right',
      ]),
    );
    expect(steps.some((step) => step.startsWith('CPAM'))).toBe(false);
    expect((await verifyAuditChain(server.db)).problems).toEqual([]);
    for (const context of [pimms, caf, third, adminContext]) await context.close();
  });
});
