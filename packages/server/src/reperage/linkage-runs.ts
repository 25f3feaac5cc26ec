import {
  clusterLinks,
  linkEncoded,
  type EncodedIdentity,
  type Link,
  type LinkProgress,
  type LinkQuality,
} from '@znr/linkage';
import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import { withActor, type Actor } from '../db/with-actor.ts';
import { enqueueJob, type RunningJob } from '../jobs/queue.ts';
import { DomainError } from '../http/domain-error.ts';
import { usableAgreement } from './agreements.ts';
import { unpackEncodings } from './encodings.ts';

/** The job kind of a linkage run. */
export const LINKAGE_JOB = 'rapprochement';

/** Minimum match probability of a kept link (the @znr/linkage default: more likely than not). */
export const LINK_THRESHOLD = 0.5;

const PAGE = 5000;

/** Quality figures of one pair of files, as stored on the run. */
export interface PairQuality {
  leftImportId: string;
  rightImportId: string;
  leftRecords: number;
  rightRecords: number;
  candidatePairs: number;
  keptPairs: number;
  expectedPrecision: number;
  expectedRecall: number;
  estimatedMatches: number;
  fields: { name: string; label: string; levels: string[]; m: number[]; u: number[] }[];
}

/** What a finished run stores in `linkage_run.quality`. */
export interface RunQuality {
  threshold: number;
  records: number;
  clusters: number;
  /** Number of clusters by how many files they span (1 = found in one file only). */
  clustersBySize: Record<string, number>;
  pairs: PairQuality[];
  seconds: number;
}

/**
 * Starts a linkage run over two or more finished imports of an agreement, after checking that the
 * agreement is usable today; the work runs as a job. Undefined when the agreement is not visible.
 */
