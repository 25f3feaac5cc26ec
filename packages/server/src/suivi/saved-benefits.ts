// What a saved bilan said per benefit. The web app saves its result lines
// (`[{ id, status, amount, reasons }]`); a bilan re-run by the server saves the engine's benefit
// list (`{ benefits: [{ id, label, eligible, amount, periodicity… }] }`). Both read the same way.

/** One benefit of a saved bilan. */
export interface SavedBenefit {
  eligible: boolean;
  amount: number;
}

function itemsOf(results: unknown): unknown[] {
  if (Array.isArray(results)) return results;
  if (results !== null && typeof results === 'object' && 'benefits' in results) {
    const { benefits } = results;
    if (Array.isArray(benefits)) return benefits;
  }
  return [];
}

/** The benefits of a saved bilan's results, by the engine's id (`rsa`, `ppa`, `css`…). */
export function savedBenefits(results: unknown): Map<string, SavedBenefit> {
  const found = new Map<string, SavedBenefit>();
  for (const item of itemsOf(results)) {
    if (item === null || typeof item !== 'object') continue;
    const { id, amount, eligible, status } = item as Record<string, unknown>;
    if (typeof id !== 'string' || typeof amount !== 'number') continue;
    found.set(id, {
      amount,
      eligible: typeof eligible === 'boolean' ? eligible : status !== 'non_eligible',
    });
  }
  return found;
}
