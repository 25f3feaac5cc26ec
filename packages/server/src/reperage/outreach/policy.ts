import type { Role } from '../../tenancy/roles.ts';

// Who may do what on repérage's outreach side: the API half of docs/security.md (« Repérage :
// détection et prise de contact »). Migration 0009 enforces the same in the database.

/** The actions of the outreach API. */
export const outreachActions = ['outreach.read', 'outreach.manage', 'outreach.follow'] as const;
export type OutreachAction = (typeof outreachActions)[number];

const allowed: Record<OutreachAction, readonly Role[]> = {
  // The detection rules themselves (no personal data).
  'outreach.read': ['ambassadeur', 'travailleur_social', 'coordinateur', 'admin'],
  // Run detection, read the ranked list (pseudonymous), assign, read conversion.
  'outreach.manage': ['coordinateur', 'admin'],
  // Meet the assigned people: re-identify, record outcomes, letters, case file.
  'outreach.follow': ['ambassadeur', 'travailleur_social', 'coordinateur'],
};

/** Whether a user with `role` may perform the outreach `action`. */
export function canOutreach(role: Role, action: OutreachAction): boolean {
  return allowed[action].includes(role);
}
