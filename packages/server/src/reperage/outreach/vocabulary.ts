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

/** French names of the rights the detection rules look for (codes of `right_follow_up`). */
export const outreachBenefitLabels: Record<string, string> = {
  rsa: 'le revenu de solidarité active (RSA)',
  ppa: 'la prime d’activité',
  aides_logement: 'une aide personnelle au logement (APL ou ALS)',
  aspa: 'l’allocation de solidarité aux personnes âgées (ASPA)',
  css: 'la Complémentaire santé solidaire',
  cheque_energie: 'le chèque énergie',
  bouclier_eau: 'l’aide du Bouclier eau de votre territoire',
};
