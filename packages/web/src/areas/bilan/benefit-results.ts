// The engine's result, turned into what the results page shows for each benefit: a status, the
// amount, one or two plain sentences for the person, the trace for the professional, and how to
// claim (the engine's catalogue entry). No amount is computed here: they all come from `simulate`.
import { housingAidKindLabels } from '@znr/rules';
import type { BenefitSummary, CatalogueEntry, SimulationResult, TraceNode } from '@znr/rules';

export type BenefitStatus = 'eligible' | 'non_eligible' | 'a_verifier';

/**
 * Why a right is « à vérifier »: an answer was estimated (« je ne sais pas »), or the resources
 * are so close to a ceiling that a small change of income closes it.
 */
export type CheckReason = 'estimation' | 'plafond';

export type BenefitView = {
  /** OpenFisca's name of the benefit (`rsa`, `ppa`, `aide_logement`, `css`…). */
  id: string;
  name: string;
  status: BenefitStatus;
  /** Set when the status is « à vérifier »: what to check. */
  check?: CheckReason;
  /**
   * Euros as the engine gives them: per month, or per year for ARS and chèque énergie. For the
   * CSS, the monthly participation the person pays (0 when free).
   */
  amount: number;
  periodicity: 'mensuelle' | 'annuelle';
  /** What the person reads: short sentences in plain French. */
  summary: string;
  /** The engine's reasons when not eligible. */
  reasons: string[];
  /** Each step with its parameters and legal sources, for the professional (not every benefit). */
  trace: TraceNode | undefined;
  /** How to claim: who pays, where, online, documents, delay (the engine's catalogue). */
  claim: CatalogueEntry;
};

/** The CSS is not money received: its amount is what the person pays each month. */
export const CSS = 'css';

/** Euros as French people write them: "1 234,56 €" (plain spaces, so a PDF can print them). */
export function formatEuros(amount: number): string {
  return `${amount
    .toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    .replace(/[\u00a0\u202f]/g, ' ')} €`;
}

/** How long the amount covers, in words: "par mois", "par an", "pour l’année scolaire". */
function perPeriod(view: Pick<BenefitView, 'id' | 'periodicity'>): string {
  if (view.periodicity === 'mensuelle') return 'par mois';
  return view.id === 'ars' ? 'pour l’année scolaire' : 'par an';
}

/** The amount as the card shows it: "123,45 € par mois", or what the CSS costs. */
export function amountLabel(view: Pick<BenefitView, 'id' | 'periodicity' | 'amount'>): string {
  if (view.id === CSS) {
    return view.amount === 0
      ? 'Complémentaire santé solidaire gratuite'
      : `Participation de ${formatEuros(view.amount)} par mois`;
  }
  return `${formatEuros(view.amount)} ${perPeriod(view)}`;
}

/** The amount in a list of rights: as on the card, but the CSS says only what it costs. */
export function shortAmountLabel(view: Pick<BenefitView, 'id' | 'periodicity' | 'amount'>): string {
  if (view.id !== CSS) return amountLabel(view);
  return view.amount === 0 ? 'gratuite' : `${formatEuros(view.amount)} par mois à payer`;
}

function amountSentence(view: Pick<BenefitView, 'id' | 'periodicity' | 'amount'>): string {
  if (view.id !== CSS) {
    return `Vous pourriez recevoir environ ${formatEuros(view.amount)} ${perPeriod(view)}.`;
  }
  return view.amount === 0
    ? 'Elle serait gratuite pour vous.'
    : `Vous paieriez environ ${formatEuros(view.amount)} par mois.`;
}

/** What the person should check before claiming, by reason. */
export const checkSentences: Record<CheckReason, string> = {
  estimation: 'Une réponse est estimée : vérifiez-la avant la demande.',
  plafond:
    'Vos revenus sont tout près du plafond : un petit changement peut fermer ce droit. Faites la demande, l’organisme vérifiera.',
};

function summaryOf(benefit: BenefitSummary, status: BenefitStatus, check?: CheckReason): string {
  const what = benefit.claim.description;
  if (status === 'non_eligible') {
    return `${what} Avec vos réponses, vous n’y avez pas droit pour le moment.`;
  }
  const money = amountSentence(benefit);
  if (check) return `${what} ${money} ${checkSentences[check]}`;
  return `${what} ${money} Faites la demande.`;
}

