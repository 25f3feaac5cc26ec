import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, type BuiltUser } from '../test/factories.ts';
import { openFreshDatabase, type FreshDatabase } from '../test/fresh-database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { MAX_ATTEMPTS, startJobRunner, type RunningJob } from './queue.ts';

// The in-process queue: jobs run oldest first, a failure is kept with its message, and a job a
// crash left `en_cours` is taken again at start (its attempt counted), then failed after
// MAX_ATTEMPTS interruptions.

let fresh: FreshDatabase;
let user: BuiltUser;

async function insertJob(kind: string, status: 'en_attente' | 'en_cours', attempts = 0) {
  const { id } = await fresh.handle.db
    .insertInto('job')
    .values({
      kind,
      payload: JSON.stringify({ n: 1 }),
      organisation_id: user.organisation.id,
      user_id: user.id,
      role: user.role,
      status,
      attempts,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

function jobRow(id: string) {
  return fresh.handle.db
    .selectFrom('job')
    .select(['status', 'attempts', 'error'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

beforeAll(async () => {
  fresh = await openFreshDatabase();
  await migrateToLatest(fresh.handle.db);
  user = await buildUser(fresh.handle.db, { role: 'coordinateur' });
});
afterAll(async () => {
  await fresh.handle.close();
  await fresh.drop();
});

describe('job runner', () => {
  it('resumes a job left running by a crash, fails a thrice-interrupted one, keeps errors', async () => {
    const seen: RunningJob[] = [];
    const interrupted = await insertJob('compter', 'en_cours', 1);
    const worn = await insertJob('compter', 'en_cours', MAX_ATTEMPTS);
    const failing = await insertJob('echouer', 'en_attente');
    const runner = startJobRunner(fresh.handle.db, {
      compter: (_db, job) => {
        seen.push(job);
        return Promise.resolve();
      },
      echouer: () => Promise.reject(new Error('Fichier introuvable.')),
    });
    await runner.idle();
    await runner.stop();
    expect(seen.map((job) => [job.id, job.attempt, job.actor.userId])).toEqual([
      [interrupted, 2, user.id],
    ]);
    expect(await jobRow(interrupted)).toEqual({ status: 'terminee', attempts: 2, error: null });
    expect(await jobRow(worn)).toEqual({
      status: 'echouee',
      attempts: MAX_ATTEMPTS,
      error: 'Interrompue plusieurs fois par un arrêt du serveur.',
    });
    expect(await jobRow(failing)).toEqual({
      status: 'echouee',
      attempts: 1,
      error: 'Fichier introuvable.',
    });
  });
});
