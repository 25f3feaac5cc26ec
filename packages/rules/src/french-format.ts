// Figures in the sentences a person reads, written the French way: « 1 912 € », « 573,49 € »,
// with a no-break space between thousands and before the euro sign (as the PDF exports do), so a
// figure never breaks across two lines.

const NBSP = '\u00a0';
const whole = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const cents = new Intl.NumberFormat('fr-FR', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

const noBreak = (text: string): string => text.replace(/[\u202f\s]/g, NBSP);

/** « 1 912 € » for whole euros, « 573,49 € » otherwise. */
export function frenchEuros(amount: number): string {
  const rounded = Math.round(amount * 100) / 100;
  const text = Number.isInteger(rounded) ? whole.format(rounded) : cents.format(rounded);
  return `${noBreak(text)}${NBSP}€`;
}

/** « 1 912 € par mois » … : euros rounded to the euro, for resources and ceilings. */
export function roundEuros(amount: number): string {
  return `${noBreak(whole.format(Math.round(amount)))}${NBSP}€`;
}

/** « 80 % » from a fraction (0.8). */
export function frenchPercent(rate: number): string {
  return `${noBreak(whole.format(Math.round(rate * 100)))}${NBSP}%`;
}

/** « 1 enfant », « 3 enfants » : a count with its noun, plural from 2 on (French rule). */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n >= 2 ? plural : singular}`;
}
