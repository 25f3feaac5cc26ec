// The case-file story across organisations, in a real browser on the real server: an ambassador
// (PIMMS) opens a case file, records the consent to save a bilan, saves one, follows the RSA and
// refers the household to the CAF with the person's consent; the CAF agent accepts and marks the
// RSA opened; the ambassador sees it; a third organisation cannot find the household; the audit
// log holds every step and its chain verifies. Then the case file's own tools: a person added,
// the search box finding by birth date and phone, a bilan re-run with today's law and saved, the
// timeline, and the administrator's access log showing the ambassador's and the CAF agent's steps.
import {
  buildUser,
  DEMO_CAF_LOGIN,
  DEMO_LOGINS,
  DEMO_PASSWORD,
  verifyAuditChain,
} from '@znr/server';
import { describe, expect, it } from 'vitest';
import { useAppUnderTest } from './support/app-under-test.ts';
import { chromiumMissing } from './support/chromium.ts';
import { accessibilityViolations } from './support/axe.ts';
import { shootAndCheck } from './support/shoot-and-check.ts';
import { signedInContext } from './support/signed-in.ts';

const ambassadeur = DEMO_LOGINS.find((login) => login.role === 'ambassadeur');
if (!ambassadeur) throw new Error('Le jeu de démonstration doit avoir un compte ambassadeur.');

/** A single adult without income in Vénissieux, as the bilan saves it for January 2026. */
const situation = {
  individus: {
    demandeur: {
      date_naissance: { ETERNITY: '1985-05-01' },
      salaire_net: { '2025-10': 0, '2025-11': 0, '2025-12': 0 },
    },
  },
  familles: { famille: { parents: ['demandeur'], enfants: [] } },
  foyers_fiscaux: { foyer: { declarants: ['demandeur'], personnes_a_charge: [] } },
  menages: {
    menage: { personne_de_reference: ['demandeur'], enfants: [], depcom: { '2026-01': '69259' } },
  },
};

