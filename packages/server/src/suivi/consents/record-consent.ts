import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from '../../audit/chain.ts';
import type { Database } from '../../db/schema.ts';
import { withActor, type Actor } from '../../db/with-actor.ts';
import type { ConsentMethod, ConsentScope } from '../vocabulary.ts';
import { seesHousehold } from '../sees-household.ts';

/** A consent as the professional records it, at the moment it is needed. */
export interface ConsentInput {
  scope: ConsentScope;
  method: ConsentMethod;
  givenOn: string;
  personId?: string | null | undefined;
  partnerOrganisationId?: string | null | undefined;
}

/** Inserts a consent in the caller's transaction (row-level security checks the household). */
export async function insertConsent(
  trx: Transaction<Database>,
  actor: Actor,
  householdId: string,
  input: ConsentInput,
): Promise<string> {
  const { id } = await trx
    .insertInto('consent')
    .values({
      household_id: householdId,
      organisation_id: actor.organisationId,
      person_id: input.personId ?? null,
      scope: input.scope,
      partner_organisation_id: input.partnerOrganisationId ?? null,
      method: input.method,
      given_on: input.givenOn,
      recorded_by: actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await appendAudit(trx, actor, {
    action: 'creation',
    entity: 'consent',
    entityId: id,
    householdId,
  });
  return id;
}

/** Whether the household belongs to the actor's organisation (as row-level security sees it). */
export async function ownsHousehold(
  trx: Transaction<Database>,
  actor: Actor,
  householdId: string,
): Promise<boolean> {
  return seesHousehold(trx, householdId, actor.organisationId);
}

/** Records a consent on a household of the actor's organisation; undefined when not theirs. */
export function recordConsent(
  db: Kysely<Database>,
  actor: Actor,
  householdId: string,
  input: ConsentInput,
): Promise<string | undefined> {
  return withActor(db, actor, async (trx) =>
    (await ownsHousehold(trx, actor, householdId))
      ? insertConsent(trx, actor, householdId, input)
      : undefined,
  );
}

/**
 * Withdraws a consent: from now on, what it allowed stops (a referral it covers no longer shows
 * the household). Returns false when the consent is not the organisation's or already withdrawn.
 */
export function withdrawConsent(
  db: Kysely<Database>,
  actor: Actor,
  consentId: string,
): Promise<boolean> {
  return withActor(db, actor, async (trx) => {
    const row = await trx
      .updateTable('consent')
      .set({ withdrawn_at: new Date(), withdrawn_by: actor.userId })
      .where('id', '=', consentId)
      .where('organisation_id', '=', actor.organisationId)
      .where('withdrawn_at', 'is', null)
      .returning('household_id')
      .executeTakeFirst();
    if (row === undefined) return false;
    await appendAudit(trx, actor, {
      action: 'retrait',
      entity: 'consent',
      entityId: consentId,
      householdId: row.household_id,
    });
    return true;
  });
}
