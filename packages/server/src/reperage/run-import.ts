import { rm, stat } from 'node:fs/promises';
import { IdentityEncoder, normaliseIdentity } from '@znr/linkage';
import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import { withActor, type Actor } from '../db/with-actor.ts';
import type { RunningJob } from '../jobs/queue.ts';
import { usableAgreement } from './agreements.ts';
import { packEncodings } from './encodings.ts';
import { identityRow, type ImportJobPayload } from './imports.ts';
import { planMapping, type MappingPlan } from './mapping.ts';
import { readPartnerFile } from './read-partner-file.ts';
import { cellText } from './parse-value.ts';
import type { RejectedRow } from './tables.ts';
import { SeenIds } from './seen-ids.ts';
import { rowIdentity, validateRow, type ValidRow } from './validate-row.ts';

/** Rows written per transaction: large enough to amortise it, small enough to bound memory. */
const BATCH_ROWS = 500;

/** Counts of an import, kept on its row as it goes. */
interface Tally {
  total: number;
  valid: number;
  rejected: number;
  report: RejectedRow[];
}

/**
 * The rows of a batch whose id an earlier row of the file already has are taken out, counted as
 * rejected and reported on the id column: two rows with one id are two people the partner's file
 * cannot tell apart, and merging them would be a guess. `suspects` are the rows whose id hash was
 * met before (SeenIds); only their ids are looked up, in this batch then in the rows written. A
 * resumed import meets its own rows again (same line): those are not repeats.
 */
async function rejectDuplicateIds(
  trx: Transaction<Database>,
  importId: string,
  rows: readonly ValidRow[],
  suspects: ReadonlySet<ValidRow>,
  idColumn: string | null,
  tally: Tally,
): Promise<ValidRow[]> {
  if (suspects.size === 0) return [...rows];
  const firstLine = new Map<string, number>();
  const written = await trx
    .selectFrom('partner_record')
    .select(['source_id', 'line'])
    .where('import_id', '=', importId)
    .where('source_id', 'in', [...new Set([...suspects].map((row) => row.sourceId))])
    .execute();
  for (const { source_id: id, line } of written) {
    firstLine.set(id, Math.min(line, firstLine.get(id) ?? line));
  }
  const kept: ValidRow[] = [];
  for (const row of rows) {
    const first = firstLine.get(row.sourceId);
    if (first !== undefined && first < row.line) {
      tally.valid--;
      tally.rejected++;
      tally.report.push({
        line: row.line,
        column: idColumn,
        reason: `identifiant « ${row.sourceId} » déjà présent ligne ${first} : deux lignes d’un même fichier ne peuvent pas porter le même identifiant`,
      });
      continue;
    }
    if (first === undefined) firstLine.set(row.sourceId, row.line);
    kept.push(row);
  }
  return kept;
}

async function writeBatch(
  db: Kysely<Database>,
  actor: Actor,
  batch: {
    importId: string;
    agreementId: string;
    idColumn: string | null;
    suspects: ReadonlySet<ValidRow>;
  },
  encoder: IdentityEncoder,
  candidates: readonly ValidRow[],
  progress: number,
  tally: Tally,
): Promise<void> {
  const { importId, agreementId } = batch;
  await withActor(db, actor, async (trx) => {
    const rows = await rejectDuplicateIds(
      trx,
      importId,
      candidates,
      batch.suspects,
      batch.idColumn,
      tally,
    );
    if (rows.length > 0) {
      // A resumed import meets the rows it already wrote: (import, line) is unique, they are kept.
      const inserted = await trx
        .insertInto('partner_record')
        .values(
          rows.map((row) => ({
            import_id: importId,
            agreement_id: agreementId,
            organisation_id: actor.organisationId,
            line: row.line,
            source_id: row.sourceId,
            encodings: packEncodings(encoder.encode(normaliseIdentity(rowIdentity(row)))),
            attributes: JSON.stringify(row.attributes),
          })),
        )
        .onConflict((oc) => oc.columns(['import_id', 'line']).doNothing())
        .returning(['id', 'line'])
        .execute();
      const byLine = new Map(rows.map((row) => [row.line, row]));
      if (inserted.length > 0) {
        await trx
          .insertInto('partner_record_identity')
          .values(
            inserted.map(({ id, line }) =>
              identityRow(id, actor.organisationId, byLine.get(line)?.identity ?? {}),
            ),
          )
          .execute();
      }
      await appendAudit(trx, actor, {
        action: 'creation',
        entity: 'partner_import',
        entityId: importId,
      });
    }
    await trx
      .updateTable('partner_import')
      .set({
        progress: Math.min(progress, 0.99),
        rows_total: tally.total,
        rows_valid: tally.valid,
        rows_rejected: tally.rejected,
      })
      .where('id', '=', importId)
      .execute();
  });
}

