// The engine's result, turned into what the results page shows for each benefit: a status, the
// amount, one or two plain sentences for the person, the trace for the professional, and how to
// claim (the engine's catalogue entry). No amount is computed here: they all come from `simulate`.
import type { BenefitSummary, CatalogueEntry, SimulationResult, TraceNode } from '@znr/rules';

export type BenefitStatus = 'eligible' | 'non_eligible' | 'a_verifier';

export type BenefitView = {
  /** OpenFisca's name of the benefit (`rsa`, `ppa`, `aide_logement`, `css`…). */
  id: string;
  name: string;
  status: BenefitStatus;
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

function amountSentence(view: Pick<BenefitView, 'id' | 'periodicity' | 'amount'>): string {
  if (view.id !== CSS) {
    return `Vous pourriez recevoir environ ${formatEuros(view.amount)} ${perPeriod(view)}.`;
  }
  return view.amount === 0
    ? 'Elle serait gratuite pour vous.'
    : `Vous paieriez environ ${formatEuros(view.amount)} par mois.`;
}

function summaryOf(benefit: BenefitSummary, status: BenefitStatus): string {
  const what = benefit.claim.description;
  if (status === 'non_eligible') {
    return `${what} Avec vos réponses, vous n’y avez pas droit pour le moment.`;
  }
  const money = amountSentence(benefit);
  if (status === 'a_verifier') {
    return `${what} ${money} Une réponse est estimée : vérifiez-la avant la demande.`;
  }
  return `${what} ${money} Faites la demande.`;
}

/**
 * Every benefit of a simulation, in the order the engine gives them. `estimated` (some answer was
 * "je ne sais pas") turns an eligible benefit into "à vérifier".
 */
export function benefitViews(result: SimulationResult, estimated: boolean): BenefitView[] {
  return result.benefits.map((benefit) => {
    const status: BenefitStatus = !benefit.eligible
      ? 'non_eligible'
      : estimated
        ? 'a_verifier'
        : 'eligible';
    return {
      id: benefit.id,
      name: benefit.claim.label,
      status,
      amount: benefit.amount,
      periodicity: benefit.periodicity,
      summary: summaryOf(benefit, status),
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

/** The money received each month from the benefits that may be granted. */
export function totalMonthly(views: readonly BenefitView[]): number {
  const cents = views
    .filter((view) => view.status !== 'non_eligible' && countsInMonthlyTotal(view))
    .reduce((sum, view) => sum + Math.round(view.amount * 100), 0);
  return cents / 100;
}

export const statusLabels: Record<BenefitStatus, string> = {
  eligible: 'Droit probable',
  non_eligible: 'Pas de droit',
  a_verifier: 'À vérifier',
};
