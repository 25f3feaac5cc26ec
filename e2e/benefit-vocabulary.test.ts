// One benefit vocabulary (issue #15), seen as a user sees it: the dashboard's « par prestation »,
// a case file with an aide au logement and the national CSV export broken down by benefit name
// every benefit in French, with no blank row and no code (`aide_logement`, `AIDES_LOGEMENT`,
// `PPA`). In Chromium on the real server with the demo data, at 1280 and 360 px.
import path from 'node:path';
import { benefitIds, benefitLabels } from '@znr/rules';
import { DEMO_LOGINS } from '@znr/server';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppUnderTest } from './support/app-under-test.ts';
import { chromiumMissing } from './support/chromium.ts';
import { signedIn } from './support/signed-in.ts';
import { screenshotDir } from './support/web-build.ts';

const coordinateur = DEMO_LOGINS.find((login) => login.role === 'coordinateur')!;

/** Acronyms a long name explains (« Revenu de solidarité active (RSA) »): words, not codes. */
const acronyms = new Set(
  benefitIds.flatMap((id) =>
    [...benefitLabels[id].long.matchAll(/\b[A-Z]{2,}\b/g)].map((m) => m[0]),
  ),
);

/** The benefit codes a text shows: snake_case words, ids as words, ids in capitals. */
function benefitCodes(text: string): string[] {
  const found = [...text.matchAll(/\b[a-z0-9]+(?:_[a-z0-9]+)+\b/g)].map((m) => m[0]);
  for (const id of [...benefitIds, 'aides_logement', 'prime_activite']) {
    const upper = id.toUpperCase();
    if (new RegExp(`(^|[^\\p{L}_])${id}($|[^\\p{L}_])`, 'u').test(text)) found.push(id);
    if (!acronyms.has(upper) && new RegExp(`(^|[^\\p{L}_])${upper}($|[^\\p{L}_])`, 'u').test(text))
      found.push(upper);
  }
  return [...new Set(found)];
}

/** Every « données du graphique » opened, so that their tables are on screen too. */
async function openChartData(page: Page): Promise<void> {
  for (const summary of await page.getByText('Voir les données du graphique').all())
    await summary.click();
}

describe('the codes of benefits are found', () => {
  it('in snake_case, as ids and in capitals, not in acronyms a name explains', () => {
    expect(benefitCodes('Aide au logement · RSA · ASF · Chèque énergie')).toEqual([]);
    expect(benefitCodes('aides_logement ; PPA ; CHEQUE_ENERGIE ; ppa')).toEqual(
      expect.arrayContaining(['aides_logement', 'PPA', 'ppa', 'CHEQUE_ENERGIE']) as unknown,
    );
  });
});

describe.skipIf(chromiumMissing() !== null)(
  'benefits on screen and in exports (navigateur)',
  () => {
    const app = useAppUnderTest();

    it('names every benefit in French on the dashboard, in a case file and in the CSV export', async () => {
      for (const width of [1280, 360]) {
        const { context, page } = await signedIn(app, coordinateur, width);
        await page.goto('/pilotage');
        const heading = page.getByRole('heading', { name: 'Par prestation', exact: true });
        await heading.waitFor();
        await openChartData(page);
        const rows = await page
          .locator('figure[aria-labelledby="prestations-titre"] tbody th[scope="row"]')
          .allInnerTexts();
        expect(rows.length).toBeGreaterThan(0);
        expect(rows.filter((r) => r.trim() === '')).toEqual([]);
        expect(rows).toContain(benefitLabels.aide_logement.long);
        expect(benefitCodes(await page.locator('main').innerText())).toEqual([]);
        await page.locator('figure[aria-labelledby="prestations-titre"]').screenshot({
          path: path.join(screenshotDir, `prestations-tableau-de-bord-${width}.png`),
        });

        // The national export broken down by benefit: a French name for each key.
        await page.getByLabel('Ventilation de l’export').selectOption('benefit');
        const href = await page.getByRole('link', { name: 'Exporter en CSV' }).getAttribute('href');
        const csv = await (await page.request.get(href ?? '')).text();
        const [header, ...lines] = csv
          .replace(/^\uFEFF/, '')
          .trim()
          .split('\r\n');
        const column = (header ?? '').split(';').indexOf('libelle_cle');
        const names = new Set(lines.map((line) => line.split(';')[column] ?? ''));
        expect(names.has('')).toBe(false);
        expect(names.has(benefitLabels.aide_logement.long)).toBe(true);
        expect(benefitCodes([...names].join('\n'))).toEqual([]);

        // The case file with a refused aide au logement.
        const found = (await (await page.request.get('/api/households?q=Belkacem')).json()) as
          { id: string }[] | { items: { id: string }[] };
        const household = (Array.isArray(found) ? found : found.items)[0];
        expect(household).toBeDefined();
        await page.goto(`/suivi/menages/${household?.id ?? ''}`);
        await page.getByRole('heading', { name: 'Droits suivis' }).waitFor();
        await page.getByText(/Aide au logement — Refusé/).waitFor();
        expect(benefitCodes(await page.locator('main').innerText())).toEqual([]);
        const picker = await page.getByLabel('Droit à suivre').locator('option').allInnerTexts();
        expect(picker).toHaveLength(benefitIds.length - 1);
        await page.locator('section[aria-labelledby="droits"]').screenshot({
          path: path.join(screenshotDir, `prestations-dossier-${width}.png`),
        });
        await context.close();
      }
    });
  },
);
