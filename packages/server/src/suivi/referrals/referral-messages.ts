import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from '../../audit/chain.ts';
import type { Database } from '../../db/schema.ts';
import { withActor, type Actor } from '../../db/with-actor.ts';
import { DomainError } from '../../http/domain-error.ts';

// Messages on a referral: the two organisations of the referral write and read them, nobody else
// (row-level security: a message is visible when its referral is, and written by its author's
// organisation only). A reminder ("relance") is a message of the sending organisation.

async function visibleReferral(trx: Transaction<Database>, referralId: string) {
  return trx
    .selectFrom('referral')
    .select(['id', 'household_id', 'status', 'from_organisation_id', 'created_at'])
    .where('id', '=', referralId)
    .executeTakeFirst();
}

async function insertMessage(
  trx: Transaction<Database>,
  actor: Actor,
  referral: { id: string; household_id: string },
  body: string,
  kind: 'message' | 'relance',
): Promise<string> {
  const row = await trx
    .insertInto('referral_message')
    .values({
      referral_id: referral.id,
      organisation_id: actor.organisationId,
      author_id: actor.userId,
      body,
      kind,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await appendAudit(trx, actor, {
    action: kind === 'relance' ? 'relance' : 'creation',
    entity: 'referral_message',
    entityId: row.id,
    householdId: referral.household_id,
  });
  return row.id;
}

/** The referral's messages, oldest first, or undefined when the referral is not visible. */
export function listReferralMessages(db: Kysely<Database>, actor: Actor, referralId: string) {
  return withActor(db, actor, async (trx) => {
    const referral = await visibleReferral(trx, referralId);
    if (referral === undefined) return undefined;
    const rows = await trx
      .selectFrom('referral_message as m')
      .innerJoin('organisation as o', 'o.id', 'm.organisation_id')
      .leftJoin('app_user as u', 'u.id', 'm.author_id')
      .select(['m.id', 'm.body', 'm.kind', 'm.created_at', 'm.organisation_id'])
      .select(['o.name as organisation_name', 'u.display_name as author_name'])
      .where('m.referral_id', '=', referralId)
      .orderBy('m.created_at')
      .execute();
    await appendAudit(trx, actor, {
      action: 'lecture',
      entity: 'referral_message',
      entityId: referralId,
      householdId: referral.household_id,
    });
    return rows;
  });
}

/** Posts a message on a referral; undefined when the referral is not visible to the actor. */
export function postReferralMessage(
  db: Kysely<Database>,
  actor: Actor,
  referralId: string,
  body: string,
): Promise<string | undefined> {
  return withActor(db, actor, async (trx) => {
    const referral = await visibleReferral(trx, referralId);
    if (referral === undefined) return undefined;
    return insertMessage(trx, actor, referral, body, 'message');
  });
}

/**
 * The sending organisation's one-click reminder on a referral still `envoyee` after
 * `reminderAfterDays` days: a message asking for an answer. Undefined when not visible; throws
 * when the actor's organisation did not send it or when it does not wait yet.
 */
export function remindReferral(
  db: Kysely<Database>,
  actor: Actor,
  referralId: string,
  reminderAfterDays: number,
): Promise<string | undefined> {
  return withActor(db, actor, async (trx) => {
    const referral = await visibleReferral(trx, referralId);
    if (referral === undefined) return undefined;
    const days = Math.floor((Date.now() - referral.created_at.getTime()) / 86_400_000);
    if (
      referral.from_organisation_id !== actor.organisationId ||
      referral.status !== 'envoyee' ||
      days < reminderAfterDays
    ) {
      throw new DomainError(
        'relance_impossible',
        `id : seule l’organisation qui a envoyé l’orientation la relance, quand elle attend une réponse depuis plus de ${reminderAfterDays} jours.`,
      );
    }
    return insertMessage(
      trx,
      actor,
      referral,
      `Relance : cette orientation attend votre réponse depuis ${days} jours. Pouvez-vous l’accepter ou la refuser ?`,
      'relance',
    );
  });
}
