import type { BenefitId } from '@znr/rules';
import { sql, type Kysely } from 'kysely';
import { appendAudit } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import { withActor, type Actor } from '../db/with-actor.ts';
import { DomainError } from '../http/domain-error.ts';
import { isoDate } from '../db/iso-date.ts';
import type { BlockageStatus, Institution } from './vocabulary.ts';

/** What a professional writes when raising a blockage (examples without any name). */
export interface BlockageInput {
  title: string;
  description: string;
  benefit?: BenefitId | null | undefined;
  institution: Institution;
  institutionOther?: string | null | undefined;
  examples?: string | null | undefined;
}

/** What the coordination edits afterwards. */
export interface BlockageUpdate extends BlockageInput {
  ownerId?: string | null | undefined;
  answer?: string | null | undefined;
}

/** A status move: when it happened and a note. */
export interface StatusMove {
  status: BlockageStatus;
  on: string;
  note?: string | null | undefined;
}

/** A blockage as the API returns it, with its history. */
export interface Blockage {
  id: string;
  organisationId: string;
  organisationName: string;
  title: string;
  description: string;
  benefit: BenefitId | null;
  institution: Institution;
  institutionOther: string | null;
  examples: string | null;
  status: BlockageStatus;
  ownerId: string | null;
  ownerName: string | null;
  raisedOn: string;
  transmittedOn: string | null;
  resolvedOn: string | null;
  answer: string | null;
  history: { status: BlockageStatus; on: string; note: string | null; byName: string | null }[];
}

/** The moves the register allows; a closed blockage may be reopened (en cours). */
const nextStatuses: Record<BlockageStatus, readonly BlockageStatus[]> = {
  signale: ['transmis', 'en_cours', 'sans_suite'],
  transmis: ['en_cours', 'resolu', 'sans_suite'],
  en_cours: ['resolu', 'sans_suite'],
  resolu: ['en_cours'],
  sans_suite: ['en_cours'],
};

function textColumns(input: BlockageInput) {
  return {
    title: input.title.trim(),
    description: input.description.trim(),
    benefit: input.benefit || null,
    institution: input.institution,
    institution_other:
      input.institution === 'autre' ? input.institutionOther?.trim() || null : null,
    examples: input.examples?.trim() || null,
  };
}

