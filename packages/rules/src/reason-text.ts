// Sentences shared by the benefits' reasons: what decided, with its figure, and what would change
// it. Short words and short sentences (each reason reads at Kandel–Moles 60 or more).
import { nearLimit, type Verdict } from './explanation.ts';
import { roundEuros } from './french-format.ts';

export const IF_INCOME_DROPS = 'À revoir si vos revenus baissent.';
export const IF_INCOME_RISES = 'À revoir si vos revenus changent.';

/** An eligible result. */
export const ELIGIBLE: Verdict = { status: 'eligible', reason: '' };

/** A refusal with its reason. */
export function refused(...sentences: string[]): Verdict {
  return { status: 'non_eligible', reason: sentences.join(' ') };
}

/** A result to check, with what to check. */
export function toCheck(...sentences: string[]): Verdict {
  return { status: 'a_verifier', reason: sentences.join(' ') };
}

/**
 * « Les ressources du foyer en 2024, 25 300 €, dépassent le plafond de 24 000 € pour votre
 * foyer. » — `a_verifier` instead of a refusal when the resources are within 5 % of the ceiling.
 */
export function overCeiling(what: string, resources: number, ceiling: number): Verdict {
  const sentence = `${what}, ${roundEuros(resources)}, dépassent le plafond de ${roundEuros(ceiling)} pour votre foyer.`;
  return nearLimit(resources, ceiling)
    ? toCheck(sentence, 'L’écart est faible : vérifiez vos revenus, le droit peut s’ouvrir.')
    : refused(sentence, IF_INCOME_DROPS);
}

/**
 * An eligible result whose resources are within 5 % of the ceiling where it ends: `a_verifier`,
 * saying so; else eligible.
 */
export function underCeiling(what: string, resources: number, ceiling: number): Verdict {
  if (!(ceiling > 0 && resources <= ceiling && nearLimit(resources, ceiling))) return ELIGIBLE;
  return toCheck(
    `${what}, ${roundEuros(resources)}, sont proches du plafond de ${roundEuros(ceiling)}.`,
    'Une petite hausse de revenus peut supprimer ce droit.',
  );
}
