import { sql, type Kysely } from 'kysely';
import { appendAudit } from '../../audit/chain.ts';
import type { Database } from '../../db/schema.ts';
import { withActor, type Actor } from '../../db/with-actor.ts';
import { enqueueJob, type JobHandler } from '../../jobs/queue.ts';
import { detect, type Candidate } from '../detection/detect.ts';
import { mergeCluster, type ClusterMember, type MergedRecord } from '../detection/merge-cluster.ts';
import { defaultSettings, type DetectionSettings } from '../detection/rules.ts';
import { DomainError } from '../../http/domain-error.ts';

/** What a coordinator asks for: a linkage run, the month to compute, local thresholds. */
export interface DetectionRequest {
  linkageRunId: string;
  /** 'YYYY-MM'; the current month when absent. */
  month?: string | undefined;
  settings?: Partial<DetectionSettings> | undefined;
}

/** Kind of the job that runs a detection (see jobs/queue.ts). */
export const DETECTION_JOB = 'detection';

/** Persons computed per step: the engine's batch and the progress bar move by this much. */
const STEP = 2000;

const currentMonth = (): string => new Date().toISOString().slice(0, 7);

/**
 * Creates a detection run over a finished linkage run of the coordinator's territory, whose
 * agreement is active and within its dates, and queues its job (which the caller wakes). Returns
 * the run's id, or undefined when the linkage run is not visible. The job runs
 * {@link executeDetection}.
 */