/** The name of a benefit; for housing aid, the one the engine found (APL, ALF or ALS). */
function nameOf(benefit: BenefitSummary, result: SimulationResult): string {
  const kind = result.openfisca.aide_logement_type;
  return benefit.id === 'aide_logement' && benefit.eligible && kind
    ? housingAidKindLabels[kind]
    : benefit.claim.label;
}

/** What may make a right « à vérifier » (see `CheckReason`). */
export type Doubts = {
  /** Some answer was « je ne sais pas ». */
  estimated: boolean;
  /** The benefits that a slightly higher income would close. */
  nearCeiling?: ReadonlySet<string>;
};

/**
 * Every benefit of a simulation, in the order the engine gives them (`readingOrder` sorts them
 * for the person). A doubt turns an eligible benefit into « à vérifier ».
 */
export function benefitViews(result: SimulationResult, doubts: Doubts): BenefitView[] {
  return result.benefits.map((benefit) => {
    const check: CheckReason | undefined = !benefit.eligible
      ? undefined
      : doubts.estimated
        ? 'estimation'
        : doubts.nearCeiling?.has(benefit.id)
          ? 'plafond'
          : undefined;
    const status: BenefitStatus = !benefit.eligible
      ? 'non_eligible'
      : check
        ? 'a_verifier'
        : 'eligible';
    return {
      id: benefit.id,
      name: nameOf(benefit, result),
      status,
      ...(check ? { check } : {}),
      amount: benefit.amount,
      periodicity: benefit.periodicity,
      summary: summaryOf(benefit, status, check),
      reasons: benefit.reasons,
      trace: result.trace.find((node) => node.variable === benefit.id),
      claim: benefit.claim,
    };
  });
}

/** Whether a benefit is money received each month (not the CSS, not a yearly amount). */
export function countsInMonthlyTotal(view: BenefitView): boolean {
  return view.periodicity === 'mensuelle' && view.id !== CSS;
}

/**
 * The money received each month from the benefits that may be granted (all of `views` but the
 * refusals: pass only the probable ones for their own total).
 */
export function totalMonthly(views: readonly BenefitView[]): number {
  const cents = views
    .filter((view) => view.status !== 'non_eligible' && countsInMonthlyTotal(view))
    .reduce((sum, view) => sum + Math.round(view.amount * 100), 0);
  return cents / 100;
}

/** The results in the order a person reads them (results page and PDF alike). */
export type ReadingOrder = {
  /** Rights probably open, paid each month, the largest first; the CSS last. */
  monthly: BenefitView[];
  /** Rights probably open, paid once a year or for the school year (ARS, chèque énergie). */
  yearly: BenefitView[];
  /** « À vérifier »: an answer estimated, or close to a ceiling; same order as above. */
  toCheck: BenefitView[];
  /** The refusals, in the engine's order, each with its reason. */
  refused: BenefitView[];
};

/** Largest monthly amount first; the CSS (not money received) after; yearly ones last. */
function byWeight(a: BenefitView, b: BenefitView): number {
  const rank = (view: BenefitView) =>
    countsInMonthlyTotal(view) ? 0 : view.periodicity === 'mensuelle' ? 1 : 2;
  return rank(a) - rank(b) || b.amount - a.amount;
}

export function readingOrder(views: readonly BenefitView[]): ReadingOrder {
  const probable = views.filter((view) => view.status === 'eligible').sort(byWeight);
  return {
    monthly: probable.filter((view) => view.periodicity === 'mensuelle'),
    yearly: probable.filter((view) => view.periodicity !== 'mensuelle'),
    toCheck: views.filter((view) => view.status === 'a_verifier').sort(byWeight),
    refused: views.filter((view) => view.status === 'non_eligible'),
  };
}

/** The views flattened in reading order: probable (monthly, yearly), à vérifier, refusals. */
export function inReadingOrder(views: readonly BenefitView[]): BenefitView[] {
  const order = readingOrder(views);
  return [...order.monthly, ...order.yearly, ...order.toCheck, ...order.refused];
}

export const statusLabels: Record<BenefitStatus, string> = {
  eligible: 'Droit probable',
  non_eligible: 'Pas de droit',
  a_verifier: 'À vérifier',
};
