// French labels of the case files' closed lists (the server's codes are ASCII French).
import type { FollowedRight, SocialFollowUp } from '../../api/index.ts';

export type RightStage = FollowedRight['stage'];
export type ClosureReason = NonNullable<FollowedRight['closureReason']>;

export const stageOptions: { value: RightStage; label: string }[] = [
  { value: 'identifie', label: 'Identifié' },
  { value: 'demarche_a_faire', label: 'Démarche à faire' },
  { value: 'demarche_engagee', label: 'Démarche engagée' },
  { value: 'ouvert', label: 'Ouvert' },
  { value: 'refuse', label: 'Refusé' },
  { value: 'abandonne', label: 'Abandonné' },
  { value: 'non_eligible', label: 'Non éligible' },
];

export const closureReasonOptions: { value: ClosureReason; label: string }[] = [
  { value: 'ressources_trop_elevees', label: 'Ressources trop élevées' },
  { value: 'conditions_non_remplies', label: 'Conditions non remplies' },
  { value: 'pieces_manquantes', label: 'Pièces manquantes' },
  { value: 'personne_injoignable', label: 'Personne injoignable' },
  { value: 'renoncement', label: 'La personne renonce' },
  { value: 'demenagement', label: 'Déménagement' },
  { value: 'autre', label: 'Autre motif' },
];

export const referralStatusLabels: Record<string, string> = {
  envoyee: 'Envoyée',
  acceptee: 'Acceptée',
  refusee: 'Refusée',
  cloturee: 'Clôturée',
};

export const consentScopeLabels: Record<string, string> = {
  bilan: 'Enregistrer les bilans au dossier',
  partage: 'Partager le dossier avec un partenaire',
  recontact: 'Être recontacté',
};

/** Whether a stage closes the right with a reason to give. */
export function needsReason(stage: string): boolean {
  return stage === 'refuse' || stage === 'abandonne';
}

/** Place of a person in the household: the engine's famille roles. */
export const personRoleOptions: {
  value: 'demandeur' | 'conjoint' | 'enfant' | 'autre';
  label: string;
}[] = [
  { value: 'demandeur', label: 'Demandeur ou demandeuse' },
  { value: 'conjoint', label: 'Conjoint ou conjointe' },
  { value: 'enfant', label: 'Enfant à charge' },
  { value: 'autre', label: 'Autre personne du ménage' },
];

/** A calendar date `AAAA-MM-JJ` as `JJ/MM/AAAA` (an instant goes through frenchDateTime). */
export function frenchDate(iso: string): string {
  return iso.slice(0, 10).split('-').reverse().join('/');
}

/** The roles that write case files (docs/security.md); the others only read, or see nothing. */
export const writerRoles: readonly string[] = ['ambassadeur', 'travailleur_social', 'coordinateur'];

/** Answers to « déjà suivi par un travailleur social ? » (for the indicators). */
export const socialFollowUpOptions: { value: SocialFollowUp; label: string }[] = [
  { value: 'oui', label: 'Oui' },
  { value: 'non', label: 'Non' },
  { value: 'inconnu', label: 'Ne sait pas' },
];

const parisTime = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/**
 * An instant (ISO, UTC) as people in France read it: `23/11/2026 à 15:26:32`, in Paris time
 * whatever the device's time zone (the server stores UTC).
 */
export function frenchDateTime(iso: string): string {
  return parisTime.format(new Date(iso)).replace(' ', ' à ');
}

/** Where an open task stands against today, in words, and the badge it wears. */
export const taskDueLabels: Record<
  string,
  { label: string; severity: 'error' | 'warning' | 'info' | 'new' }
> = {
  en_retard: { label: 'En retard', severity: 'error' },
  aujourdhui: { label: 'Pour aujourd’hui', severity: 'warning' },
  a_venir: { label: 'À venir', severity: 'info' },
  sans_date: { label: 'Sans échéance', severity: 'new' },
};
