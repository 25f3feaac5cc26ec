import type { BatchResult } from './batch.ts';
import { arsReasons } from './benefits/ars.ts';
import { chequeEnergieReasons } from './benefits/cheque-energie.ts';
import { cssReasons } from './benefits/css.ts';
import { benefitCatalogue } from './benefit-catalogue.ts';
import type { CatalogueEntry } from './catalogue.ts';
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
  claim: CatalogueEntry;
}

const NOT_MET = 'Les conditions ne sont pas remplies d’après les réponses données.';

/** Every benefit of the engine for the first famille of a batch, in the catalogue's order. */
export function benefitList(
  batch: BatchResult,
  results: OpenFiscaResults,
  firstReasons: Record<string, string[]>,
): BenefitSummary[] {
  const reasonOf = (codes: readonly string[], code: number): string[] =>
    code > 0 && codes[code] ? [codes[code]] : [NOT_MET];
  return benefitCatalogue.map((claim) => {
    const id = claim.id;
    const value = (results as unknown as Record<string, unknown>)[id];
    let amount = typeof value === 'number' ? value : 0;
    let eligible = amount > 0;
    let status: string | undefined;
    let reasons: string[] = [];
    if (id === 'css') {
      status = results.css;
      eligible = results.css !== 'non_eligible';
      amount = results.css_participation_forfaitaire;
      if (!eligible) reasons = reasonOf(cssReasons, batch.css.reason[0] ?? 0);
    } else if (!eligible) {
      reasons =
        firstReasons[id] ??
        (id === 'cheque_energie'
          ? reasonOf(chequeEnergieReasons, batch.chequeEnergie.reason[0] ?? 0)
          : id === 'ars'
            ? reasonOf(arsReasons, batch.ars.reason[0] ?? 0)
            : [NOT_MET]);
    }
    return {
      id,
      label: claim.label,
      eligible,
      amount,
      periodicity: claim.periodicity,
      ...(status ? { status } : {}),
      reasons,
      claim,
    };
  });
}
