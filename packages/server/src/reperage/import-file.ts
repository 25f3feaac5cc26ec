import { createReadStream } from 'node:fs';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../db/with-actor.ts';
import { startJobRunner } from '../jobs/queue.ts';
import { canReperage } from './policy.ts';
import { DomainError } from '../http/domain-error.ts';
import { createImport, savedMapping } from './imports.ts';
import { reperageJobHandlers } from './job-handlers.ts';
import type { RejectedRow } from './tables.ts';
import { previewFile, storeUpload, uploadFolder } from './uploads.ts';

/** The outcome of an import run from the command line. */
export interface FileImportResult {
  importId: string;
  existing: boolean;
  status: string;
  rowsTotal: number;
  rowsValid: number;
  rowsRejected: number;
  report: RejectedRow[];
  error: string | null;
}

/**
 * Imports a file from disk under an agreement, as the user with that e-mail (a member of a party
 * who may import), with the partner's saved mapping or the recognised French headers, and runs the
 * job here to its end, calling `onProgress` (0..1) as it goes. For `znr import`.
 */
export async function importFileAs(
  db: Kysely<Database>,
  input: {
    email: string;
    agreementId: string;
    partner: string;
    filePath: string;
    dataDir: string;
    maxBytes: number;
    onProgress?: (progress: number) => void;
  },
): Promise<FileImportResult> {
  const memberships = await db
    .selectFrom('membership as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .innerJoin('data_agreement as a', (join) =>
      join
        .on('a.id', '=', input.agreementId)
        .on((eb) => eb(eb.ref('m.organisation_id'), '=', eb.fn.any('a.parties'))),
    )
    .select(['m.user_id', 'm.organisation_id', 'm.role'])
    .where('u.email', '=', input.email.trim().toLowerCase())
    .where('u.disabled', '=', false)
    .execute();
  const membership = memberships.find((m) => canReperage(m.role, 'import.write'));
  if (membership === undefined) {
    throw new DomainError(
      'convention_inutilisable',
      `${input.email} n’est membre d’aucune organisation partie à la convention ${input.agreementId} avec un rôle qui importe (ambassadeur, travailleur social, coordinateur).`,
    );
  }
  const actor: Actor = {
    userId: membership.user_id,
    organisationId: membership.organisation_id,
    role: membership.role,
  };
  const folder = uploadFolder(input.dataDir);
  const stored = await storeUpload(folder, createReadStream(input.filePath), input.maxBytes);
  const saved = await savedMapping(db, actor, input.partner);
  const { mapping } = await previewFile(stored.path, stored.format, saved, 0);
  const created = await createImport(
    db,
    actor,
    {
      uploadId: stored.uploadId,
      agreementId: input.agreementId,
      partner: input.partner,
      mapping,
      fileName: input.filePath.split(/[\\/]/).pop() ?? input.filePath,
    },
    folder,
  );
  if (created === undefined) {
    throw new DomainError('convention_inutilisable', 'Convention introuvable.');
  }
  const read = () =>
    db
      .selectFrom('partner_import')
      .select([
        'status',
        'progress',
        'rows_total',
        'rows_valid',
        'rows_rejected',
        'report',
        'error',
      ])
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
  const runner = startJobRunner(db, reperageJobHandlers, undefined, 200);
  const timer = setInterval(() => {
    read().then(
      (row) => input.onProgress?.(row.progress),
      () => undefined,
    );
  }, 500);
  try {
    await runner.idle();
  } finally {
    clearInterval(timer);
    await runner.stop();
  }
  const row = await read();
  input.onProgress?.(row.progress);
  return {
    importId: created.id,
    existing: created.existing,
    status: row.status,
    rowsTotal: row.rows_total,
    rowsValid: row.rows_valid,
    rowsRejected: row.rows_rejected,
    report: row.report,
    error: row.error,
  };
}
