/** The roles a user holds in an organisation (membership.role), in the words of the experiment. */
export const roles = [
  'ambassadeur',
  'travailleur_social',
  'coordinateur',
  'pilote',
  'evaluateur',
  'admin',
] as const;

export type Role = (typeof roles)[number];

/** French label of each role, as the interface shows it. */
export const roleLabels: Record<Role, string> = {
  ambassadeur: 'Ambassadeur des droits',
  travailleur_social: 'Travailleur social',
  coordinateur: 'Coordinateur du territoire',
  pilote: 'Pilote',
  evaluateur: 'Évaluateur',
  admin: 'Administrateur',
};
