// The engine's result, turned into what the results page shows for each benefit: a status, the
// amount, one or two plain sentences for the person, the trace for the professional, and how to
// claim (the engine's catalogue entry). No amount is computed here: they all come from `simulate`.
import type { CatalogueEntry, SimulationResult, TraceNode } from '@znr/rules';

/** The benefits `simulate` returns today, by their key in its result. */
export type BenefitId = 'rsa' | 'primeActivite' | 'aidesLogement';

export type BenefitStatus = 'eligible' | 'non_eligible' | 'a_verifier';

export type BenefitView = {
  id: BenefitId;
  name: string;
  status: BenefitStatus;
  /** Monthly amount in euros, as the engine gives it. */
  amount: number;
  /** What the person reads: short sentences in plain French. */
  summary: string;
  /** The engine's reasons when not eligible. */
  reasons: string[];
  /** Each step with its parameters and legal sources, for the professional. */
  trace: TraceNode | undefined;
  /** How to claim: who pays, where, online, documents, delay (the engine's catalogue). */
  claim: CatalogueEntry;
};

/** Which trace root explains a benefit (the engine names roots with OpenFisca's variables). */
const traceVariable: Record<BenefitId, string> = {
  rsa: 'rsa',
  primeActivite: 'ppa',
  aidesLogement: 'aide_logement',
};

/** Euros as French people write them: "1 234,56 €" (plain spaces, so a PDF can print them). */
export function formatEuros(amount: number): string {
  return `${amount
    .toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    .replace(/[\u00a0\u202f]/g, ' ')} €`;
}

function summaryOf(claim: CatalogueEntry, status: BenefitStatus, amount: number): string {
  const money = formatEuros(amount);
  const what = claim.description;
  if (status === 'eligible') {
    return `${what} Vous pourriez recevoir environ ${money} par mois. Faites la demande.`;
  }
  if (status === 'a_verifier') {
    return `${what} Vous pourriez recevoir environ ${money} par mois. Une réponse est estimée : vérifiez-la avant la demande.`;
  }
  return `${what} Avec vos réponses, vous n’y avez pas droit pour le moment.`;
}

/**
 * The benefits of a simulation, in the order the engine gives them. `estimated` (some answer was
 * "je ne sais pas") turns an eligible benefit into "à vérifier".
 */
export function benefitViews(result: SimulationResult, estimated: boolean): BenefitView[] {
  const ids: BenefitId[] = ['rsa', 'primeActivite', 'aidesLogement'];
  return ids.map((id) => {
    const benefit = result[id];
    const status: BenefitStatus = !benefit.eligible
      ? 'non_eligible'
      : estimated
        ? 'a_verifier'
        : 'eligible';
    return {
      id,
      name: benefit.claim.label,
      status,
      amount: benefit.amount,
      summary: summaryOf(benefit.claim, status, benefit.amount),
      reasons: benefit.reasons,
      trace: result.trace.find((node) => node.variable === traceVariable[id]),
      claim: benefit.claim,
    };
  });
}

/** The sum of the monthly amounts of the benefits that may be granted. */
export function totalMonthly(views: readonly BenefitView[]): number {
  const cents = views
    .filter((view) => view.status !== 'non_eligible')
    .reduce((sum, view) => sum + Math.round(view.amount * 100), 0);
  return cents / 100;
}

export const statusLabels: Record<BenefitStatus, string> = {
  eligible: 'Droit probable',
  non_eligible: 'Pas de droit',
  a_verifier: 'À vérifier',
};
