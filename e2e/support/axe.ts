// Automated accessibility check with axe-core. It catches perhaps a third of RGAA failures
// (names, contrasts, landmarks, ARIA); keyboard paths and reading order are checked by the tests.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Runs the WCAG 2.1 A and AA rules of axe-core on the page as it is now, and lists the violations
 * in a readable form (empty when there are none). The script goes in through the DevTools
 * protocol, so the page's CSP, which rightly forbids inline scripts, does not stop it.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run: (options: object) => Promise<AxeResults> } }).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  );
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'impact inconnu'}) : ${violation.help} — ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(' ; ')}`,
  );
}
