// The person's copy of the bilan as plain blocks of text, shared by the PDF and checked for
// readability by the tests: what the person takes home says the same thing on paper and on screen.
import {
  amountLabel,
  CSS,
  formatEuros,
  readingOrder,
  shortAmountLabel,
  statusLabels,
  type BenefitView,
} from './benefit-results.ts';
import { servicePublicUrl } from '@znr/rules';
import type { OtherAidEntry } from '@znr/rules';
import type { BudgetView } from './bilan-budget.ts';
import { budgetCopy } from './budget-text.ts';
import type { Contact } from './contact.ts';
import { longDate } from './period.ts';
import { summaryText } from './summary-text.ts';

export type CopyBlock = { kind: 'title' | 'heading' | 'text' | 'item' | 'link'; text: string };

export const ESTIMATE_NOTE =
  'Les montants sont des estimations faites avec vos réponses. Seul l’organisme qui paie l’aide décide du montant versé.';

/** What the total counts: money received each month, not yearly aids nor the CSS. */
export const TOTAL_NOTE =
  'Le total compte l’argent versé chaque mois. Il ne compte pas les aides versées une fois par an, ni la complémentaire santé.';

/** Before the aids the engine does not compute but the answers point to. */
export const OTHER_AIDS_INTRO =
  'Le bilan ne calcule pas ces aides, mais vos réponses y mènent. Pensez à les demander aussi.';

/** What the copy holds besides the benefits (each part optional: older callers pass none). */
export type CopyExtras = { otherAids?: readonly OtherAidEntry[]; budget?: BudgetView };

/** One right in detail: amount, why, who pays, how to claim, the papers. */
function rightBlocks(view: BenefitView): CopyBlock[] {
  // The CSS is not paid to the person: the copy says what it costs them.
  const cost = view.amount === 0 ? 'gratuit' : `${formatEuros(view.amount)} par mois`;
  const amount =
    view.id === CSS ? `Coût pour vous : ${cost}.` : `Montant estimé : ${amountLabel(view)}.`;
  return [
    { kind: 'heading', text: `${view.name} : ${statusLabels[view.status]}` },
    { kind: 'text', text: amount },
    { kind: 'text', text: view.summary },
    { kind: 'text', text: `Qui paie : ${view.claim.payer}.` },
    { kind: 'text', text: view.claim.howToClaim },
    { kind: 'link', text: `En ligne : ${view.claim.onlineProcedure.url}` },
    { kind: 'text', text: view.claim.usualDelay },
    { kind: 'text', text: 'Les papiers à préparer :' },
    ...view.claim.documents.map((document): CopyBlock => ({ kind: 'item', text: document })),
  ];
}

function otherAidBlocks(aid: OtherAidEntry): CopyBlock[] {
  return [
    { kind: 'text', text: aid.label },
    { kind: 'text', text: `${aid.why} ${aid.description}` },
    { kind: 'text', text: `Qui décide : ${aid.decider}.` },
    { kind: 'text', text: aid.howToClaim },
    { kind: 'link', text: `La fiche : ${servicePublicUrl(aid.servicePublicFiche)}` },
  ];
}

function budgetBlocks(budget: BudgetView): CopyBlock[] {
  const text = budgetCopy(budget);
  return [
    { kind: 'heading', text: 'Votre budget' },
    { kind: 'text', text: text.intro },
    ...text.rows.map((row): CopyBlock => ({
      kind: 'item',
      text: `${row.label} : ${row.before} sans les aides, ${row.after} avec les aides`,
    })),
    { kind: 'text', text: text.units },
    { kind: 'text', text: text.energy },
    { kind: 'text', text: text.water },
    { kind: 'text', text: 'Les définitions et les seuils :' },
    ...text.sources.map((source): CopyBlock => ({
      kind: 'link',
      text: `${source.title} : ${source.url}`,
    })),
  ];
}

const listOf = (views: readonly BenefitView[]): CopyBlock[] =>
  views.map((view) => ({ kind: 'item', text: `${view.name} : ${shortAmountLabel(view)}` }));

/**
 * The blocks of the person's copy, in the order of the results page: the summary, the probable
 * rights, those to check, then the refusals, each with its reason.
 */
export function personCopy(
  views: readonly BenefitView[],
  contact: Contact,
  date: Date,
  extras: CopyExtras = {},
): CopyBlock[] {
  const order = readingOrder(views);
  const summary = summaryText(order);
  const blocks: CopyBlock[] = [
    { kind: 'title', text: 'Votre bilan de droits' },
    { kind: 'text', text: `Fait le ${longDate(date)}.` },
    { kind: 'text', text: ESTIMATE_NOTE },
    { kind: 'heading', text: 'L’essentiel' },
    { kind: 'text', text: summary.probable },
    ...listOf(order.monthly),
  ];
  if (summary.yearly) blocks.push({ kind: 'text', text: summary.yearly }, ...listOf(order.yearly));
  if (summary.toCheck) {
    blocks.push({ kind: 'text', text: summary.toCheck }, ...listOf(order.toCheck));
  }
  if (summary.refused) blocks.push({ kind: 'text', text: summary.refused });
  blocks.push({ kind: 'text', text: TOTAL_NOTE });
  for (const view of [...order.monthly, ...order.yearly, ...order.toCheck]) {
    blocks.push(...rightBlocks(view));
  }
  if (order.refused.length > 0) {
    blocks.push({ kind: 'heading', text: 'Pas de droit pour le moment' });
    for (const view of order.refused) {
      blocks.push({ kind: 'text', text: `${view.name} : ${statusLabels[view.status]}` });
      const reasons = view.reasons.length > 0 ? view.reasons : [view.summary];
      for (const reason of reasons) blocks.push({ kind: 'item', text: reason });
    }
  }
  if (extras.budget) blocks.push(...budgetBlocks(extras.budget));
  if (extras.otherAids && extras.otherAids.length > 0) {
    blocks.push({ kind: 'heading', text: 'Ce que vous pouvez aussi demander' });
    blocks.push({ kind: 'text', text: OTHER_AIDS_INTRO });
    for (const aid of extras.otherAids) blocks.push(...otherAidBlocks(aid));
  }
  blocks.push({ kind: 'heading', text: 'Votre contact' });
  blocks.push({ kind: 'text', text: contact.name });
  for (const line of contact.details) blocks.push({ kind: 'text', text: line });
  return blocks;
}
