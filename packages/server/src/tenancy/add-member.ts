import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema.ts';
import type { Role } from './roles.ts';
import { DomainError } from '../http/domain-error.ts';
import { hashPassword } from './password.ts';

/** A person to add to an organisation with a role. */
export interface MemberInput {
  email: string;
  displayName: string;
  organisationId: string;
  role: Role;
  /** Used only when the user does not exist yet; a known user keeps their password. */
  password: string;
}

/** What addMember did: the ids, and whether the user or the membership is new. */
export interface AddedMember {
  userId: string;
  membershipId: string;
  userCreated: boolean;
  membershipCreated: boolean;
}

/** Minimum length of a password chosen by a person (generated ones are longer). */
export const MIN_PASSWORD_LENGTH = 12;

/**
 * Gives a person a role in an organisation: creates the user (e-mail compared without case) if
 * needed, then the membership if it is not there yet. Running it twice changes nothing.
 */
export async function addMember(db: Kysely<Database>, input: MemberInput): Promise<AddedMember> {
  const email = input.email.trim().toLowerCase();
  if (!z.email().safeParse(email).success) {
    throw new DomainError('email_invalide', `Adresse e-mail « ${input.email} » invalide.`);
  }
  let user = await db
    .selectFrom('app_user')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirst();
  const userCreated = user === undefined;
  if (user === undefined) {
    const { password } = input;
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw new DomainError(
        'mot_de_passe_trop_court',
        `Le mot de passe doit contenir au moins ${MIN_PASSWORD_LENGTH} caractères.`,
      );
    }
    user = await db
      .insertInto('app_user')
      .values({
        email,
        display_name: input.displayName,
        password_hash: await hashPassword(password),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  }
  const inserted = await db
    .insertInto('membership')
    .values({ user_id: user.id, organisation_id: input.organisationId, role: input.role })
    .onConflict((oc) => oc.columns(['user_id', 'organisation_id', 'role']).doNothing())
    .returning('id')
    .executeTakeFirst();
  const membership =
    inserted ??
    (await db
      .selectFrom('membership')
      .select('id')
      .where('user_id', '=', user.id)
      .where('organisation_id', '=', input.organisationId)
      .where('role', '=', input.role)
      .executeTakeFirstOrThrow());
  return {
    userId: user.id,
    membershipId: membership.id,
    userCreated,
    membershipCreated: inserted !== undefined,
  };
}
