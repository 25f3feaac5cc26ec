// The person's copy of the bilan as plain blocks of text, shared by the PDF and checked for
// readability by the tests: what the person takes home says the same thing on paper and on screen.
import {
  amountLabel,
  CSS,
  formatEuros,
  statusLabels,
  totalMonthly,
  type BenefitView,
} from './benefit-results.ts';
import type { Contact } from './contact.ts';
import { longDate } from './period.ts';

export type CopyBlock = { kind: 'title' | 'heading' | 'text' | 'item' | 'link'; text: string };

export const ESTIMATE_NOTE =
  'Les montants sont des estimations faites avec vos réponses. Seul l’organisme qui paie l’aide décide du montant versé.';

/** What the total counts: money received each month, not yearly aids nor the CSS. */
export const TOTAL_NOTE =
  'Le total compte l’argent versé chaque mois. Il ne compte pas les aides versées une fois par an, ni la complémentaire santé.';

/** The bilan lists the engine's benefits; local aids (commune, département) are not in it. */
export const SCOPE_NOTE =
  'D’autres aides peuvent exister près de chez vous. Parlez-en à la mairie, au CCAS ou au département.';

/** The blocks of the person's copy, in reading order. */
export function personCopy(
  views: readonly BenefitView[],
  contact: Contact,
  date: Date,
): CopyBlock[] {
  const blocks: CopyBlock[] = [
    { kind: 'title', text: 'Votre bilan de droits' },
    { kind: 'text', text: `Fait le ${longDate(date)}.` },
    { kind: 'text', text: ESTIMATE_NOTE },
    {
      kind: 'text',
      text: `Total des aides possibles : ${formatEuros(totalMonthly(views))} par mois.`,
    },
    { kind: 'text', text: TOTAL_NOTE },
  ];
  for (const view of views) {
    blocks.push({ kind: 'heading', text: `${view.name} : ${statusLabels[view.status]}` });
    if (view.status !== 'non_eligible') {
      // The CSS is not paid to the person: the copy says what it costs them.
      const cost = view.amount === 0 ? 'gratuit' : `${formatEuros(view.amount)} par mois`;
      const text =
        view.id === CSS ? `Coût pour vous : ${cost}.` : `Montant estimé : ${amountLabel(view)}.`;
      blocks.push({ kind: 'text', text });
    }
    blocks.push({ kind: 'text', text: view.summary });
    for (const reason of view.reasons) blocks.push({ kind: 'item', text: reason });
    if (view.status === 'non_eligible') continue;
    blocks.push({ kind: 'text', text: `Qui paie : ${view.claim.payer}.` });
    blocks.push({ kind: 'text', text: view.claim.howToClaim });
    blocks.push({ kind: 'link', text: `En ligne : ${view.claim.onlineProcedure.url}` });
    blocks.push({ kind: 'text', text: view.claim.usualDelay });
    blocks.push({ kind: 'text', text: 'Les papiers à préparer :' });
    for (const document of view.claim.documents) blocks.push({ kind: 'item', text: document });
  }
  blocks.push({ kind: 'heading', text: 'Les autres aides' });
  blocks.push({ kind: 'text', text: SCOPE_NOTE });
  blocks.push({ kind: 'heading', text: 'Votre contact' });
  blocks.push({ kind: 'text', text: contact.name });
  for (const line of contact.details) blocks.push({ kind: 'text', text: line });
  return blocks;
}
