import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import { withActor, type Actor } from '../db/with-actor.ts';
import { touchHousehold } from '../suivi/touch-household.ts';
import { ownsHousehold } from './record-consent.ts';

/** The bilan as the web app exports it (`version` is the engine's), with the person's answers. */
export interface BilanInput {
  version: string;
  parametersVersion?: string | undefined;
  period: string;
  answers: unknown;
  situation: unknown;
  results: unknown;
}

/**
 * Saves a bilan to a household of the actor's organisation, keeping earlier ones as history.
 * Refuses (undefined) when the household is not the organisation's or when no standing consent
 * of scope `bilan` covers it: the interface asks for that consent before saving.
 */
export function saveBilan(
  db: Kysely<Database>,
  actor: Actor,
  householdId: string,
  input: BilanInput,
): Promise<{ id: string } | { refused: 'introuvable' | 'consentement_manquant' }> {
  return withActor(db, actor, async (trx) => {
    if (!(await ownsHousehold(trx, actor, householdId))) return { refused: 'introuvable' };
    const consent = await trx
      .selectFrom('consent')
      .select('id')
      .where('household_id', '=', householdId)
      .where('scope', '=', 'bilan')
      .where('withdrawn_at', 'is', null)
      .executeTakeFirst();
    if (consent === undefined) return { refused: 'consentement_manquant' };
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
    return { id };
  });
}
