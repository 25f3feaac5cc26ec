import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { withActor, type Actor } from '../../db/with-actor.ts';

/** A detection run as the coordinator follows it (no personal data: counts and progress). */
export interface DetectionRunView {
  id: string;
  linkageRunId: string;
  month: string;
  status: 'en_attente' | 'en_cours' | 'terminee' | 'echouee';
  progress: number;
  stage: string | null;
  persons: number;
  candidates: number;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
}

/** The detection runs of the coordinator's territory, newest first (optionally one of them). */
export function listDetectionRuns(
  db: Kysely<Database>,
  actor: Actor,
  id?: string,
): Promise<DetectionRunView[]> {
  return withActor(db, actor, async (trx) => {
    let query = trx.selectFrom('detection_run').selectAll().orderBy('started_at', 'desc').limit(50);
    if (id !== undefined) query = query.where('id', '=', id);
    const rows = await query.execute();
    return rows.map((r) => ({
      id: r.id,
      linkageRunId: r.linkage_run_id,
      month: r.month,
      status: r.status,
      progress: r.progress,
      stage: r.stage,
      persons: r.persons,
      candidates: r.candidates,
      startedAt: r.started_at.toISOString(),
      finishedAt: r.finished_at?.toISOString() ?? null,
      error: r.error,
    }));
  });
}

/** A finished linkage run a detection can start from. */
export interface DetectableRun {
  id: string;
  agreementTitle: string;
  finishedAt: string | null;
  persons: number;
}

/** The finished linkage runs of the coordinator's territory, newest first. */
export function listDetectableRuns(db: Kysely<Database>, actor: Actor): Promise<DetectableRun[]> {
  return withActor(db, actor, async (trx) => {
    const rows = await trx
      .selectFrom('linkage_run as r')
      .innerJoin('data_agreement as a', 'a.id', 'r.agreement_id')
      .select(['r.id', 'a.title', 'r.finished_at', 'r.started_at'])
      .select((eb) =>
        eb
          .selectFrom('linkage_cluster_member as m')
          .whereRef('m.run_id', '=', 'r.id')
          .select(sql<string>`count(distinct m.cluster_id)`.as('n'))
          .as('persons'),
      )
      .where('r.status', '=', 'terminee')
      .orderBy('r.started_at', 'desc')
      .limit(50)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      agreementTitle: r.title,
      finishedAt: r.finished_at?.toISOString() ?? null,
      persons: Number(r.persons ?? 0),
    }));
  });
}
