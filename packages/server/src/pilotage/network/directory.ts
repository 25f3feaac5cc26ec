import { sql, type Kysely, type Transaction } from 'kysely';
import { appendAudit } from '../../audit/chain.ts';
import type { Database } from '../../db/schema.ts';
import { withActor, type Actor } from '../../db/with-actor.ts';
import { isoDate } from '../../db/iso-date.ts';
import type { DiService, DiStructure } from './data-inclusion.ts';
import { needTerms } from './need-search.ts';
import { serviceColumns, serviceRecord, structureColumns, structureRecord } from './records.ts';

/** A structure of the directory with its services, as the API lists them. */
export interface DirectoryEntry {
  key: string;
  organisationId: string | null;
  structure: DiStructure;
  services: { key: string; service: DiService; matches: boolean }[];
}

type Trx = Transaction<Database>;

function structures(trx: Trx) {
  return trx.selectFrom('network_structure').selectAll().select(isoDate('date_maj').as('date_maj'));
}

function services(trx: Trx) {
  return trx.selectFrom('network_service').selectAll().select(isoDate('date_maj').as('date_maj'));
}

function matching(terms: string[][]) {
  return sql<boolean>`(${sql.join(
    terms.map(
      (alternatives) =>
        sql`(${sql.join(
          alternatives.map((word) => sql`search_key like ${`% ${word}%`}`),
          sql` or `,
        )})`,
    ),
    sql` and `,
  )})`;
}

/**
 * The territory's directory, by structure name. With a question ("qui appeler pour un problème de
 * CAF ?"), only the structures that answer the need, by themselves or through a service; the
 * services that answer it are flagged `matches`.
 */
export function listDirectory(
  db: Kysely<Database>,
  actor: Actor,
  question?: string,
): Promise<DirectoryEntry[]> {
  return withActor(db, actor, async (trx) => {
    const terms = question ? needTerms(question) : [];
    const allServices = await services(trx).orderBy('nom').execute();
    const matchingServices = new Set(
      terms.length === 0
        ? allServices.map((row) => row.id)
        : (
            await trx.selectFrom('network_service').select('id').where(matching(terms)).execute()
          ).map((row) => row.id),
    );
    let query = structures(trx).orderBy('nom');
    if (terms.length > 0) {
      const viaServices = allServices
        .filter((row) => matchingServices.has(row.id))
        .map((row) => row.structure_id);
      query = query.where((eb) =>
        viaServices.length > 0
          ? eb.or([matching(terms), eb('id', 'in', viaServices)])
          : matching(terms),
      );
    }
    const rows = await query.execute();
    return rows.map((row) => ({
      key: row.id,
      organisationId: row.organisation_id,
      structure: structureRecord(row),
      services: allServices
        .filter((service) => service.structure_id === row.id)
        .map((service) => ({
          key: service.id,
          service: serviceRecord(service, row.di_id),
          matches: terms.length > 0 && matchingServices.has(service.id),
        })),
    }));
  });
}

