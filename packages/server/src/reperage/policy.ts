import type { Role } from '../tenancy/roles.ts';

// Who may do what in repérage's data side: the API half of docs/security.md (« Repérage »). The
// row-level security policies of migration 0008-reperage-data enforce the same in the database.

/** The actions of repérage's data API. */
export const reperageActions = [
  'agreement.read',
  'agreement.manage',
  'import.write',
  'import.read',
  'linkage.manage',
] as const;
export type ReperageAction = (typeof reperageActions)[number];

const managers: readonly Role[] = ['coordinateur', 'admin'];

const allowed: Record<ReperageAction, readonly Role[]> = {
  'agreement.read': ['ambassadeur', 'travailleur_social', 'coordinateur', 'admin'],
  'agreement.manage': managers,
  // The parties' members import; the database checks that their organisation is a party.
  'import.write': ['ambassadeur', 'travailleur_social', 'coordinateur'],
  'import.read': ['ambassadeur', 'travailleur_social', 'coordinateur', 'admin'],
  'linkage.manage': managers,
};

/** Whether a user with `role` may perform the repérage `action`. */
export function canReperage(role: Role, action: ReperageAction): boolean {
  return allowed[action].includes(role);
}
