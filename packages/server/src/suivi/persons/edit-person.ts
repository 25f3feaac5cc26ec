import type { Kysely } from 'kysely';
import { appendAudit } from '../../audit/chain.ts';
import type { Database } from '../../db/schema.ts';
import { withActor, type Actor } from '../../db/with-actor.ts';
import { nameKey, phoneKey, phoneticKey } from '../search-keys.ts';
import { touchHousehold } from '../touch-household.ts';
import { personRow, type PersonInput } from '../households/create-household.ts';
import { ownsHousehold } from '../consents/record-consent.ts';

/**
 * Adds a person to a household of the actor's organisation (a referral never lets another
 * organisation change who lives there). Returns the person's id, or undefined when the household
 * is not the organisation's. Audited as a creation.
 */
export function addPerson(
  db: Kysely<Database>,
  actor: Actor,
  householdId: string,
  person: PersonInput,
): Promise<string | undefined> {
  return withActor(db, actor, async (trx) => {
    if (!(await ownsHousehold(trx, actor, householdId))) return undefined;
    const { id } = await trx
      .insertInto('person')
      .values({
        ...personRow(person),
        household_id: householdId,
        organisation_id: actor.organisationId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await touchHousehold(trx, householdId);
    await appendAudit(trx, actor, {
      action: 'creation',
      entity: 'person',
      entityId: id,
      householdId,
    });
    return id;
  });
}

/**
 * Changes the given fields of a person of the actor's organisation, search keys included.
 * Returns false when the person is not the organisation's. Audited as a modification.
 */
export function updatePerson(
  db: Kysely<Database>,
  actor: Actor,
  personId: string,
  change: Partial<PersonInput>,
): Promise<boolean> {
  return withActor(db, actor, async (trx) => {
    const current = await trx
      .selectFrom('person')
      .select(['household_id', 'first_name', 'last_name'])
      .where('id', '=', personId)
      .where('organisation_id', '=', actor.organisationId)
      .executeTakeFirst();
    if (current === undefined) return false;
    const firstName = change.firstName?.trim() ?? current.first_name;
    const lastName = change.lastName?.trim() ?? current.last_name;
    await trx
      .updateTable('person')
      .set({
        ...(change.role !== undefined ? { role: change.role } : {}),
        ...(change.birthDate !== undefined ? { birth_date: change.birthDate } : {}),
        ...(change.email !== undefined ? { email: change.email } : {}),
        ...(change.phone !== undefined
          ? { phone: change.phone, phone_key: phoneKey(change.phone) }
          : {}),
        first_name: firstName,
        last_name: lastName,
        name_key: nameKey(firstName, lastName),
        phonetic_key: phoneticKey(firstName, lastName),
      })
      .where('id', '=', personId)
      .execute();
    await touchHousehold(trx, current.household_id);
    await appendAudit(trx, actor, {
      action: 'modification',
      entity: 'person',
      entityId: personId,
      householdId: current.household_id,
    });
    return true;
  });
}
