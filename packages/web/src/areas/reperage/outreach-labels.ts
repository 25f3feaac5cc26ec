// Number formats of the repérage pages, French as people read them.

const euroFormat = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/** « 285,40 € ». */
export const euros = (amount: number): string => euroFormat.format(amount);

/** « 25 % », or « — » when there is nothing to divide. */
export const percent = (rate: number | null): string =>
  rate === null ? '—' : `${Math.round(rate * 100)} %`;
