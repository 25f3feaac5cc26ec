// The closed lists of the case files, in the words of the experiment, with their French labels.
// The migration copies these lists into CHECK constraints (a released migration never imports).

/** Place of a person in the household, aligned with the engine's famille roles. */
export const personRoles = ['demandeur', 'conjoint', 'enfant', 'autre'] as const;
export type PersonRole = (typeof personRoles)[number];

/** What a consent covers: saving a bilan, sharing with a named partner, being recontacted. */
export const consentScopes = ['bilan', 'partage', 'recontact'] as const;
export type ConsentScope = (typeof consentScopes)[number];

/** How a consent was given. */
export const consentMethods = ['oral', 'ecrit'] as const;
export type ConsentMethod = (typeof consentMethods)[number];

/** Stages of a followed right, from identified to opened or closed otherwise. */
export const rightStages = [
  'identifie',
  'demarche_a_faire',
  'demarche_engagee',
  'ouvert',
  'refuse',
  'abandonne',
  'non_eligible',
] as const;
export type RightStage = (typeof rightStages)[number];

/** French label of each stage. */
export const rightStageLabels: Record<RightStage, string> = {
  identifie: 'Identifié',
  demarche_a_faire: 'Démarche à faire',
  demarche_engagee: 'Démarche engagée',
  ouvert: 'Ouvert',
  refuse: 'Refusé',
  abandonne: 'Abandonné',
  non_eligible: 'Non éligible',
};

/** Why a right was refused or abandoned (closed list; a free note may add detail). */
export const closureReasons = [
  'ressources_trop_elevees',
  'conditions_non_remplies',
  'pieces_manquantes',
  'personne_injoignable',
  'renoncement',
  'demenagement',
  'autre',
] as const;
export type ClosureReason = (typeof closureReasons)[number];

/** States of a referral. */
export const referralStatuses = ['envoyee', 'acceptee', 'refusee', 'cloturee'] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

/** Parts of a case file a referral may share with the receiving organisation. */
export const sharedParts = ['personnes', 'bilans', 'droits'] as const;
export type SharedPart = (typeof sharedParts)[number];

/** Whether a household is already followed by a social worker (asked for the indicators). */
export const socialFollowUps = ['oui', 'non', 'inconnu'] as const;
export type SocialFollowUp = (typeof socialFollowUps)[number];

/** States of a follow-up task: to do, or done (closed with its outcome). */
export const taskStatuses = ['a_faire', 'faite'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

/** Where an open task stands against today: late, due today, later, or without a date. */
export const taskDueStates = ['en_retard', 'aujourdhui', 'a_venir', 'sans_date'] as const;
export type TaskDueState = (typeof taskDueStates)[number];
