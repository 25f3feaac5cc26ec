// The sentences of « L'essentiel », shared by the results page and the person's copy, so that
// both say the same thing in the same order.
import { formatEuros, totalMonthly, type ReadingOrder } from './benefit-results.ts';

export type SummaryText = {
  /** The probable rights paid each month and their total (or that there is none). */
  probable: string;
  yearly?: string;
  toCheck?: string;
  refused?: string;
};

const plural = (count: number, word: string) => `${count} ${word}${count > 1 ? 's' : ''}`;

export function summaryText(order: ReadingOrder): SummaryText {
  const probableTotal = totalMonthly(order.monthly);
  const withToCheck = totalMonthly([...order.monthly, ...order.toCheck]);
  const text: SummaryText = {
    probable:
      order.monthly.length > 0
        ? `Vos droits probables : ${formatEuros(probableTotal)} par mois.`
        : 'Aucun droit probable versé chaque mois avec ces réponses.',
  };
  if (order.yearly.length > 0) text.yearly = 'Versées une fois par an :';
  if (order.toCheck.length > 0) {
    const more =
      withToCheck > probableTotal
        ? ` Si elles sont accordées, cela fait ${formatEuros(withToCheck)} par mois en tout.`
        : '';
    text.toCheck = `À vérifier avant la demande : ${plural(order.toCheck.length, 'aide')}.${more}`;
  }
  if (order.refused.length > 0) {
    text.refused = `Pas de droit pour le moment : ${plural(order.refused.length, 'aide')}. La raison est donnée pour chacune.`;
  }
  return text;
}
