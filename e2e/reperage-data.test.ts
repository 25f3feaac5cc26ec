// Repérage, data side, in Chromium on the real server seeded with the demo territory: the
// coordinator opens the demo agreement (a bailleur's and the CAF's files, already linked) and reads
// the run's quality figures; the bailleur's agent uploads a small CSV, checks the proposed column
// mapping, imports it and reads the rejected row. Axe on every screen, screenshots at 1280 and
// 360 px.
import { DEMO_AGREEMENT_TITLE, DEMO_BAILLEUR_LOGIN, DEMO_LOGINS, DEMO_PASSWORD } from '@znr/server';
import { describe, expect, it } from 'vitest';
import { useAppUnderTest } from './support/app-under-test.ts';
import { shootAndCheck } from './support/shoot-and-check.ts';
import { signedIn } from './support/signed-in.ts';
import { chromiumMissing } from './support/chromium.ts';

describe.skipIf(chromiumMissing() !== null)(
  'repérage : conventions, imports, rapprochements',
  () => {
    const app = useAppUnderTest();

    const loggedIn = (email: string) => signedIn(app, { email, password: DEMO_PASSWORD });

    it('shows the demo agreement, its imports and the quality of its linkage run', async () => {
      const coordinator = DEMO_LOGINS.find((login) => login.role === 'coordinateur')?.email ?? '';
      const { context, page } = await loggedIn(coordinator);
      await page.goto('/reperage');
      await page
        .getByRole('heading', { level: 1, name: 'Conventions de partage de données' })
        .waitFor();
      await shootAndCheck(page, 'reperage-conventions');
      await page.getByRole('link', { name: DEMO_AGREEMENT_TITLE }).click();
      await page.getByRole('heading', { level: 1, name: DEMO_AGREEMENT_TITLE }).waitFor();
      await page
        .getByText(/précision estimée/)
        .first()
        .waitFor();
      expect(await page.getByText('150 lignes, 150 gardées, 0 rejetées').count()).toBe(1);
      await shootAndCheck(page, 'reperage-convention');
      // An amendment: six months' retention instead of the demo's, then its line in the history.
      await page.getByRole('button', { name: 'Modifier les termes' }).click();
      await page
        .getByRole('heading', { level: 2, name: 'Modifier les termes (avenant)' })
        .waitFor();
      const retention = page.getByLabel('Conservation (mois)');
      const before = await retention.inputValue();
      await retention.fill(before === '6' ? '7' : '6');
      await shootAndCheck(page, 'reperage-convention-avenant');
      await page.getByRole('button', { name: 'Enregistrer l’avenant' }).click();
      await page.getByText(/Conservation \(mois\) : « \d+ » → « \d+ »/).waitFor();
      await context.close();
    });

    it('imports a file with the proposed mapping and lists the rejected row', async () => {
      const { context, page } = await loggedIn(DEMO_BAILLEUR_LOGIN.email);
      await page.goto('/reperage');
      await page.getByRole('link', { name: DEMO_AGREEMENT_TITLE }).click();
      await page.getByLabel('Source du fichier').fill('Bailleur — relance');
      await page.getByLabel('Fichier CSV ou XLSX').setInputFiles({
        name: 'relance.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          'Référence;Nom;Prénom;Date de naissance;Dette\nR1;Roux;Léa;02/03/1980;350\nR2;Blanc;Max;31/02/1975;120\n',
        ),
      });
      await page.getByRole('button', { name: 'Déposer et vérifier les colonnes' }).click();
      await page.getByRole('button', { name: 'Lancer l’import' }).waitFor();
      expect(await page.getByLabel('Champ de la colonne « Dette »').inputValue()).toBe(
        'dette_loyer',
      );
      await shootAndCheck(page, 'reperage-correspondance');
      await page.getByRole('button', { name: 'Lancer l’import' }).click();
      await page.getByText('2 lignes, 1 gardées, 1 rejetées').waitFor({ timeout: 30_000 });
      await page.getByRole('button', { name: 'Voir les lignes rejetées' }).click();
      await page.getByRole('cell', { name: 'date inexistante' }).waitFor();
      await shootAndCheck(page, 'reperage-import-rapport');
      await context.close();
    });
  },
);
