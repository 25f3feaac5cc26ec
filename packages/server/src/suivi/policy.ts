import type { Role } from '../tenancy/roles.ts';

// Who may do what on case files: the API half of docs/security.md. The row-level security policies
// of migration 0003-suivi enforce the same matrix in the database (znr_reads_personal,
// znr_writes_personal), so that a mistake in one layer leaks nothing.

/** The actions of the case-file API. */
export type SuiviAction =
  | 'household.read'
  | 'household.write'
  | 'consent.write'
  | 'bilan.write'
  | 'right.write'
  | 'referral.write'
  | 'task.write'
  | 'audit.read'
  | 'household.erase';

const readers: readonly Role[] = ['ambassadeur', 'travailleur_social', 'coordinateur', 'admin'];
const writers: readonly Role[] = ['ambassadeur', 'travailleur_social', 'coordinateur'];

const allowed: Record<SuiviAction, readonly Role[]> = {
  'household.read': readers,
  'household.write': writers,
  'consent.write': writers,
  'bilan.write': writers,
  'right.write': writers,
  'referral.write': writers,
  'task.write': writers,
  'audit.read': ['admin'],
  // GDPR access and erasure requests: the organisation's administrator or coordinator.
  'household.erase': ['coordinateur', 'admin'],
};

/** Whether a user with `role` may perform `action` (on the rows row-level security lets them see). */
export function can(role: Role, action: SuiviAction): boolean {
  return allowed[action].includes(role);
}
