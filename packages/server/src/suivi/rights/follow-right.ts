import type { BenefitId } from '@znr/rules';
import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from '../../audit/chain.ts';
import type { Database } from '../../db/schema.ts';
import { withActor, type Actor } from '../../db/with-actor.ts';
import { touchHousehold } from '../touch-household.ts';
import type { ClosureReason, RightStage } from '../vocabulary.ts';
import { DomainError } from '../../http/domain-error.ts';

/** The fields of a followed right that a professional sets. */
export interface RightChange {
  stage?: RightStage | undefined;
  inChargeOrganisationId?: string | null | undefined;
  estimatedMonthly?: number | null | undefined;
  actualMonthly?: number | null | undefined;
  closureReason?: ClosureReason | null | undefined;
  closureNote?: string | null | undefined;
}

const closedWithReason: RightStage[] = ['refuse', 'abandonne'];

function checkReason(change: RightChange): void {
  if (
    change.stage !== undefined &&
    closedWithReason.includes(change.stage) &&
    (change.closureReason ?? undefined) === undefined
  ) {
    throw new DomainError(
      'motif_manquant',
      'closureReason : indiquez le motif du refus ou de l’abandon.',
    );
  }
}

async function recordStage(
  trx: Transaction<Database>,
  actor: Actor,
  right: { id: string; household_id: string; organisation_id: string },
  stage: RightStage,
): Promise<void> {
  await trx
    .insertInto('right_stage_history')
    .values({
      right_id: right.id,
      household_id: right.household_id,
      organisation_id: right.organisation_id,
      stage,
      changed_by: actor.userId,
      changed_by_organisation_id: actor.organisationId,
    })
    .execute();
}

/**
 * Starts following a benefit for a household (one click from a bilan: the benefit and its
 * estimated amount). Row-level security lets the household's organisation do it, and one that
 * received a referral sharing the household's rights. Returns the right's id, or undefined when the
 * household is not visible; throws when visible but not writable.
 */
export function openRight(
  db: Kysely<Database>,
  actor: Actor,
  householdId: string,
  input: RightChange & { benefit: BenefitId; bilanId?: string | null | undefined },
): Promise<string | undefined> {
  checkReason(input);
  return withActor(db, actor, async (trx) => {
    // The household's own organisation, or one it was referred to with its rights shared.
    const household = await trx
      .selectFrom('household')
      .select('organisation_id')
      .where('id', '=', householdId)
      .executeTakeFirst();
    if (household === undefined) return undefined;
    const stage = input.stage ?? 'identifie';
    const row = await trx
      .insertInto('right_follow_up')
      .values({
        household_id: householdId,
        organisation_id: household.organisation_id,
        benefit: input.benefit,
        stage,
        in_charge_organisation_id: input.inChargeOrganisationId ?? null,
        estimated_monthly: input.estimatedMonthly ?? null,
        actual_monthly: input.actualMonthly ?? null,
        closure_reason: input.closureReason ?? null,
        closure_note: input.closureNote ?? null,
        bilan_id: input.bilanId ?? null,
      })
      .onConflict((oc) => oc.columns(['household_id', 'benefit']).doNothing())
      .returning(['id', 'household_id', 'organisation_id'])
      .executeTakeFirst();
    if (row === undefined) {
      throw new DomainError(
        'droit_deja_suivi',
        'benefit : ce droit est déjà suivi pour ce ménage.',
      );
    }
    await recordStage(trx, actor, row, stage);
    await appendAudit(trx, actor, {
      action: 'creation',
      entity: 'right',
      entityId: row.id,
      householdId,
    });
    return row.id;
  });
}

/**
 * Moves a followed right on (stage, amounts, organisation in charge, reason). The household's
 * organisation may, and so may an organisation that received a referral sharing its rights (the
 * CAF marks RSA opened). Returns false when the actor's organisation may not see the right.
 */
export function updateRight(
  db: Kysely<Database>,
  actor: Actor,
  rightId: string,
  change: RightChange,
): Promise<boolean> {
  checkReason(change);
  return withActor(db, actor, async (trx) => {
    const row = await trx
      .updateTable('right_follow_up')
      .set({
        ...(change.stage !== undefined ? { stage: change.stage } : {}),
        ...(change.inChargeOrganisationId !== undefined
          ? { in_charge_organisation_id: change.inChargeOrganisationId }
          : {}),
        ...(change.estimatedMonthly !== undefined
          ? { estimated_monthly: change.estimatedMonthly }
          : {}),
        ...(change.actualMonthly !== undefined ? { actual_monthly: change.actualMonthly } : {}),
        ...(change.closureReason !== undefined ? { closure_reason: change.closureReason } : {}),
        ...(change.closureNote !== undefined ? { closure_note: change.closureNote } : {}),
        updated_at: new Date(),
      })
      .where('id', '=', rightId)
      .returning(['id', 'household_id', 'organisation_id'])
      .executeTakeFirst();
    if (row === undefined) return false;
    if (change.stage !== undefined) await recordStage(trx, actor, row, change.stage);
    await touchHousehold(trx, row.household_id);
    await appendAudit(trx, actor, {
      action: 'modification',
      entity: 'right',
      entityId: row.id,
      householdId: row.household_id,
    });
    return true;
  });
}
