import type { Kysely } from 'kysely';
import { appendAudit } from '../../audit/chain.ts';
import type { Database } from '../../db/schema.ts';
import { withActor, type Actor } from '../../db/with-actor.ts';
import type { HouseholdInput } from './create-household.ts';

/**
 * Changes the household's address fields (only the given ones). Returns false when the actor's
 * organisation may not change it (not its household). Audited as a modification.
 */
export function updateHousehold(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  input: HouseholdInput,
): Promise<boolean> {
  return withActor(db, actor, async (trx) => {
    const result = await trx
      .updateTable('household')
      .set({
        ...(input.address !== undefined ? { address: input.address } : {}),
        ...(input.inseeCode !== undefined ? { insee_code: input.inseeCode } : {}),
        ...(input.commune !== undefined ? { commune: input.commune } : {}),
        ...(input.quartier !== undefined ? { quartier: input.quartier } : {}),
        ...(input.qpv !== undefined ? { qpv: input.qpv } : {}),
        ...(input.socialFollowUp !== undefined ? { social_follow_up: input.socialFollowUp } : {}),
        ...(input.metInOutreach !== undefined ? { met_in_outreach: input.metInOutreach } : {}),
        last_activity_at: new Date(),
      })
      .where('id', '=', id)
      .where('organisation_id', '=', actor.organisationId)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) return false;
    await appendAudit(trx, actor, {
      action: 'modification',
      entity: 'household',
      entityId: id,
      householdId: id,
    });
    return true;
  });
}
