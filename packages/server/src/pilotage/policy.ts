import type { Role } from '../tenancy/roles.ts';

// Who may do what in the pilotage network: the API half; migration 0006-pilotage-network enforces
// the same matrix with row-level security keyed on the territory (see docs/security.md). The
// évaluateur reads none of it directly: the indicators aggregate it.

/** The actions of the pilotage network API. */
export type PilotageAction =
  | 'pilotage.read'
  | 'action.write'
  | 'network.write'
  | 'workshop.write'
  | 'blockage.raise'
  | 'blockage.manage';

const managers: readonly Role[] = ['coordinateur', 'pilote'];

const allowed: Record<PilotageAction, readonly Role[]> = {
  'pilotage.read': ['ambassadeur', 'travailleur_social', 'coordinateur', 'pilote', 'admin'],
  // People on the field; the coordinateur also corrects the territory's actions.
  'action.write': ['ambassadeur', 'travailleur_social', 'coordinateur'],
  'network.write': managers,
  'workshop.write': managers,
  'blockage.raise': ['ambassadeur', 'travailleur_social', 'coordinateur', 'pilote'],
  'blockage.manage': managers,
};

/** Whether a user with `role` may perform `action` (on the rows row-level security lets them see). */
export function canPilot(role: Role, action: PilotageAction): boolean {
  return allowed[action].includes(role);
}
