import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Role } from './roles.ts';
import { addMember } from './add-member.ts';
import { DomainError } from '../http/domain-error.ts';
import { generatePassword } from './password.ts';

/** Who to create, where, with which role; without a password one is generated. */
export interface CreateAdminInput {
  email: string;
  name: string;
  /** The organisation's id, or its exact name (which must then be unique across territories). */
  organisation: string;
  role?: Role;
  password?: string;
}

/** The account created or extended; `password` is set only when it was generated here. */
export interface CreatedAdmin {
  userId: string;
  membershipId: string;
  email: string;
  organisation: { id: string; name: string };
  role: Role;
  userCreated: boolean;
  membershipCreated: boolean;
  generatedPassword?: string;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function findOrganisation(
  db: Kysely<Database>,
  reference: string,
): Promise<{ id: string; name: string }> {
  const query = db.selectFrom('organisation').select(['id', 'name']);
  const found = uuidPattern.test(reference)
    ? await query.where('id', '=', reference).execute()
    : await query.where('name', '=', reference).execute();
  const [organisation, ...others] = found;
  if (organisation === undefined) {
    throw new DomainError(
      'organisation_introuvable',
      `Aucune organisation ne porte l’identifiant ou le nom exact « ${reference} ».`,
    );
  }
  if (others.length > 0) {
    throw new DomainError(
      'organisation_ambigue',
      `Plusieurs organisations s’appellent « ${reference} » : désignez-la par son identifiant (${found.map((o) => o.id).join(', ')}).`,
    );
  }
  return organisation;
}

/**
 * Creates a user with a role (admin by default) in an organisation, or adds the membership to an
 * existing user, whose password is then left unchanged. Without a password for a new user, a
 * strong one is generated and returned once, for the caller to hand over.
 */
export async function createAdmin(
  db: Kysely<Database>,
  input: CreateAdminInput,
): Promise<CreatedAdmin> {
  const organisation = await findOrganisation(db, input.organisation.trim());
  const role = input.role ?? 'admin';
  const generated = input.password === undefined ? generatePassword() : undefined;
  const added = await addMember(db, {
    email: input.email,
    displayName: input.name,
    organisationId: organisation.id,
    role,
    password: input.password ?? generated ?? '',
  });
  return {
    userId: added.userId,
    membershipId: added.membershipId,
    email: input.email.trim().toLowerCase(),
    organisation,
    role,
    userCreated: added.userCreated,
    membershipCreated: added.membershipCreated,
    ...(added.userCreated && generated !== undefined ? { generatedPassword: generated } : {}),
  };
}
