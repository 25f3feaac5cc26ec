import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, Organisation, Territory } from '../db/schema.ts';
import { addMember } from '../tenancy/add-member.ts';
import { ensureOrganisation } from '../tenancy/ensure-organisation.ts';
import { ensureTerritory } from '../tenancy/ensure-territory.ts';
import type { OrganisationType } from '../tenancy/organisation-types.ts';
import type { Role } from '../tenancy/roles.ts';

/** Password of every user built by the factories. */
export const TEST_PASSWORD = 'mot-de-passe-de-test';

function unique(): string {
  return randomUUID().slice(0, 8);
}

/** A territory covering Vénissieux (69259) unless other INSEE codes are given. */
export async function buildTerritory(
  db: Kysely<Database>,
  overrides: { name?: string; inseeCodes?: string[] } = {},
): Promise<Territory> {
  const id = await ensureTerritory(db, {
    name: overrides.name ?? `Territoire ${unique()}`,
    inseeCodes: overrides.inseeCodes ?? ['69259'],
  });
  return db.selectFrom('territory').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** An organisation (a CCAS unless told otherwise), on a new territory unless one is given. */
export async function buildOrganisation(
  db: Kysely<Database>,
  overrides: { territoryId?: string; name?: string; type?: OrganisationType } = {},
): Promise<Organisation> {
  const territoryId = overrides.territoryId ?? (await buildTerritory(db)).id;
  const id = await ensureOrganisation(db, {
    territory_id: territoryId,
    name: overrides.name ?? `Organisation ${unique()}`,
    type: overrides.type ?? 'ccas_cias',
    address: '1 place de la Mairie, 69200 Vénissieux',
    phone: '04 65 71 99 99',
    email: `contact-${unique()}@example.org`,
  });
  return db.selectFrom('organisation').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** A user built for a test, with the password to log in and their membership. */
export interface BuiltUser {
  id: string;
  email: string;
  password: string;
  membershipId: string;
  organisation: Organisation;
  role: Role;
}

/**
 * A user with a role (ambassadeur unless told) in an organisation (a new one unless given),
 * password {@link TEST_PASSWORD}; `disabled` builds an account that may no longer log in.
 */
export async function buildUser(
  db: Kysely<Database>,
  overrides: { role?: Role; organisation?: Organisation; email?: string; disabled?: boolean } = {},
): Promise<BuiltUser> {
  const organisation = overrides.organisation ?? (await buildOrganisation(db));
  const role = overrides.role ?? 'ambassadeur';
  const email = overrides.email ?? `personne-${unique()}@example.org`;
  const added = await addMember(db, {
    email,
    displayName: `Personne ${unique()}`,
    organisationId: organisation.id,
    role,
    password: TEST_PASSWORD,
  });
  if (overrides.disabled === true) {
    await db
      .updateTable('app_user')
      .set({ disabled: true })
      .where('id', '=', added.userId)
      .execute();
  }
  return {
    id: added.userId,
    email: email.toLowerCase(),
    password: TEST_PASSWORD,
    membershipId: added.membershipId,
    organisation,
    role,
  };
}
