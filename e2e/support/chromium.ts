// Browser tests drive the system's Chromium through playwright-core: no browser download, ever.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Why the browser tests cannot run here, or null when they can. Without Chromium they are skipped
 * on a developer's machine, but fail under CI, where a skipped browser test would hide a regression.
 */
export function chromiumMissing(): string | null {
  if (existsSync(CHROMIUM_PATH)) return null;
  const reason = `Chromium est absent (${CHROMIUM_PATH}) : installez-le (apt-get install chromium) pour lancer les tests navigateur.`;
  if (process.env.CI)
    throw new Error(`${reason} La variable CI est définie : ce manque est une erreur.`);
  console.warn(`Tests navigateur ignorés. ${reason}`);
  return reason;
}

/** Launches the system Chromium headless, with what it needs to run in a container. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A problem the page reported: a console error, an uncaught exception or a CSP violation. */
export type PageProblem = { kind: 'console' | 'exception' | 'csp'; text: string };

/**
 * Records every problem the page reports. `expected` lets through the console errors that are
 * normal behaviour (Chromium logs each 4xx response, such as the 401 of "nobody logged in yet").
 */
export async function watchProblems(
  page: Page,
  expected: (text: string, url: string) => boolean,
): Promise<PageProblem[]> {
  const problems: PageProblem[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (!expected(message.text(), message.location().url)) {
      problems.push({ kind: 'console', text: `${message.text()} (${message.location().url})` });
    }
  });
  page.on('pageerror', (error) => problems.push({ kind: 'exception', text: error.message }));
  await page.exposeFunction('__znrReportCsp', (text: string) =>
    problems.push({ kind: 'csp', text }),
  );
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __znrReportCsp: (text: string) => void })
        .__znrReportCsp;
      report(`${event.violatedDirective} a bloqué ${event.blockedURI || 'un script en ligne'}`);
    });
  });
  return problems;
}