describe.skipIf(chromiumMissing() !== null)('suivi entre organisations (navigateur)', () => {
  const app = useAppUnderTest();

  const loggedIn = (email: string, password: string) => signedInContext(app, { email, password });

  it('ambassadeur → CAF → ambassadeur, invisible to a third organisation, all audited', async () => {
    const purpose = 'Ouverture du RSA pour Mme Koné';
    const pimms = await loggedIn(ambassadeur.email, ambassadeur.password);
    const page = await pimms.newPage();
    await page.goto(`${app.server.url}/suivi`);
    await page.getByLabel('Prénom de la personne', { exact: true }).fill('Aminata');
    await page.getByLabel('Nom de la personne', { exact: true }).fill('Koné');
    await page.getByRole('button', { name: 'Ouvrir le dossier' }).click();
    await page.getByRole('heading', { name: 'Dossier de Aminata Koné' }).waitFor();
    const householdId = page.url().split('/').at(-1) ?? '';

    // Consent is asked when it is needed: before the bilan is saved.
    await page.getByRole('button', { name: /ses bilans soient enregistrés/ }).click();
    await page.getByText('Enregistrer les bilans au dossier — oral').waitFor();
    const saved = await pimms.request.post(
      `${app.server.url}/api/households/${householdId}/bilans`,
      {
        data: {
          version: 'e2e',
          parametersVersion: '2025-04-01.e2e',
          period: '2026-01',
          answers: {},
          situation,
          results: [{ id: 'rsa', status: 'eligible', amount: 646.52, reasons: [] }],
        },
      },
    );
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
    await agent.goto(`${app.server.url}/suivi/orientations`);
    await agent.getByRole('link', { name: purpose }).click();
    await agent.getByRole('button', { name: 'Accepter l’orientation' }).click();
    await agent.getByText(`${purpose} — Acceptée`).waitFor();
    await agent.getByLabel('Étape du droit RSA').selectOption('ouvert');
    await agent.getByLabel('Montant versé par mois, en euros (RSA, facultatif)').fill('651,69');
    await agent.getByRole('button', { name: 'Enregistrer l’étape' }).click();
    await agent.getByText(/RSA — Ouvert .*versé : 651,69 € par mois/).waitFor();

    // The agent writes on the referral; only the two organisations read it.
    const message = 'Dossier complet, rendez-vous le 2 décembre à 10 h.';
    await agent.locator('summary', { hasText: 'Messages' }).first().click();
    await agent.getByLabel('Votre message à l’autre organisation').fill(message);
    await agent.getByRole('button', { name: 'Envoyer le message' }).click();
    await agent.getByText(message).waitFor();

    // The ambassador sees it all.
    await page.reload();
    await page.getByText(/RSA — Ouvert/).waitFor();
    await page.getByText(`${purpose} — Acceptée`).waitFor();
    await page.locator('summary', { hasText: 'Messages' }).first().click();
    await page.getByText(message).waitFor();

    // A refusal is recorded with its reason from the closed list, and a free text.
    await page.getByLabel('Droit à suivre').selectOption('ppa');
    await page.getByRole('button', { name: 'Suivre ce droit' }).click();
    const ppa = page
      .getByRole('listitem')
      .filter({ has: page.getByLabel('Étape du droit Prime d’activité') });
    await ppa.getByLabel('Étape du droit Prime d’activité').selectOption('refuse');
    await ppa
      .getByLabel('Motif du refus ou de l’abandon (Prime d’activité)')
      .selectOption('ressources_trop_elevees');
    await ppa
      .getByLabel('Précisions sur le motif (Prime d’activité, facultatif)')
      .fill('Revenus du conjoint au-dessus du plafond');
    await ppa
      .getByLabel('Organisme chargé du droit Prime d’activité')
      .selectOption({ label: 'CAF du Rhône' });
    await ppa.getByRole('button', { name: 'Enregistrer l’étape' }).click();
    await page
      .getByText(
        /Prime d’activité — Refusé .*organisme chargé : CAF du Rhône — motif : Ressources trop élevées \(Revenus du conjoint au-dessus du plafond\)/,
      )
      .waitFor();

    // A follow-up task due today, found first in « Mes tâches », closed with its outcome.
    const task = 'Rappeler Mme Koné pour le premier versement';
    await page.getByLabel('Ce qu’il faut faire').fill(task);
    await page.getByLabel('Échéance').fill(new Date().toISOString().slice(0, 10));
    await page.getByLabel('Confiée à').selectOption({ label: 'Awa Diallo' });
    await page.getByRole('button', { name: 'Ajouter la tâche' }).click();
    await page
      .getByText(/Pour aujourd’hui/)
      .first()
      .waitFor();
    await page.goto(`${app.server.url}/suivi/taches`);
    await page.getByRole('heading', { name: 'Pour aujourd’hui (1)' }).waitFor();
    await shootAndCheck(page, 'suivi-taches');
    await page.getByLabel(`Résultat de « ${task} »`).fill('RSA versé le 5');
    await page.getByRole('button', { name: 'Marquer comme faite' }).click();
    await page.getByRole('heading', { name: 'Faites (1)' }).waitFor();
    await page.goto(`${app.server.url}/suivi/menages/${householdId}`);

    // A task created by mistake is deleted after a confirmation shown in place.
    const mistake = 'Tâche créée par erreur';
    await page.getByLabel('Ce qu’il faut faire').fill(mistake);
    await page.getByRole('button', { name: 'Ajouter la tâche' }).click();
    await page.getByText(mistake, { exact: true }).waitFor();
    // Its due date is changed in place first.
    await page.getByTitle(`Modifier la tâche « ${mistake} »`).click();
    await page.getByLabel(`Échéance — « ${mistake} »`).fill('2026-12-01');
    await page.getByRole('button', { name: 'Enregistrer la tâche' }).click();
    await page.getByText(/pour le 01\/12\/2026/).waitFor();
    await page.getByTitle(`Supprimer la tâche « ${mistake} »`).click();
    const confirmation = page.getByRole('group', { name: new RegExp(`« ${mistake} » \\?`) });
    await confirmation.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await confirmation.getByRole('button', { name: 'Confirmer la suppression' }).click();
    await page.getByText(mistake, { exact: true }).waitFor({ state: 'detached' });
    await page.getByText(task, { exact: true }).waitFor();

    // Closing the follow-up, then reopening it: the timeline keeps both.
    await page
      .getByLabel('Résultat de l’accompagnement')
      .fill('RSA ouvert, relais pris par la CAF');
    await page.getByRole('button', { name: 'Clore l’accompagnement' }).click();
    await page.getByRole('button', { name: 'Rouvrir l’accompagnement' }).click();
    await page.getByRole('button', { name: 'Clore l’accompagnement' }).waitFor();
    const history = page.getByRole('region', { name: 'Chronologie' });
    await history.getByText(/Suivi clôturé : RSA ouvert, relais pris par la CAF/).waitFor();
    await history.getByText(/Suivi rouvert/).waitFor();

    // A third organisation (the CPAM) can neither find nor open the household.
    const cpam = await app.server.db
      .selectFrom('organisation')
      .selectAll()
      .where('name', '=', 'CPAM du Rhône')
      .executeTakeFirstOrThrow();
    const outsider = await buildUser(app.server.db, {
      role: 'travailleur_social',
      organisation: cpam,
    });
    const third = await loggedIn(outsider.email, outsider.password);
    const found = await third.request.get(`${app.server.url}/api/households?q=Kone`);
    expect(await found.json()).toEqual([]);
    const opened = await third.request.get(`${app.server.url}/api/households/${householdId}`);
    expect(opened.status()).toBe(404);

    // The case file's tools: a person added, found by the one search box by birth date and phone.
    await page.getByRole('button', { name: 'Ajouter une personne' }).click();
    await page.getByLabel('Place dans le ménage').selectOption('enfant');
    await page.getByLabel('Prénom', { exact: true }).fill('Moussa');
    await page.getByLabel('Nom', { exact: true }).fill('Koné');
    await page.getByLabel('Date de naissance').fill('2014-03-12');
    await page.getByLabel('Téléphone').fill('06 12 34 56 78');
    await page.getByRole('button', { name: 'Ajouter la personne' }).click();
    await page.getByText(/Moussa Koné — Enfant à charge, née ou né le 12\/03\/2014/).waitFor();
    await page.goto(`${app.server.url}/suivi`);
    for (const typed of ['12/03/2014', '+33 6 12 34 56 78', 'Kone 12.03.2014']) {
      await page.getByLabel('Nom, date de naissance ou téléphone').fill(typed);
      await page.getByRole('button', { name: 'Rechercher' }).click();
      await page.getByRole('heading', { name: '1 ménage' }).waitFor();
      await page.getByRole('link', { name: /Aminata Koné/ }).waitFor();
    }
    await shootAndCheck(page, 'suivi-recherche');

    // Re-run the January bilan with today's law: the RSA was revalued in April.
    await page.getByRole('link', { name: /Aminata Koné/ }).click();
    await page.getByRole('button', { name: /Relancer avec la loi d’aujourd’hui/ }).click();
    const rsaRow = page.getByRole('row', { name: /Revenu de solidarité active/ });
    await expect.poll(() => rsaRow.textContent()).toMatch(/646,52 € par mois/);
    await shootAndCheck(page, 'suivi-dossier');
    await page.getByRole('button', { name: 'Enregistrer comme nouveau bilan' }).click();
    await expect.poll(() => page.getByText(/^Bilan du mois de/).count()).toBe(2);
    const timeline = page.getByRole('region', { name: 'Chronologie' });
    await timeline.getByText(/RSA : Ouvert \(CAF du Rhône\)/).waitFor();
    await timeline.getByText(/Orientation acceptée par CAF du Rhône/).waitFor();

    // The audit log shows all of it, to an administrator of the PIMMS, and its chain holds.
    const pimmsOrganisation = await app.server.db
      .selectFrom('organisation')
      .selectAll()
      .where('name', '=', 'PIMMS Médiation Vénissieux')
      .executeTakeFirstOrThrow();
    const admin = await buildUser(app.server.db, {
      role: 'admin',
      organisation: pimmsOrganisation,
    });
    const adminContext = await loggedIn(admin.email, admin.password);
    const audit = await adminContext.request.get(
      `${app.server.url}/api/households/${householdId}/audit`,
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
        'CAF du Rhône creation referral_message',
        'PIMMS Médiation Vénissieux lecture referral_message',
        'PIMMS Médiation Vénissieux creation task',
        'PIMMS Médiation Vénissieux cloture task',
        'PIMMS Médiation Vénissieux modification task',
        'PIMMS Médiation Vénissieux suppression task',
        'PIMMS Médiation Vénissieux cloture household',
        'PIMMS Médiation Vénissieux reouverture household',
      ]),
    );
    expect(steps.some((step) => step.startsWith('CPAM'))).toBe(false);

    // The administrator's page: who accessed the household, the ambassador and the CAF agent.
    const adminPage = await adminContext.newPage();
    await adminPage.goto(`${app.server.url}/suivi/menages/${householdId}`);
    await adminPage.getByRole('link', { name: /Journal d’accès/ }).click();
    await adminPage.getByRole('heading', { name: 'Journal d’accès du dossier' }).waitFor();
    const log = adminPage.getByRole('table');
    await log
      .getByRole('row', { name: /Awa Diallo PIMMS Médiation Vénissieux Création \(dossier\)/ })
      .waitFor();
    await log
      .getByRole('row', { name: /Nadia Haddad CAF du Rhône Orientation acceptée/ })
      .first()
      .waitFor();
    await log
      .getByRole('row', { name: /Nadia Haddad CAF du Rhône Modification \(droit\)/ })
      .first()
      .waitFor();
    await adminPage.getByLabel('Organisation').selectOption({ label: 'CAF du Rhône' });
    await adminPage.getByRole('button', { name: 'Filtrer' }).click();
    await expect
      .poll(() => log.getByRole('row', { name: /PIMMS Médiation Vénissieux/ }).count())
      .toBe(0);
    expect(await log.getByRole('row', { name: /CAF du Rhône/ }).count()).toBeGreaterThan(2);
    await shootAndCheck(adminPage, 'suivi-journal');

    // The person withdraws her consent to sharing with the CAF: the CAF no longer sees the file.
    await page.reload();
    const sharingTitle =
      /^Retirer le consentement « Partager le dossier avec un partenaire \(CAF du Rhône\) »$/;
    await page.getByTitle(sharingTitle).click();
    const withdrawal = page.getByRole('group', { name: /La personne retire son consentement/ });
    await withdrawal.getByText(/Le partenaire ne verra plus le dossier/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await withdrawal.getByRole('button', { name: 'Confirmer le retrait' }).click();
    await page.getByText(/\(CAF du Rhône\) — .* — retiré le /).waitFor();
    const afterWithdrawal = await caf.request.get(
      `${app.server.url}/api/households/${householdId}`,
    );
    expect(afterWithdrawal.status()).toBe(404);

    // The ambassador closes the accepted referral with its outcome.
    await page.getByRole('button', { name: 'Clôturer l’orientation' }).click();
    await page.getByLabel(`Résultat de « ${purpose} »`).fill('RSA ouvert, premier versement le 5');
    await page.getByRole('button', { name: 'Clôturer avec ce résultat' }).click();
    await page
      .getByText(`${purpose} — Clôturée (résultat : RSA ouvert, premier versement le 5)`)
      .waitFor();

    // The CCAS social worker refuses the PIMMS referral waiting for 9 days, with its reason.
    const ccasLogin = DEMO_LOGINS.find((login) => login.role === 'travailleur_social')!;
    const ccas = await loggedIn(ccasLogin.email, DEMO_PASSWORD);
    const worker = await ccas.newPage();
    await worker.goto(`${app.server.url}/suivi/orientations`);
    await worker.getByText(/En attente depuis 9 jours/).waitFor();
    const aspa = 'Accompagnement à la demande d’ASPA';
    await worker.getByRole('link', { name: aspa }).click();
    await worker.getByRole('button', { name: 'Refuser' }).click();
    await worker.getByLabel(`Motif du refus de « ${aspa} »`).fill('ASPA déjà demandée à la CARSAT');
    expect(await accessibilityViolations(worker)).toEqual([]);
    await worker.getByRole('button', { name: 'Refuser l’orientation' }).click();
    // The household is no longer shared with the CCAS: back to its inbox, which shows the answer.
    await worker
      .getByText(
        /de PIMMS Médiation Vénissieux — Refusée \(motif : ASPA déjà demandée à la CARSAT\)/,
      )
      .waitFor();
    expect((await verifyAuditChain(app.server.db)).problems).toEqual([]);
    for (const context of [pimms, caf, third, adminContext, ccas]) await context.close();
  });
});
