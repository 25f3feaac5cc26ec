import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from '../../audit/chain.ts';
import type { Database } from '../../db/schema.ts';
import { withActor, type Actor } from '../../db/with-actor.ts';
import { touchHousehold } from '../touch-household.ts';
import { ownsHousehold } from '../consents/record-consent.ts';

/** The bilan as the web app exports it (`version` is the engine's), with the person's answers. */
export interface BilanInput {
  version: string;
  parametersVersion?: string | undefined;
  period: string;
  answers: unknown;
  situation: unknown;
  results: unknown;
  /** The device's id of this bilan: a save sent again finds the first one (idempotent). */
  clientId?: string | undefined;
}

/** A bilan saved now (`created`), or found already saved under the same client id. */
export type SavedBilan = { id: string; householdId: string; created: boolean };

/** The bilan the organisation already holds under `clientId`, if any. */
export async function bilanByClientId(
  trx: Transaction<Database>,
  actor: Actor,
  clientId: string | undefined,
): Promise<SavedBilan | undefined> {
  if (clientId === undefined) return undefined;
  const row = await trx
    .selectFrom('bilan')
    .select(['id', 'household_id'])
    .where('organisation_id', '=', actor.organisationId)
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  return row && { id: row.id, householdId: row.household_id, created: false };
}

/** Whether a standing (not withdrawn) consent of scope `bilan` covers the household. */
export async function hasBilanConsent(
  trx: Transaction<Database>,
  householdId: string,
): Promise<boolean> {
  const consent = await trx
    .selectFrom('consent')
    .select('id')
    .where('household_id', '=', householdId)
    .where('scope', '=', 'bilan')
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return consent !== undefined;
}

/** Inserts the bilan in the caller's transaction (consent already checked), audited. */
export async function insertBilan(
  trx: Transaction<Database>,
  actor: Actor,
  householdId: string,
  input: BilanInput,
): Promise<SavedBilan> {
  const { id } = await trx
    .insertInto('bilan')
    .values({
      household_id: householdId,
      organisation_id: actor.organisationId,
      author_id: actor.userId,
      period: input.period,
      engine_version: input.version,
      parameters_version: input.parametersVersion ?? input.version,
      situation: JSON.stringify({ answers: input.answers, situation: input.situation }),
      results: JSON.stringify(input.results),
      client_id: input.clientId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await touchHousehold(trx, householdId);
  await appendAudit(trx, actor, {
    action: 'creation',
    entity: 'bilan',
    entityId: id,
    householdId,
  });
  return { id, householdId, created: true };
}

/**
 * Runs `save` in a transaction of `actor`; when two sends of the same client id race, the unique
 * index refuses the second insert, and the bilan the first one saved is returned instead.
 */
export async function saveOnce<T>(
  db: Kysely<Database>,
  actor: Actor,
  clientId: string | undefined,
  save: (trx: Transaction<Database>) => Promise<T>,
): Promise<T | SavedBilan> {
  try {
    return await withActor(db, actor, save);
  } catch (error) {
    const saved = await withActor(db, actor, (trx) => bilanByClientId(trx, actor, clientId));
    if (saved) return saved;
    throw error;
  }
}

/**
 * Saves a bilan to a household of the actor's organisation, keeping earlier ones as history.
 * Refuses when the household is not the organisation's or when no standing consent of scope
 * `bilan` covers it: the interface asks for that consent before saving.
 */
export function saveBilan(
  db: Kysely<Database>,
  actor: Actor,
  householdId: string,
  input: BilanInput,
): Promise<SavedBilan | { refused: 'introuvable' | 'consentement_manquant' }> {
  return saveOnce(db, actor, input.clientId, async (trx) => {
    const saved = await bilanByClientId(trx, actor, input.clientId);
    if (saved) return saved;
    if (!(await ownsHousehold(trx, actor, householdId))) return { refused: 'introuvable' as const };
    if (!(await hasBilanConsent(trx, householdId))) {
      return { refused: 'consentement_manquant' as const };
    }
    return insertBilan(trx, actor, householdId, input);
  });
}
