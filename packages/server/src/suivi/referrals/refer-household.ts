import type { Kysely } from 'kysely';
import { appendAudit } from '../../audit/chain.ts';
import type { Database } from '../../db/schema.ts';
import { withActor, type Actor } from '../../db/with-actor.ts';
import { touchHousehold } from '../touch-household.ts';
import type { SharedPart } from '../vocabulary.ts';
import { DomainError } from '../../http/domain-error.ts';
import { insertConsent, ownsHousehold } from '../consents/record-consent.ts';

/** A referral and the consent the person gives for it, recorded together. */
export interface ReferralInput {
  toOrganisationId: string;
  purpose: string;
  shares: SharedPart[];
  consent: { method: 'oral' | 'ecrit'; givenOn: string; personId?: string | null | undefined };
}

/**
 * Refers a household of the actor's organisation to a partner organisation of the same territory,
 * recording the person's consent to share with that partner in the same transaction. Returns the
 * referral's id, or undefined when the household is not the organisation's.
 */
export function referHousehold(
  db: Kysely<Database>,
  actor: Actor,
  householdId: string,
  input: ReferralInput,
): Promise<string | undefined> {
  return withActor(db, actor, async (trx) => {
    if (!(await ownsHousehold(trx, actor, householdId))) return undefined;
    const partner = await trx
      .selectFrom('organisation as partner')
      .innerJoin('organisation as own', 'own.territory_id', 'partner.territory_id')
      .select('partner.id')
      .where('partner.id', '=', input.toOrganisationId)
      .where('own.id', '=', actor.organisationId)
      .executeTakeFirst();
    if (partner === undefined || partner.id === actor.organisationId) {
      throw new DomainError(
        'organisation_introuvable',
        'toOrganisationId : choisissez une autre organisation partenaire de votre territoire.',
      );
    }
    const consentId = await insertConsent(trx, actor, householdId, {
      scope: 'partage',
      partnerOrganisationId: partner.id,
      ...input.consent,
    });
    const { id } = await trx
      .insertInto('referral')
      .values({
        household_id: householdId,
        from_organisation_id: actor.organisationId,
        to_organisation_id: partner.id,
        consent_id: consentId,
        purpose: input.purpose.trim(),
        shares: input.shares,
        created_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await touchHousehold(trx, householdId);
    await appendAudit(trx, actor, {
      action: 'creation',
      entity: 'referral',
      entityId: id,
      householdId,
    });
    return id;
  });
}
