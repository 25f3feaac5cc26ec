import { benefitCatalogue } from './benefit-catalogue.ts';
import type { CatalogueEntry } from './catalogue.ts';
import type { Explanations } from './explain.ts';
import type { Explanation } from './explanation.ts';
import type { OpenFiscaResults } from './openfisca/output.ts';

/** One benefit of a household's bilan, whatever the benefit: what the web lists. */
export interface BenefitSummary {
  /** OpenFisca name of the amount (`aide_logement`, `css`, `cheque_energie`…). */
  id: string;
  label: string;
  eligible: boolean;
  /**
   * Amount in euros for its period: monthly, or yearly for ARS and chèque énergie. For the CSS,
   * the monthly participation (0 when free).
   */
  amount: number;
  periodicity: CatalogueEntry['periodicity'];
  /** For the CSS: `gratuite`, `avec_participation` or `non_eligible`. */
  status?: string;
  /** Why not, in plain French (empty when eligible). */
  reasons: string[];
  /**
   * Status (`eligible`, `a_verifier`, `non_eligible`), reason (why not, or what to check) and the
   * steps of the computation, each with its legal parameters.
   */
  explanation: Explanation;
  claim: CatalogueEntry;
}

/** Every benefit of the engine for the first famille of a batch, in the catalogue's order. */
export function benefitList(
  results: OpenFiscaResults,
  explanations: Explanations,
): BenefitSummary[] {
  return benefitCatalogue.map((claim) => {
    const id = claim.id;
    const explanation = explanations[id as keyof Explanations];
    const value = (results as unknown as Record<string, unknown>)[id];
    let amount = typeof value === 'number' ? value : 0;
    let eligible = amount > 0;
    let status: string | undefined;
    if (id === 'css') {
      status = results.css;
      eligible = results.css !== 'non_eligible';
      amount = results.css_participation_forfaitaire;
    }
    return {
      id,
      label: claim.label,
      eligible,
      amount,
      periodicity: claim.periodicity,
      ...(status ? { status } : {}),
      reasons: eligible || !explanation.reason ? [] : [explanation.reason],
      explanation,
      claim,
    };
  });
}
