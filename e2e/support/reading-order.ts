// Whether the results page shows the benefits in the order a person reads them: the probable
// rights (those paid each month, the largest first), then those to check, then the refusals.
import type { Page } from 'playwright-core';

export async function shownInReadingOrder(page: Page): Promise<boolean> {
  const cards = await page.locator('section[data-benefit]').evaluateAll((sections) =>
    sections.map((section) => ({
      id: section.getAttribute('data-benefit')!,
      status: section.getAttribute('data-status')!,
      amount: Number(section.querySelector('.znr-amount')?.getAttribute('data-amount') ?? 0),
      monthly: / par mois$/.test(section.querySelector('.znr-amount')?.textContent ?? ''),
    })),
  );
  const rank = ['eligible', 'a_verifier', 'non_eligible'];
  const ranks = cards.map((card) => rank.indexOf(card.status));
  if (ranks.some((r, k) => r < 0 || (k > 0 && r < ranks[k - 1]!))) return false;
  for (const status of ['eligible', 'a_verifier']) {
    const amounts = cards
      .filter((card) => card.status === status && card.monthly && card.id !== 'css')
      .map((card) => card.amount);
    if (amounts.some((amount, k) => k > 0 && amount > amounts[k - 1]!)) return false;
  }
  return true;
}
