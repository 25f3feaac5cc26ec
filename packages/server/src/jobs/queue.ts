import type { FastifyBaseLogger } from 'fastify';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../db/with-actor.ts';
import type { Role } from '../tenancy/roles.ts';

// Jobs run in-process from the `job` table (ARCHITECTURE.md): a request queues a job in its own
// transaction, the runner of this process takes jobs one at a time (two cores are shared with the
// web requests) and a job left `en_cours` by a crash is taken again at the next start.

declare module 'fastify' {
  interface FastifyInstance {
    /** The job runner of this process (imports, linkage runs). */
    jobs: JobRunner;
  }
}

/** A job as its handler sees it: who queued it (it runs under their rights) and its payload. */
export interface RunningJob {
  readonly id: string;
  readonly kind: string;
  readonly payload: unknown;
  readonly actor: Actor;
  /** 1 on the first run, more when resumed after a crash. */
  readonly attempt: number;
}

/** Runs one kind of job; throws to mark it failed (the message, in French, is kept). */
export type JobHandler = (db: Kysely<Database>, job: RunningJob) => Promise<void>;

/** How many times a job interrupted by a crash is taken again before it is marked failed. */
export const MAX_ATTEMPTS = 3;

/** Queues a job inside the caller's transaction (opened by withActor): it exists iff that commits. */
export async function enqueueJob(
  trx: Transaction<Database>,
  actor: Actor,
  kind: string,
  payload: unknown,
): Promise<string> {
  const { id } = await trx
    .insertInto('job')
    .values({
      kind,
      payload: JSON.stringify(payload),
      organisation_id: actor.organisationId,
      user_id: actor.userId,
      role: actor.role ?? '',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The in-process job runner. */
export interface JobRunner {
  /** Looks for work now (after a job was queued) instead of at the next poll. */
  wake: () => void;
  /** Resolves when no job is running nor waiting (for tests and the CLI). */
  idle: () => Promise<void>;
  stop: () => Promise<void>;
}

/**
 * Starts the runner: first puts back the jobs a crash left `en_cours` (or fails them after
 * {@link MAX_ATTEMPTS}), then takes waiting jobs oldest first, polling every `pollMs`.
 */
export function startJobRunner(
  db: Kysely<Database>,
  handlers: Readonly<Record<string, JobHandler>>,
  log?: FastifyBaseLogger,
  pollMs = 1000,
): JobRunner {
  let stopped = false;
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;

  const recover = sql`
    update job set locked_at = null,
      status = case when attempts >= ${MAX_ATTEMPTS} then 'echouee' else 'en_attente' end,
      error = case when attempts >= ${MAX_ATTEMPTS}
        then 'Interrompue plusieurs fois par un arrêt du serveur.' end
    where status = 'en_cours'`.execute(db);

  const claim = async () => {
    const rows = await sql<{
      id: string;
      kind: string;
      payload: unknown;
      organisation_id: string;
      user_id: string | null;
      role: string;
      attempts: number;
    }>`
      update job set status = 'en_cours', locked_at = now(), attempts = attempts + 1
      where id = (select id from job where status = 'en_attente' order by created_at limit 1
                  for update skip locked)
      returning id, kind, payload, organisation_id, user_id, role, attempts`.execute(db);
    return rows.rows[0];
  };

  const runOne = async (): Promise<boolean> => {
    const row = await claim();
    if (row === undefined) return false;
    const handler = handlers[row.kind];
    try {
      if (handler === undefined) throw new Error(`Type de tâche inconnu : ${row.kind}`);
      await handler(db, {
        id: row.id,
        kind: row.kind,
        payload: typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload,
        actor: {
          userId: row.user_id ?? '',
          organisationId: row.organisation_id,
          role: row.role as Role,
        },
        attempt: row.attempts,
      });
      await db
        .updateTable('job')
        .set({ status: 'terminee', progress: 1, finished_at: new Date(), locked_at: null })
        .where('id', '=', row.id)
        .execute();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log?.error({ err: error, job: row.id, kind: row.kind }, 'tâche en échec');
      await db
        .updateTable('job')
        .set({ status: 'echouee', error: message, finished_at: new Date(), locked_at: null })
        .where('id', '=', row.id)
        .execute();
    }
    return true;
  };

  // Set when a job is queued during a pass: the pass then looks once more before resting.
  let again = false;
  const drain = async () => {
    await recover;
    do {
      again = false;
      while (!stopped && (await runOne()));
    } while (again && !stopped);
  };

  const wake = () => {
    if (stopped) return;
    if (running !== undefined) {
      again = true;
      return;
    }
    running = drain()
      .catch((error: unknown) => log?.error({ err: error }, 'file des tâches en échec'))
      .finally(() => {
        running = undefined;
      });
  };

  const schedule = () => {
    timer = setTimeout(() => {
      wake();
      if (!stopped) schedule();
    }, pollMs);
    timer.unref();
  };
  wake();
  schedule();

  return {
    wake,
    idle: async () => {
      for (;;) {
        await running;
        const waiting = await db
          .selectFrom('job')
          .select('id')
          .where('status', 'in', ['en_attente', 'en_cours'])
          .limit(1)
          .execute();
        if (waiting.length === 0 && running === undefined) return;
        wake();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    stop: async () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await running;
    },
  };
}
