import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import { withActor, type Actor } from '../db/with-actor.ts';
import { enqueueJob } from '../jobs/queue.ts';
import { DomainError } from '../http/domain-error.ts';
import { usableAgreement } from './agreements.ts';
import { planMapping } from './mapping.ts';
import { detectFormat } from './read-partner-file.ts';
import type { ColumnMapping } from './tables.ts';
import { previewFile, uploadPath } from './uploads.ts';

/** The job kind of an import. */
export const IMPORT_JOB = 'import';

/** What the job of an import carries. */
export interface ImportJobPayload {
  importId: string;
  /** Absolute path of the waiting file: any runner of this machine can take the job. */
  filePath: string;
}

/** What a party's member confirms after the preview. */
export interface ImportRequest {
  uploadId: string;
  agreementId: string;
  partner: string;
  mapping: ColumnMapping;
  fileName: string;
}

async function sha256(filePath: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(filePath)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The mapping saved for a partner of the actor's organisation, if any. */
export function savedMapping(
  db: Kysely<Database>,
  actor: Actor,
  partner: string,
): Promise<ColumnMapping | undefined> {
  return withActor(db, actor, async (trx) => {
    const row = await trx
      .selectFrom('partner_column_mapping')
      .select('mapping')
      .where('organisation_id', '=', actor.organisationId)
      .where('partner', '=', partner)
      .executeTakeFirst();
    return row?.mapping;
  });
}

async function saveMapping(
  trx: Transaction<Database>,
  actor: Actor,
  partner: string,
  mapping: ColumnMapping,
): Promise<void> {
  await trx
    .insertInto('partner_column_mapping')
    .values({
      organisation_id: actor.organisationId,
      partner,
      mapping: JSON.stringify(mapping),
      updated_by: actor.userId,
    })
    .onConflict((oc) =>
      oc.columns(['organisation_id', 'partner']).doUpdateSet({
        mapping: JSON.stringify(mapping),
        updated_by: actor.userId,
        updated_at: new Date(),
      }),
    )
    .execute();
}

/**
 * Creates the import of an uploaded file under an agreement and queues its job, after checking
 * the agreement (active, in its dates, the organisation a party) and the mapping (every mapped
 * field shared by the agreement). Idempotent: the same file (SHA-256) under the same agreement
 * gives back the existing import, and the new copy is deleted. Undefined when the agreement is not
 * visible to the actor.
 */
export async function createImport(
  db: Kysely<Database>,
  actor: Actor,
  request: ImportRequest,
  folder: string,
): Promise<{ id: string; existing: boolean } | undefined> {
  const filePath = uploadPath(folder, request.uploadId);
  const format = await detectFormat(filePath).catch(() => {
    throw new DomainError(
      'fichier_illisible',
      'Fichier déposé introuvable : déposez-le à nouveau.',
    );
  });
  const digest = await sha256(filePath);
  const preview = await previewFile(filePath, format, undefined, 0);
  const created = await withActor(db, actor, async (trx) => {
    const usable = await usableAgreement(trx, request.agreementId);
    if (usable === undefined) return undefined;
    planMapping(preview.header, request.mapping, usable.agreement.fields);
    const existing = await trx
      .selectFrom('partner_import')
      .select('id')
      .where('agreement_id', '=', request.agreementId)
      .where('file_sha256', '=', digest)
      .executeTakeFirst();
    if (existing !== undefined) return { id: existing.id, existing: true };
    const { id } = await trx
      .insertInto('partner_import')
      .values({
        agreement_id: request.agreementId,
        organisation_id: actor.organisationId,
        partner: request.partner,
        file_name: request.fileName,
        file_sha256: digest,
        file_format: format,
        mapping: JSON.stringify(request.mapping),
        created_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await saveMapping(trx, actor, request.partner, request.mapping);
    const payload: ImportJobPayload = { importId: id, filePath };
    await enqueueJob(trx, actor, IMPORT_JOB, payload);
    await appendAudit(trx, actor, { action: 'creation', entity: 'partner_import', entityId: id });
    return { id, existing: false };
  }).catch((error: unknown) => {
    if (
      error instanceof Error &&
      /partner_import_agreement_id_file_sha256_key/.test(error.message)
    ) {
      throw new DomainError(
        'fichier_illisible',
        'Ce fichier a déjà été importé sous cette convention par une autre organisation.',
      );
    }
    throw error;
  });
  if (created === undefined || created.existing) await rm(filePath, { force: true });
  return created;
}

/** Identity fields of a stored record, the address in one line. */
export function identityRow(
  recordId: string,
  organisationId: string,
  identity: Record<string, string>,
) {
  const address = [identity.numero_voie, identity.adresse, identity.complement_adresse]
    .filter((part) => part !== undefined && part !== '')
    .join(' ');
  return {
    record_id: recordId,
    organisation_id: organisationId,
    last_name: identity.nom ?? null,
    birth_name: identity.nom_naissance ?? null,
    first_names: identity.prenoms ?? null,
    birth_date: identity.date_naissance ?? null,
    sex: identity.sexe ?? null,
    address: address === '' ? null : address,
    postcode: identity.code_postal ?? null,
    commune: identity.commune ?? null,
    phone: identity.telephone ?? null,
    email: identity.email ?? null,
  };
}
