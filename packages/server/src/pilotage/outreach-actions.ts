import { sql, type Kysely, type Transaction } from 'kysely';
import { appendAudit } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import { withActor, type Actor } from '../db/with-actor.ts';
import { isoDate } from '../db/iso-date.ts';
import { findCommune } from '../tenancy/communes.ts';
import { assertTerritoryOrganisations } from './territory-organisations.ts';
import type { AgeBand, OutreachType, Sex } from './vocabulary.ts';

/** An outreach action as entered on the device. */
export interface OutreachActionInput {
  type: OutreachType;
  typeOther?: string | null | undefined;
  heldOn: string;
  durationMinutes?: number | null | undefined;
  inseeCode?: string | null | undefined;
  quartier?: string | null | undefined;
  qpv?: boolean | undefined;
  peopleMet: number;
  wentToBilan: number;
  wentToCaseFile: number;
  note?: string | null | undefined;
  counts: { ageBand: AgeBand; sex: Sex; people: number }[];
  team: { organisationId: string; userId?: string | null | undefined }[];
}

/** An action as the API returns it. */
export interface OutreachAction {
  id: string;
  clientId: string;
  organisationId: string;
  organisationName: string;
  type: OutreachType;
  typeOther: string | null;
  heldOn: string;
  durationMinutes: number | null;
  inseeCode: string | null;
  commune: string | null;
  quartier: string | null;
  qpv: boolean;
  peopleMet: number;
  wentToBilan: number;
  wentToCaseFile: number;
  note: string | null;
  counts: { ageBand: AgeBand; sex: Sex; people: number }[];
  team: { organisationId: string; userId: string | null }[];
  createdBy: string | null;
  createdAt: string;
}

/** Filters of the territory's list of actions. */
export interface ActionFilter {
  type?: OutreachType | undefined;
  from?: string | undefined;
  to?: string | undefined;
  organisationId?: string | undefined;
  inseeCode?: string | undefined;
  mine?: boolean | undefined;
  limit?: number | undefined;
}

function actionColumns(input: OutreachActionInput) {
  return {
    type: input.type,
    type_other: input.type === 'autre' ? (input.typeOther?.trim() ?? null) : null,
    held_on: input.heldOn,
    duration_minutes: input.durationMinutes ?? null,
    insee_code: input.inseeCode ?? null,
    commune: input.inseeCode ? (findCommune(input.inseeCode)?.name ?? null) : null,
    quartier: input.quartier?.trim() || null,
    qpv: input.qpv ?? false,
    people_met: input.peopleMet,
    went_to_bilan: input.wentToBilan,
    went_to_case_file: input.wentToCaseFile,
    note: input.note?.trim() || null,
  };
}