async function finish(
  db: Kysely<Database>,
  actor: Actor,
  importId: string,
  outcome: { tally: Tally } | { error: string },
): Promise<void> {
  await withActor(db, actor, (trx) =>
    trx
      .updateTable('partner_import')
      .set(
        'error' in outcome
          ? { status: 'echouee', error: outcome.error, finished_at: new Date() }
          : {
              status: 'terminee',
              progress: 1,
              rows_total: outcome.tally.total,
              rows_valid: outcome.tally.valid,
              rows_rejected: outcome.tally.rejected,
              // Repeated ids are found batch by batch, after the batch's other reasons.
              report: JSON.stringify(outcome.tally.report.sort((a, b) => a.line - b.line)),
              finished_at: new Date(),
            },
      )
      .where('id', '=', importId)
      .execute(),
  );
}

/**
 * Runs an import job: checks the agreement again (it may have been suspended since), streams the
 * file row by row, keeps every valid row (pseudonymous codes and attributes in partner_record, the
 * clear identity in partner_record_identity), reports every rejected row (a repeated id included)
 * with its line, column and reason, saves progress as it goes, and deletes the raw file whatever happens.
 */
export async function runImport(db: Kysely<Database>, job: RunningJob): Promise<void> {
  const { importId, filePath } = job.payload as ImportJobPayload;
  const { actor } = job;
  try {
    const started = await withActor(db, actor, async (trx) => {
      const row = await trx
        .selectFrom('partner_import')
        .select(['agreement_id', 'mapping', 'file_format'])
        .where('id', '=', importId)
        .executeTakeFirstOrThrow();
      const usable = await usableAgreement(trx, row.agreement_id);
      if (usable === undefined) throw new Error('Convention introuvable.');
      await trx
        .updateTable('partner_import')
        .set({ status: 'en_cours', error: null })
        .where('id', '=', importId)
        .execute();
      return { ...row, ...usable };
    });
    const size = (await stat(filePath)).size;
    const encoder = new IdentityEncoder(started.key);
    const tally: Tally = { total: 0, valid: 0, rejected: 0, report: [] };
    let plan: MappingPlan | undefined;
    let batch: ValidRow[] = [];
    let suspects = new Set<ValidRow>();
    const seen = new SeenIds();
    const meter = { bytesRead: 0 };
    const flush = async (progress: number, idColumn: string | null) => {
      const target = { importId, agreementId: started.agreement_id, idColumn, suspects };
      await writeBatch(db, actor, target, encoder, batch, progress, tally);
      batch = [];
      suspects = new Set();
    };
    for await (const { line, cells } of readPartnerFile(filePath, started.file_format, meter)) {
      if (plan === undefined) {
        const header = cells.map((cell) => cellText(cell).trim());
        plan = planMapping(header, started.mapping, started.agreement.fields);
        continue;
      }
      const outcome = validateRow(line, cells, plan, started.file_format);
      if (outcome.kind === 'vide') continue;
      tally.total++;
      if (outcome.kind === 'rejetee') {
        tally.rejected++;
        tally.report.push(...outcome.reasons);
        continue;
      }
      tally.valid++;
      batch.push(outcome.row);
      if (seen.add(outcome.row.sourceId)) suspects.add(outcome.row);
      if (batch.length >= BATCH_ROWS) {
        await flush(meter.bytesRead / Math.max(1, size), plan.header[0] ?? null);
      }
    }
    if (plan === undefined) throw new Error('Le fichier n’a pas de ligne d’en-tête.');
    await flush(0.99, plan.header[0] ?? null);
    await finish(db, actor, importId, { tally });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await finish(db, actor, importId, { error: message });
    throw error;
  } finally {
    await rm(filePath, { force: true });
  }
}
