import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from '../../audit/chain.ts';
import type { Database } from '../../db/schema.ts';
import { withActor, type Actor } from '../../db/with-actor.ts';
import { nameKey, phoneKey, phoneticKey } from '../search-keys.ts';
import type { PersonRole, SocialFollowUp } from '../vocabulary.ts';

/** A person as entered by a professional. */
export interface PersonInput {
  role: PersonRole;
  firstName: string;
  lastName: string;
  birthDate?: string | null | undefined;
  phone?: string | null | undefined;
  email?: string | null | undefined;
}

/** Where the household lives; the commune is an INSEE code. */
export interface HouseholdInput {
  address?: string | null | undefined;
  inseeCode?: string | null | undefined;
  commune?: string | null | undefined;
  quartier?: string | null | undefined;
  qpv?: boolean | undefined;
  /** Asked for the indicators (docs/indicators.md). */
  socialFollowUp?: SocialFollowUp | null | undefined;
  metInOutreach?: boolean | undefined;
}

/** The columns of a person row, search keys included. */
export function personRow(person: PersonInput) {
  return {
    role: person.role,
    first_name: person.firstName.trim(),
    last_name: person.lastName.trim(),
    birth_date: person.birthDate ?? null,
    phone: person.phone ?? null,
    email: person.email ?? null,
    name_key: nameKey(person.firstName, person.lastName),
    phonetic_key: phoneticKey(person.firstName, person.lastName),
    phone_key: phoneKey(person.phone),
  };
}

/**
 * Opens a household's case file in the actor's organisation and territory, with its persons.
 * Audited as a creation. Returns the new household's id.
 */
export function createHousehold(
  db: Kysely<Database>,
  actor: Actor,
  input: HouseholdInput & { persons: PersonInput[] },
): Promise<string> {
  return withActor(db, actor, (trx) => insertHousehold(trx, actor, input));
}

/** `createHousehold` in the caller's transaction (a bilan saved with a new case file). */
export async function insertHousehold(
  trx: Transaction<Database>,
  actor: Actor,
  input: HouseholdInput & { persons: PersonInput[] },
): Promise<string> {
  const organisation = await trx
    .selectFrom('organisation')
    .select('territory_id')
    .where('id', '=', actor.organisationId)
    .executeTakeFirstOrThrow();
  const { id } = await trx
    .insertInto('household')
    .values({
      organisation_id: actor.organisationId,
      territory_id: organisation.territory_id,
      address: input.address ?? null,
      insee_code: input.inseeCode ?? null,
      commune: input.commune ?? null,
      quartier: input.quartier ?? null,
      qpv: input.qpv ?? false,
      social_follow_up: input.socialFollowUp ?? null,
      met_in_outreach: input.metInOutreach ?? false,
      created_by: actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (input.persons.length > 0) {
    await trx
      .insertInto('person')
      .values(
        input.persons.map((person) => ({
          ...personRow(person),
          household_id: id,
          organisation_id: actor.organisationId,
        })),
      )
      .execute();
  }
  await appendAudit(trx, actor, {
    action: 'creation',
    entity: 'household',
    entityId: id,
    householdId: id,
  });
  return id;
}
