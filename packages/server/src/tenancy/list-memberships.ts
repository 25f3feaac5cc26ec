import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { OrganisationType } from './organisation-types.ts';
import type { Role } from './roles.ts';

/** A membership with the organisation and territory it belongs to. */
export interface MembershipDetail {
  id: string;
  role: Role;
  organisation: {
    id: string;
    name: string;
    type: OrganisationType;
    address: string | null;
    phone: string | null;
    email: string | null;
  };
  territory: { id: string; name: string };
}

/** Every membership of a user, oldest first (the first is the default active one). */
export async function listMemberships(
  db: Kysely<Database>,
  userId: string,
): Promise<MembershipDetail[]> {
  const rows = await db
    .selectFrom('membership as m')
    .innerJoin('organisation as o', 'o.id', 'm.organisation_id')
    .innerJoin('territory as t', 't.id', 'o.territory_id')
    .select([
      'm.id',
      'm.role',
      'o.id as organisationId',
      'o.name as organisationName',
      'o.type as organisationType',
      'o.address as organisationAddress',
      'o.phone as organisationPhone',
      'o.email as organisationEmail',
      't.id as territoryId',
      't.name as territoryName',
    ])
    .where('m.user_id', '=', userId)
    .orderBy('m.created_at')
    .orderBy('m.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    role: row.role,
    organisation: {
      id: row.organisationId,
      name: row.organisationName,
      type: row.organisationType,
      address: row.organisationAddress,
      phone: row.organisationPhone,
      email: row.organisationEmail,
    },
    territory: { id: row.territoryId, name: row.territoryName },
  }));
}
