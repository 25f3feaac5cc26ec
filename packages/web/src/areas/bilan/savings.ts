// Savings asked as an order of magnitude: a person rarely knows the balance to the euro, and the
// engine only needs the size (the RSA counts the livret A's interest, the ASPA and the CSS a share
// of the capital). Each range is sent as its middle; « je ne sais pas » makes the rights to check.

/** The ranges offered, in order, with the amount the engine is given for each. */
export const savingsRanges: Record<string, { label: string; amount: number }> = {
  aucune: { label: 'Pas d’épargne', amount: 0 },
  moins_1000: { label: 'Moins de 1 000 €', amount: 500 },
  de_1000_a_5000: { label: 'De 1 000 à 5 000 €', amount: 3000 },
  de_5000_a_20000: { label: 'De 5 000 à 20 000 €', amount: 12500 },
  de_20000_a_50000: { label: 'De 20 000 à 50 000 €', amount: 35000 },
  plus_50000: { label: 'Plus de 50 000 €', amount: 75000 },
};

/** The engine's amount for a range chosen (0 for an unknown range). */
export function savingsAmount(range: unknown): number {
  return savingsRanges[String(range)]?.amount ?? 0;
}