async function writeDetails(
  trx: Transaction<Database>,
  actionId: string,
  input: OutreachActionInput,
): Promise<void> {
  await assertTerritoryOrganisations(
    trx,
    input.team.map((member) => member.organisationId),
    'team',
  );
  await trx.deleteFrom('outreach_action_count').where('action_id', '=', actionId).execute();
  await trx.deleteFrom('outreach_action_team').where('action_id', '=', actionId).execute();
  const counts = input.counts.filter((count) => count.people > 0);
  if (counts.length > 0) {
    await trx
      .insertInto('outreach_action_count')
      .values(
        counts.map((c) => ({
          action_id: actionId,
          age_band: c.ageBand,
          sex: c.sex,
          people: c.people,
        })),
      )
      .execute();
  }
  if (input.team.length > 0) {
    await trx
      .insertInto('outreach_action_team')
      .values(
        input.team.map((member) => ({
          action_id: actionId,
          organisation_id: member.organisationId,
          user_id: member.userId ?? null,
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

/**
 * Records an action sent by a device's queue. Idempotent on `clientId`: sent again (a retry after
 * a lost answer), it returns the action the first send created, with `created: false`.
 */
export function saveOutreachAction(
  db: Kysely<Database>,
  actor: Actor,
  clientId: string,
  input: OutreachActionInput,
): Promise<{ id: string; created: boolean }> {
  return withActor(db, actor, async (trx) => {
    const inserted = await trx
      .insertInto('outreach_action')
      .values({
        ...actionColumns(input),
        territory_id: sql<string>`znr_territory()`,
        organisation_id: actor.organisationId,
        client_id: clientId,
        created_by: actor.userId,
      })
      .onConflict((oc) => oc.columns(['organisation_id', 'client_id']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted === undefined) {
      const existing = await trx
        .selectFrom('outreach_action')
        .select('id')
        .where('organisation_id', '=', actor.organisationId)
        .where('client_id', '=', clientId)
        .executeTakeFirstOrThrow();
      return { id: existing.id, created: false };
    }
    await writeDetails(trx, inserted.id, input);
    await appendAudit(trx, actor, {
      action: 'creation',
      entity: 'outreach_action',
      entityId: inserted.id,
    });
    return { id: inserted.id, created: true };
  });
}

/** Replaces an action's fields, counts and team; false when the actor may not edit it. */
export function updateOutreachAction(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  input: OutreachActionInput,
): Promise<boolean> {
  return withActor(db, actor, async (trx) => {
    const updated = await trx
      .updateTable('outreach_action')
      .set({ ...actionColumns(input), updated_at: new Date() })
      .where('id', '=', id)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) return false;
    await writeDetails(trx, id, input);
    await appendAudit(trx, actor, {
      action: 'modification',
      entity: 'outreach_action',
      entityId: id,
    });
    return true;
  });
}

/** Deletes an action; false when the actor may not (row-level security hides it from the delete). */
export function deleteOutreachAction(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
): Promise<boolean> {
  return withActor(db, actor, async (trx) => {
    const deleted = await trx.deleteFrom('outreach_action').where('id', '=', id).executeTakeFirst();
    if (deleted.numDeletedRows === 0n) return false;
    await appendAudit(trx, actor, {
      action: 'suppression',
      entity: 'outreach_action',
      entityId: id,
    });
    return true;
  });
}

/** The territory's actions, most recent first, with their counts and team. */
export function listOutreachActions(
  db: Kysely<Database>,
  actor: Actor,
  filter: ActionFilter,
): Promise<OutreachAction[]> {
  return withActor(db, actor, async (trx) => {
    let query = trx
      .selectFrom('outreach_action as a')
      .innerJoin('organisation as o', 'o.id', 'a.organisation_id')
      .select([
        'a.id',
        'a.client_id',
        'a.organisation_id',
        'o.name as organisation_name',
        'a.type',
        'a.type_other',
        isoDate('a.held_on').as('held_on'),
        'a.duration_minutes',
        'a.insee_code',
        'a.commune',
        'a.quartier',
        'a.qpv',
        'a.people_met',
        'a.went_to_bilan',
        'a.went_to_case_file',
        'a.note',
        'a.created_by',
        'a.created_at',
      ])
      .orderBy('a.held_on', 'desc')
      .orderBy('a.created_at', 'desc')
      .limit(filter.limit ?? 200);
    if (filter.type) query = query.where('a.type', '=', filter.type);
    if (filter.from) query = query.where('a.held_on', '>=', filter.from);
    if (filter.to) query = query.where('a.held_on', '<=', filter.to);
    if (filter.organisationId) query = query.where('a.organisation_id', '=', filter.organisationId);
    if (filter.inseeCode) query = query.where('a.insee_code', '=', filter.inseeCode);
    if (filter.mine) query = query.where('a.created_by', '=', actor.userId);
    const rows = await query.execute();
    const ids = rows.map((row) => row.id);
    const counts = ids.length
      ? await trx
          .selectFrom('outreach_action_count')
          .selectAll()
          .where('action_id', 'in', ids)
          .execute()
      : [];
    const team = ids.length
      ? await trx
          .selectFrom('outreach_action_team')
          .selectAll()
          .where('action_id', 'in', ids)
          .execute()
      : [];
    return rows.map((row) => ({
      id: row.id,
      clientId: row.client_id,
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
      type: row.type,
      typeOther: row.type_other,
      heldOn: row.held_on ?? '',
      durationMinutes: row.duration_minutes,
      inseeCode: row.insee_code,
      commune: row.commune,
      quartier: row.quartier,
      qpv: row.qpv,
      peopleMet: row.people_met,
      wentToBilan: row.went_to_bilan,
      wentToCaseFile: row.went_to_case_file,
      note: row.note,
      counts: counts
        .filter((c) => c.action_id === row.id)
        .map((c) => ({ ageBand: c.age_band, sex: c.sex, people: c.people })),
      team: team
        .filter((m) => m.action_id === row.id)
        .map((m) => ({ organisationId: m.organisation_id, userId: m.user_id })),
      createdBy: row.created_by,
      createdAt: row.created_at.toISOString(),
    }));
  });
}
