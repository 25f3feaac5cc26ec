import type { SessionJson } from './schema.ts';
import type { MembershipDetail } from '../tenancy/list-memberships.ts';
import type { SessionView } from '../tenancy/open-session.ts';
import { organisationTypeLabels } from '../tenancy/organisation-types.ts';
import { roleLabels } from '../tenancy/roles.ts';

function presentMembership(membership: MembershipDetail): SessionJson['membership'] {
  return {
    id: membership.id,
    role: membership.role,
    roleLabel: roleLabels[membership.role],
    organisation: {
      ...membership.organisation,
      typeLabel: organisationTypeLabels[membership.organisation.type],
    },
    territory: membership.territory,
  };
}

/** The session as the API shows it, with French labels for roles and organisation types. */
export function presentSession(session: SessionView): SessionJson {
  return {
    user: session.user,
    membership: presentMembership(session.membership),
    memberships: session.memberships.map(presentMembership),
  };
}
