import type { BenefitId } from '@znr/rules';

// The closed lists of the outreach side of repérage, with their French labels. Migration 0009
// copies the outcomes into a CHECK constraint (a released migration never imports).

/** What an ambassador records after trying to meet a candidate. */
export const outreachOutcomes = [
  'joint',
  'pas_joignable',
  'refus',
  'bilan_fait',
  'droit_ouvert',
] as const;
export type OutreachOutcome = (typeof outreachOutcomes)[number];

export const outreachOutcomeLabels: Record<OutreachOutcome, string> = {
  joint: 'Joint',
  pas_joignable: 'Pas joignable',
  refus: 'Refus',
  bilan_fait: 'Bilan fait',
  droit_ouvert: 'Droit ouvert',
};

/** Outcomes that mean the person was reached (the « contactés » of the conversion rate). */
export const reachedOutcomes: readonly OutreachOutcome[] = [
  'joint',
  'refus',
  'bilan_fait',
  'droit_ouvert',
];

/** Outcomes that mean a bilan was made. */
export const bilanOutcomes: readonly OutreachOutcome[] = ['bilan_fait', 'droit_ouvert'];

/** States of a detection run (same words as imports and linkage runs). */
export type DetectionStatus = 'en_attente' | 'en_cours' | 'terminee' | 'echouee';

/**
 * Every benefit named inside a sentence of the invitation letter (« vous pourriez avoir droit
 * à … »), by its id in @znr/rules' vocabulary: a benefit added there must be named here too.
 */
export const outreachBenefitLabels: Record<BenefitId, string> = {
  rsa: 'le revenu de solidarité active (RSA)',
  ppa: 'la prime d’activité',
  aide_logement: 'une aide personnelle au logement (APL, ALF ou ALS)',
  af: 'les allocations familiales',
  cf: 'le complément familial',
  asf: 'l’allocation de soutien familial (ASF)',
  ars: 'l’allocation de rentrée scolaire (ARS)',
  paje_base: 'l’allocation de base de la Paje',
  aah: 'l’allocation aux adultes handicapés (AAH)',
  aspa: 'l’allocation de solidarité aux personnes âgées (ASPA)',
  asi: 'l’allocation supplémentaire d’invalidité (ASI)',
  css: 'la Complémentaire santé solidaire',
  cheque_energie: 'le chèque énergie',
  bouclier_eau: 'l’aide du Bouclier eau de votre territoire',
  autre_aide: 'une autre aide',
};