/** Raises a blockage (status signalé) in the actor's territory, history included; audited. */
export function raiseBlockage(
  db: Kysely<Database>,
  actor: Actor,
  input: BlockageInput & { raisedOn?: string | undefined },
): Promise<string> {
  return withActor(db, actor, async (trx) => {
    const { id } = await trx
      .insertInto('blockage')
      .values({
        ...textColumns(input),
        territory_id: sql<string>`znr_territory()`,
        organisation_id: actor.organisationId,
        ...(input.raisedOn ? { raised_on: input.raisedOn } : {}),
        created_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('blockage_status_change')
      .values({
        blockage_id: id,
        territory_id: sql<string>`znr_territory()`,
        status: 'signale',
        ...(input.raisedOn ? { changed_on: input.raisedOn } : {}),
        changed_by: actor.userId,
      })
      .execute();
    await appendAudit(trx, actor, { action: 'creation', entity: 'blockage', entityId: id });
    return id;
  });
}

/** Edits a blockage's text, owner and answer; false when the actor may not. */
export function updateBlockage(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  input: BlockageUpdate,
): Promise<boolean> {
  return withActor(db, actor, async (trx) => {
    const updated = await trx
      .updateTable('blockage')
      .set({
        ...textColumns(input),
        owner_id: input.ownerId ?? null,
        answer: input.answer?.trim() || null,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) return false;
    await appendAudit(trx, actor, { action: 'modification', entity: 'blockage', entityId: id });
    return true;
  });
}

/**
 * Moves a blockage to its next status, on the given day, and records who did it. Transmis sets
 * the transmission date, résolu and sans suite the closing date; reopening clears the latter.
 */
export function moveBlockage(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  move: StatusMove,
): Promise<boolean> {
  return withActor(db, actor, async (trx) => {
    const current = await trx
      .selectFrom('blockage')
      .select(['status', 'territory_id'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (current === undefined) return false;
    if (!nextStatuses[current.status].includes(move.status)) {
      throw new DomainError(
        'transition_interdite',
        `status : un blocage « ${current.status} » ne peut pas passer à « ${move.status} ».`,
      );
    }
    const closing = move.status === 'resolu' || move.status === 'sans_suite';
    const updated = await trx
      .updateTable('blockage')
      .set({
        status: move.status,
        ...(move.status === 'transmis' ? { transmitted_on: move.on } : {}),
        resolved_on: closing ? move.on : null,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) return false;
    await trx
      .insertInto('blockage_status_change')
      .values({
        blockage_id: id,
        territory_id: current.territory_id,
        status: move.status,
        changed_on: move.on,
        note: move.note?.trim() || null,
        changed_by: actor.userId,
      })
      .execute();
    await appendAudit(trx, actor, { action: 'modification', entity: 'blockage', entityId: id });
    return true;
  });
}

/** Filters of the register. */
export interface BlockageFilter {
  status?: BlockageStatus | undefined;
  institution?: Institution | undefined;
  benefit?: BenefitId | undefined;
}

/** The territory's register, open ones first, with each blockage's history. */
export function listBlockages(
  db: Kysely<Database>,
  actor: Actor,
  filter: BlockageFilter,
): Promise<Blockage[]> {
  return withActor(db, actor, async (trx) => {
    let query = trx
      .selectFrom('blockage as b')
      .innerJoin('organisation as o', 'o.id', 'b.organisation_id')
      .leftJoin('app_user as u', 'u.id', 'b.owner_id')
      .select([
        'b.id',
        'b.organisation_id',
        'o.name as organisation_name',
        'b.title',
        'b.description',
        'b.benefit',
        'b.institution',
        'b.institution_other',
        'b.examples',
        'b.status',
        'b.owner_id',
        'u.display_name as owner_name',
        isoDate('b.raised_on').as('raised_on'),
        isoDate('b.transmitted_on').as('transmitted_on'),
        isoDate('b.resolved_on').as('resolved_on'),
        'b.answer',
      ])
      .orderBy(sql`b.status in ('resolu', 'sans_suite')`)
      .orderBy('b.raised_on', 'desc');
    if (filter.status) query = query.where('b.status', '=', filter.status);
    if (filter.institution) query = query.where('b.institution', '=', filter.institution);
    if (filter.benefit) query = query.where('b.benefit', '=', filter.benefit);
    const rows = await query.execute();
    const ids = rows.map((row) => row.id);
    const history = ids.length
      ? await trx
          .selectFrom('blockage_status_change as h')
          .leftJoin('app_user as u', 'u.id', 'h.changed_by')
          .select([
            'h.blockage_id',
            'h.status',
            isoDate('h.changed_on').as('changed_on'),
            'h.note',
            'u.display_name',
          ])
          .where('h.blockage_id', 'in', ids)
          .orderBy('h.changed_at')
          .execute()
      : [];
    return rows.map((row) => ({
      id: row.id,
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
      title: row.title,
      description: row.description,
      benefit: row.benefit,
      institution: row.institution,
      institutionOther: row.institution_other,
      examples: row.examples,
      status: row.status,
      ownerId: row.owner_id,
      ownerName: row.owner_name,
      raisedOn: row.raised_on ?? '',
      transmittedOn: row.transmitted_on,
      resolvedOn: row.resolved_on,
      answer: row.answer,
      history: history
        .filter((h) => h.blockage_id === row.id)
        .map((h) => ({
          status: h.status,
          on: h.changed_on ?? '',
          note: h.note,
          byName: h.display_name,
        })),
    }));
  });
}
