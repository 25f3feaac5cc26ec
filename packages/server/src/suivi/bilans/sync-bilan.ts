import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../db/with-actor.ts';
import type { ConsentMethod } from '../vocabulary.ts';
import {
  insertHousehold,
  type HouseholdInput,
  type PersonInput,
} from '../households/create-household.ts';
import { insertConsent, ownsHousehold } from '../consents/record-consent.ts';
import {
  bilanByClientId,
  hasBilanConsent,
  insertBilan,
  saveOnce,
  type BilanInput,
  type SavedBilan,
} from './save-bilan.ts';

/** A bilan sent from the device, with where it goes and the consent the person gave for it. */
export interface BilanSyncInput {
  clientId: string;
  household: { id: string } | { create: HouseholdInput & { persons: PersonInput[] } };
  consent: { method: ConsentMethod; givenOn: string };
  bilan: Omit<BilanInput, 'clientId'>;
}

/**
 * Saves a bilan made on a device — possibly offline, sent later by its queue — in one transaction:
 * the case file (an existing household of the organisation, or a new one made from the bilan's
 * answers), the person's consent of scope `bilan` (recorded unless one is already standing), and
 * the bilan. Idempotent on `clientId`: sent again, it answers with what the first send saved.
 */
export function syncBilan(
  db: Kysely<Database>,
  actor: Actor,
  input: BilanSyncInput,
): Promise<SavedBilan | { refused: 'introuvable' }> {
  return saveOnce(db, actor, input.clientId, async (trx) => {
    const saved = await bilanByClientId(trx, actor, input.clientId);
    if (saved) return saved;
    let householdId: string;
    if ('id' in input.household) {
      if (!(await ownsHousehold(trx, actor, input.household.id))) {
        return { refused: 'introuvable' as const };
      }
      householdId = input.household.id;
    } else {
      householdId = await insertHousehold(trx, actor, input.household.create);
    }
    if (!(await hasBilanConsent(trx, householdId))) {
      await insertConsent(trx, actor, householdId, { scope: 'bilan', ...input.consent });
    }
    return insertBilan(trx, actor, householdId, { ...input.bilan, clientId: input.clientId });
  });
}
