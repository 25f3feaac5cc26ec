import { sql, type Kysely } from 'kysely';
import { appendAudit } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import { withActor, type Actor } from '../db/with-actor.ts';
import { isoDate } from '../db/iso-date.ts';
import { assertTerritoryOrganisations } from './territory-organisations.ts';

/** A workshop between professionals, as entered. */
export interface WorkshopInput {
  heldOn: string;
  theme: string;
  organisationIds: string[];
  participants: number;
  followUps?: string | null | undefined;
}

/** A workshop as the API returns it. */
export interface Workshop extends WorkshopInput {
  id: string;
  followUps: string | null;
  createdBy: string | null;
}

function columns(input: WorkshopInput) {
  return {
    held_on: input.heldOn,
    theme: input.theme.trim(),
    organisation_ids: [...new Set(input.organisationIds)],
    participants: input.participants,
    follow_ups: input.followUps?.trim() || null,
  };
}

/** The territory's workshops, most recent first, optionally within [from, to]. */
export function listWorkshops(
  db: Kysely<Database>,
  actor: Actor,
  filter: { from?: string | undefined; to?: string | undefined },
): Promise<Workshop[]> {
  return withActor(db, actor, async (trx) => {
    let query = trx
      .selectFrom('workshop')
      .select([
        'id',
        isoDate('held_on').as('held_on'),
        'theme',
        'organisation_ids',
        'participants',
        'follow_ups',
        'created_by',
      ])
      .orderBy('workshop.held_on', 'desc')
      .orderBy('created_at', 'desc');
    if (filter.from) query = query.where('workshop.held_on', '>=', filter.from);
    if (filter.to) query = query.where('workshop.held_on', '<=', filter.to);
    const rows = await query.execute();
    return rows.map((row) => ({
      id: row.id,
      heldOn: row.held_on ?? '',
      theme: row.theme,
      organisationIds: row.organisation_ids,
      participants: row.participants,
      followUps: row.follow_ups,
      createdBy: row.created_by,
    }));
  });
}

/** Records a workshop of the actor's territory; audited. */
export function createWorkshop(
  db: Kysely<Database>,
  actor: Actor,
  input: WorkshopInput,
): Promise<string> {
  return withActor(db, actor, async (trx) => {
    await assertTerritoryOrganisations(trx, input.organisationIds, 'organisationIds');
    const { id } = await trx
      .insertInto('workshop')
      .values({
        ...columns(input),
        territory_id: sql<string>`znr_territory()`,
        created_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, actor, { action: 'creation', entity: 'workshop', entityId: id });
    return id;
  });
}

/** Replaces a workshop's fields; false when it is not one the actor may edit. */
export function updateWorkshop(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  input: WorkshopInput,
): Promise<boolean> {
  return withActor(db, actor, async (trx) => {
    await assertTerritoryOrganisations(trx, input.organisationIds, 'organisationIds');
    const updated = await trx
      .updateTable('workshop')
      .set({ ...columns(input), updated_at: new Date() })
      .where('id', '=', id)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) return false;
    await appendAudit(trx, actor, { action: 'modification', entity: 'workshop', entityId: id });
    return true;
  });
}

/** Deletes a workshop; false when it is not one the actor may delete. */
export function deleteWorkshop(db: Kysely<Database>, actor: Actor, id: string): Promise<boolean> {
  return withActor(db, actor, async (trx) => {
    const deleted = await trx.deleteFrom('workshop').where('id', '=', id).executeTakeFirst();
    if (deleted.numDeletedRows === 0n) return false;
    await appendAudit(trx, actor, { action: 'suppression', entity: 'workshop', entityId: id });
    return true;
  });
}