export function createDetectionRun(
  db: Kysely<Database>,
  actor: Actor,
  request: DetectionRequest,
): Promise<string | undefined> {
  return withActor(db, actor, async (trx) => {
    const run = await trx
      .selectFrom('linkage_run as r')
      .innerJoin('data_agreement as a', 'a.id', 'r.agreement_id')
      .select(['r.id', 'r.status', 'r.agreement_id', 'r.territory_id', 'a.status as agreement'])
      .select(sql<boolean>`current_date between a.valid_from and a.valid_to`.as('in_dates'))
      .where('r.id', '=', request.linkageRunId)
      .executeTakeFirst();
    if (run === undefined) return undefined;
    if (run.status !== 'terminee') {
      throw new DomainError(
        'transition_interdite',
        'linkageRunId : le rapprochement n’est pas terminé ; lancez la détection une fois qu’il l’est.',
      );
    }
    if (run.agreement !== 'active' || !run.in_dates) {
      throw new DomainError(
        'transition_interdite',
        'linkageRunId : la convention de ce rapprochement n’est pas active ou pas dans ses dates ; la détection ne peut pas tourner.',
      );
    }
    const { id } = await trx
      .insertInto('detection_run')
      .values({
        linkage_run_id: run.id,
        agreement_id: run.agreement_id,
        territory_id: run.territory_id,
        month: request.month ?? currentMonth(),
        settings: JSON.stringify({ ...defaultSettings, ...request.settings }),
        started_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, actor, { action: 'creation', entity: 'detection_run', entityId: id });
    await enqueueJob(trx, actor, DETECTION_JOB, { runId: id });
    return id;
  });
}

async function setProgress(
  db: Kysely<Database>,
  actor: Actor,
  runId: string,
  values: Partial<{
    status: 'en_cours' | 'terminee' | 'echouee';
    progress: number;
    stage: string;
    persons: number;
    candidates: number;
    error: string;
    finished_at: Date;
  }>,
): Promise<void> {
  await withActor(db, actor, (trx) =>
    trx.updateTable('detection_run').set(values).where('id', '=', runId).execute(),
  );
}

/** The merged persons of a linkage run (pseudonymous attributes, age in years). */
async function loadPersons(
  db: Kysely<Database>,
  actor: Actor,
  run: { id: string; linkage_run_id: string; month: string },
): Promise<MergedRecord[]> {
  return withActor(db, actor, async (trx) => {
    const rows = await trx
      .selectFrom('linkage_cluster_member as m')
      .innerJoin('partner_record as r', 'r.id', 'm.record_id')
      .innerJoin('partner_import as i', 'i.id', 'r.import_id')
      .select([
        'm.cluster_id',
        'm.record_id',
        'm.score',
        'r.attributes',
        'i.partner',
        'i.created_at',
      ])
      .where('m.run_id', '=', run.linkage_run_id)
      .orderBy('m.cluster_id')
      .execute();
    const ages = await sql<{ record_id: string; age: number }>`
      select record_id, age from linkage_run_ages(${run.linkage_run_id}::uuid, ${`${run.month}-01`}::date)`.execute(
      trx,
    );
    await appendAudit(trx, actor, {
      action: 'lecture',
      entity: 'linkage_run',
      entityId: run.linkage_run_id,
    });
    const age = new Map(ages.rows.map((a) => [a.record_id, a.age]));
    const clusters = new Map<number, ClusterMember[]>();
    for (const row of rows) {
      const members = clusters.get(row.cluster_id) ?? [];
      members.push({
        recordId: row.record_id,
        partner: row.partner,
        importedAt: row.created_at,
        score: row.score,
        attributes: row.attributes,
      });
      clusters.set(row.cluster_id, members);
    }
    return [...clusters].map(([clusterId, members]) => {
      const merged = mergeCluster(clusterId, members);
      const known = merged.recordIds.find((id) => age.has(id));
      if (known !== undefined && !('age' in merged.attributes)) {
        merged.attributes.age = age.get(known);
      }
      return merged;
    });
  });
}

/**
 * Runs a detection run: reads the clusters of its linkage run, merges each into one person,
 * runs the rules (the engine computes STEP persons per batch, the progress is saved after each)
 * and stores the candidates. A failure marks the run `echouee` with its message.
 */
export async function executeDetection(
  db: Kysely<Database>,
  actor: Actor,
  runId: string,
): Promise<void> {
  const run = await withActor(db, actor, (trx) =>
    trx.selectFrom('detection_run').selectAll().where('id', '=', runId).executeTakeFirstOrThrow(),
  );
  try {
    await setProgress(db, actor, runId, { status: 'en_cours', progress: 0, stage: 'lecture' });
    const persons = await loadPersons(db, actor, run);
    const settings: DetectionSettings = { ...defaultSettings, ...run.settings };
    const candidates: Candidate[] = [];
    for (let start = 0; start < persons.length; start += STEP) {
      candidates.push(...detect(persons.slice(start, start + STEP), run.month, settings));
      const done = Math.min(persons.length, start + STEP);
      await setProgress(db, actor, runId, {
        stage: 'calcul',
        progress: (0.9 * done) / persons.length,
        persons: done,
      });
    }
    await storeCandidates(db, actor, run, candidates);
    await setProgress(db, actor, runId, {
      status: 'terminee',
      progress: 1,
      stage: 'terminee',
      persons: persons.length,
      candidates: candidates.length,
      finished_at: new Date(),
    });
  } catch (error) {
    await setProgress(db, actor, runId, {
      status: 'echouee',
      error: error instanceof Error ? error.message : String(error),
      finished_at: new Date(),
    });
    throw error;
  }
}

async function storeCandidates(
  db: Kysely<Database>,
  actor: Actor,
  run: { id: string; territory_id: string },
  candidates: Candidate[],
): Promise<void> {
  await withActor(db, actor, async (trx) => {
    // A job resumed after a crash starts its run again: what a previous attempt stored goes first.
    await trx.deleteFrom('outreach_candidate').where('detection_run_id', '=', run.id).execute();
    for (let start = 0; start < candidates.length; start += 500) {
      await trx
        .insertInto('outreach_candidate')
        .values(
          candidates.slice(start, start + 500).map((c) => ({
            detection_run_id: run.id,
            territory_id: run.territory_id,
            rule_id: c.ruleId,
            benefits: c.benefits,
            cluster_id: c.clusterId,
            record_ids: c.recordIds,
            amount: c.amount,
            confidence: c.confidence,
            urgency: c.urgency,
            priority: c.priority,
            code_insee: c.codeInsee,
            explanation: c.explanation,
          })),
        )
        .execute();
    }
    await appendAudit(trx, actor, {
      action: 'creation',
      entity: 'outreach_candidate',
      entityId: run.id,
    });
  });
}

/** The job handler: runs the detection of `payload.runId` as the coordinator who asked for it. */
export const runDetectionJob: JobHandler = (db, job) =>
  executeDetection(db, job.actor, (job.payload as { runId: string }).runId);