export function createLinkageRun(
  db: Kysely<Database>,
  actor: Actor,
  input: { agreementId: string; importIds: string[] },
): Promise<string | undefined> {
  return withActor(db, actor, async (trx) => {
    const usable = await usableAgreement(trx, input.agreementId);
    if (usable === undefined) return undefined;
    const importIds = [...new Set(input.importIds)];
    const imports = await trx
      .selectFrom('partner_import')
      .select(['id', 'status'])
      .where('agreement_id', '=', input.agreementId)
      .where(
        'id',
        'in',
        importIds.length > 0 ? importIds : ['00000000-0000-0000-0000-000000000000'],
      )
      .execute();
    if (importIds.length < 2 || imports.length !== importIds.length) {
      throw new DomainError(
        'convention_inutilisable',
        'Choisissez au moins deux imports de cette convention à rapprocher.',
      );
    }
    if (imports.some((row) => row.status !== 'terminee')) {
      throw new DomainError(
        'convention_inutilisable',
        'Un des imports choisis n’est pas terminé : attendez sa fin avant de rapprocher.',
      );
    }
    const { id } = await trx
      .insertInto('linkage_run')
      .values({
        agreement_id: input.agreementId,
        territory_id: usable.agreement.territory_id,
        import_ids: importIds,
        started_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await enqueueJob(trx, actor, LINKAGE_JOB, { runId: id });
    await appendAudit(trx, actor, { action: 'creation', entity: 'linkage_run', entityId: id });
    return id;
  });
}

async function loadEncodings(
  db: Kysely<Database>,
  actor: Actor,
  importId: string,
): Promise<EncodedIdentity[]> {
  const records: EncodedIdentity[] = [];
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const page = await withActor(db, actor, (trx) =>
      trx
        .selectFrom('partner_record')
        .select(['id', 'encodings'])
        .where('import_id', '=', importId)
        .where('id', '>', after)
        .orderBy('id')
        .limit(PAGE)
        .execute(),
    );
    // The record's uuid replaces the partner's id: links then point at stored rows.
    for (const row of page) records.push({ ...unpackEncodings(row.encodings), id: row.id });
    if (page.length < PAGE) return records;
    after = page[page.length - 1]?.id ?? after;
  }
}

function pairQuality(left: string, right: string, quality: LinkQuality): PairQuality {
  return {
    leftImportId: left,
    rightImportId: right,
    leftRecords: quality.leftRecords,
    rightRecords: quality.rightRecords,
    candidatePairs: quality.candidatePairs,
    keptPairs: quality.keptPairs,
    expectedPrecision: quality.expectedPrecision,
    expectedRecall: quality.expectedRecall,
    estimatedMatches: quality.model.estimatedMatches,
    fields: quality.model.fields.map((field) => ({
      name: field.name,
      label: field.label,
      levels: [...field.levels],
      m: [...field.m],
      u: [...field.u],
    })),
  };
}

async function saveProgress(
  db: Kysely<Database>,
  actor: Actor,
  runId: string,
  progress: number,
  stage: string,
): Promise<void> {
  await withActor(db, actor, (trx) =>
    trx
      .updateTable('linkage_run')
      .set({ progress: Math.min(0.99, Math.max(0, progress)), stage })
      .where('id', '=', runId)
      .execute(),
  );
}

/** Each stage of a pair of files: its label and the share of the pair's work before it and in it. */
const STAGES: Record<LinkProgress['stage'], { label: string; from: number; span: number }> = {
  normalisation: { label: 'lecture des codes', from: 0, span: 0 },
  blocking: { label: 'recherche des paires candidates', from: 0, span: 0.15 },
  comparison: { label: 'comparaison des paires', from: 0.15, span: 0.7 },
  training: { label: 'estimation du modèle (EM)', from: 0.85, span: 0.1 },
  assignment: { label: 'appariement un à un', from: 0.95, span: 0.05 },
};

/**
 * Runs a linkage job: loads the encodings of each import (no identity in clear), links every pair
 * of files with linkEncoded, groups the links into clusters across files (most confident links
 * first, one record per file and cluster), stores each record's cluster and score, and the quality
 * figures. Progress is saved on the run as it goes.
 */
export async function runLinkage(db: Kysely<Database>, job: RunningJob): Promise<void> {
  const { runId } = job.payload as { runId: string };
  const { actor } = job;
  const started = performance.now();
  try {
    const run = await withActor(db, actor, async (trx) => {
      const row = await trx
        .selectFrom('linkage_run')
        .select(['agreement_id', 'import_ids'])
        .where('id', '=', runId)
        .executeTakeFirstOrThrow();
      if ((await usableAgreement(trx, row.agreement_id)) === undefined) {
        throw new Error('Convention introuvable.');
      }
      await trx
        .updateTable('linkage_run')
        .set({ status: 'en_cours', error: null, progress: 0, stage: 'lecture des codes' })
        .where('id', '=', runId)
        .execute();
      // A resumed run starts again from nothing.
      await trx.deleteFrom('linkage_cluster_member').where('run_id', '=', runId).execute();
      return row;
    });
    const files = [];
    for (const importId of run.import_ids) {
      files.push({ importId, records: await loadEncodings(db, actor, importId) });
    }
    const pairCount = (files.length * (files.length - 1)) / 2;
    const links: (Link & { probability: number })[] = [];
    const pairs: PairQuality[] = [];
    let done = 0;
    for (let i = 0; i < files.length; i++) {
      for (let j = i + 1; j < files.length; j++) {
        const left = files[i];
        const right = files[j];
        if (left === undefined || right === undefined) continue;
        let lastSaved = 0;
        const result = await linkEncoded(left.records, right.records, {
          threshold: LINK_THRESHOLD,
          onProgress: (progress) => {
            const now = performance.now();
            if (now - lastSaved < 1000) return;
            lastSaved = now;
            const within = progress.total > 0 ? progress.done / progress.total : 0;
            const { label: stage, from, span } = STAGES[progress.stage];
            const fraction = from + within * span;
            // Best effort: a progress write that fails must not stop the run.
            saveProgress(db, actor, runId, (done + fraction) / pairCount, stage).catch(
              () => undefined,
            );
          },
        });
        for (const pair of result.pairs) {
          links.push({
            a: { file: left.importId, id: pair.leftId },
            b: { file: right.importId, id: pair.rightId },
            probability: pair.probability,
          });
        }
        pairs.push(pairQuality(left.importId, right.importId, result.quality));
        done++;
        await saveProgress(db, actor, runId, done / pairCount, 'regroupement');
      }
    }
    links.sort((a, b) => b.probability - a.probability);
    const clusters = clusterLinks(links);
    const score = new Map<string, number>();
    for (const link of links) {
      for (const ref of [link.a, link.b]) {
        score.set(ref.id, Math.max(score.get(ref.id) ?? 0, link.probability));
      }
    }
    const members: { run_id: string; cluster_id: number; record_id: string; score: number }[] = [];
    const clustersBySize: Record<string, number> = {};
    let clusterId = 0;
    const clustered = new Set<string>();
    const addCluster = (recordIds: readonly string[]) => {
      clusterId++;
      const size = String(recordIds.length);
      clustersBySize[size] = (clustersBySize[size] ?? 0) + 1;
      for (const recordId of recordIds) {
        clustered.add(recordId);
        // A record alone in its cluster is certainly itself: score 1.
        const value = recordIds.length === 1 ? 1 : (score.get(recordId) ?? 0);
        members.push({ run_id: runId, cluster_id: clusterId, record_id: recordId, score: value });
      }
    };
    for (const cluster of clusters) addCluster(cluster.map((ref) => ref.id));
    for (const file of files) {
      for (const record of file.records) if (!clustered.has(record.id)) addCluster([record.id]);
    }
    for (let start = 0; start < members.length; start += PAGE) {
      await withActor(db, actor, (trx) =>
        trx
          .insertInto('linkage_cluster_member')
          .values(members.slice(start, start + PAGE))
          .execute(),
      );
    }
    const quality: RunQuality = {
      threshold: LINK_THRESHOLD,
      records: members.length,
      clusters: clusterId,
      clustersBySize,
      pairs,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
    await withActor(db, actor, async (trx) => {
      await trx
        .updateTable('linkage_run')
        .set({
          status: 'terminee',
          progress: 1,
          stage: null,
          quality: JSON.stringify(quality),
          finished_at: new Date(),
        })
        .where('id', '=', runId)
        .execute();
      await appendAudit(trx, actor, {
        action: 'modification',
        entity: 'linkage_run',
        entityId: runId,
      });
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await withActor(db, actor, (trx) =>
      trx
        .updateTable('linkage_run')
        .set({ status: 'echouee', error: message, finished_at: new Date() })
        .where('id', '=', runId)
        .execute(),
    );
    throw error;
  }
}

/** Runs of an agreement the actor manages, newest first. */
export function listLinkageRuns(db: Kysely<Database>, actor: Actor, agreementId: string) {
  return withActor(db, actor, (trx) =>
    trx
      .selectFrom('linkage_run')
      .selectAll()
      .where('agreement_id', '=', agreementId)
      .orderBy('started_at', 'desc')
      .execute(),
  );
}

/** One run, or undefined when the actor cannot see it. */
export function readLinkageRun(db: Kysely<Database>, actor: Actor, id: string) {
  return withActor(db, actor, (trx) =>
    trx.selectFrom('linkage_run').selectAll().where('id', '=', id).executeTakeFirst(),
  );
}