/** Inserts or updates a structure by its schema id; returns its key. */
async function upsertStructure(
  trx: Trx,
  actor: Actor,
  record: DiStructure,
  organisationId: string | null | undefined,
): Promise<string> {
  const columns = {
    ...structureColumns(record),
    ...(organisationId === undefined ? {} : { organisation_id: organisationId }),
  };
  const { id } = await trx
    .insertInto('network_structure')
    .values({ ...columns, territory_id: sql<string>`znr_territory()`, created_by: actor.userId })
    .onConflict((oc) =>
      oc.columns(['territory_id', 'di_id']).doUpdateSet({ ...columns, updated_at: new Date() }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Inserts or updates a service by its schema id, under the structure whose schema id it names. */
async function upsertService(trx: Trx, actor: Actor, record: DiService): Promise<string | null> {
  const structure = await trx
    .selectFrom('network_structure')
    .select(['id', 'nom'])
    .where('di_id', '=', record.structure_id)
    .executeTakeFirst();
  if (structure === undefined) return null;
  const columns = { ...serviceColumns(record, structure.nom), structure_id: structure.id };
  const { id } = await trx
    .insertInto('network_service')
    .values({ ...columns, territory_id: sql<string>`znr_territory()`, created_by: actor.userId })
    .onConflict((oc) =>
      oc.columns(['territory_id', 'di_id']).doUpdateSet({ ...columns, updated_at: new Date() }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Saves one structure (created or edited by its schema id); audited. */
export function saveStructure(
  db: Kysely<Database>,
  actor: Actor,
  record: DiStructure,
  organisationId: string | null,
): Promise<string> {
  return withActor(db, actor, async (trx) => {
    const id = await upsertStructure(trx, actor, record, organisationId);
    await appendAudit(trx, actor, {
      action: 'modification',
      entity: 'network_structure',
      entityId: id,
    });
    return id;
  });
}

/** Saves one service; null when its structure is not in the directory. Audited. */
export function saveService(
  db: Kysely<Database>,
  actor: Actor,
  record: DiService,
): Promise<string | null> {
  return withActor(db, actor, async (trx) => {
    const id = await upsertService(trx, actor, record);
    if (id !== null) {
      await appendAudit(trx, actor, {
        action: 'modification',
        entity: 'network_service',
        entityId: id,
      });
    }
    return id;
  });
}

/** Deletes a structure and its services, or one service; false when none the actor may delete. */
export function deleteDirectoryEntry(
  db: Kysely<Database>,
  actor: Actor,
  table: 'network_structure' | 'network_service',
  id: string,
): Promise<boolean> {
  return withActor(db, actor, async (trx) => {
    const deleted = await trx.deleteFrom(table).where('id', '=', id).executeTakeFirst();
    if (deleted.numDeletedRows === 0n) return false;
    await appendAudit(trx, actor, { action: 'suppression', entity: table, entityId: id });
    return true;
  });
}

/** A record of an imported file that was not taken, and why (each field, in French). */
export interface RejectedRecord {
  kind: 'structure' | 'service';
  index: number;
  id: string | null;
  issues: { field: string; message: string }[];
}

/**
 * Imports already-validated records in one transaction: structures first, then the services
 * whose structure exists (in the file or already in the directory); the others are rejected.
 */
export function importDirectory(
  db: Kysely<Database>,
  actor: Actor,
  file: { structures: DiStructure[]; services: { index: number; record: DiService }[] },
): Promise<{ structures: number; services: number; rejected: RejectedRecord[] }> {
  return withActor(db, actor, async (trx) => {
    for (const record of file.structures) await upsertStructure(trx, actor, record, undefined);
    const rejected: RejectedRecord[] = [];
    let saved = 0;
    for (const { index, record } of file.services) {
      if ((await upsertService(trx, actor, record)) === null) {
        rejected.push({
          kind: 'service',
          index,
          id: record.id,
          issues: [
            {
              field: 'structure_id',
              message: `aucune structure « ${record.structure_id} » dans le fichier ni dans l’annuaire`,
            },
          ],
        });
      } else saved += 1;
    }
    await appendAudit(trx, actor, { action: 'import', entity: 'network_structure' });
    return { structures: file.structures.length, services: saved, rejected };
  });
}

/** The whole directory of the territory as data·inclusion records. */
export function exportDirectory(
  db: Kysely<Database>,
  actor: Actor,
): Promise<{ structures: DiStructure[]; services: DiService[] }> {
  return withActor(db, actor, async (trx) => {
    const structureRows = await structures(trx).orderBy('nom').execute();
    const diIds = new Map(structureRows.map((row) => [row.id, row.di_id]));
    const serviceRows = await services(trx).orderBy('nom').execute();
    return {
      structures: structureRows.map(structureRecord),
      services: serviceRows.map((row) => serviceRecord(row, diIds.get(row.structure_id) ?? '')),
    };
  });
}
