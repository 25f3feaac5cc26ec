import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../audit/chain.ts';
import { scheduleDailyJobs } from '../../daily-jobs.ts';
import { todayInFrance } from '../../reperage/index.ts';
import { buildOrganisation, buildUser, type BuiltUser } from '../../test/factories.ts';
import { sessionCookie, startTestServer, type TestServer } from '../../test/test-server.ts';
import { answerReferral } from './answer-referral.ts';
import { createHousehold } from '../households/create-household.ts';
import { listTasks } from '../tasks/list-tasks.ts';
import { referHousehold } from './refer-household.ts';
import { remindWaitingReferrals } from './remind-waiting-referrals.ts';
import { createTask, deleteTask } from '../tasks/save-task.ts';

// The daily reminder of unanswered referrals: a task "Relancer …" for whoever sent the referral,
// created once, closed once the referral is answered; and the deletion of a task.

let server: TestServer;
let ambassador: BuiltUser;
let agent: BuiltUser;
let household = '';
let waiting = '';
let recent = '';

const actorOf = (user: BuiltUser) => ({
  userId: user.id,
  organisationId: user.organisation.id,
  role: user.role,
});

async function reminderTasks() {
  return server.db
    .selectFrom('task')
    .selectAll()
    .where('referral_id', 'is not', null)
    .orderBy('created_at')
    .execute();
}

beforeAll(async () => {
  server = await startTestServer();
  const ccas = await buildOrganisation(server.db, {
    type: 'ccas_cias',
    name: 'CCAS de Vénissieux',
  });
  const caf = await buildOrganisation(server.db, {
    territoryId: ccas.territory_id,
    type: 'caf',
    name: 'CAF du Rhône',
  });
  ambassador = await buildUser(server.db, { organisation: ccas });
  agent = await buildUser(server.db, { role: 'travailleur_social', organisation: caf });
  household = await createHousehold(server.db, actorOf(ambassador), {
    persons: [{ role: 'demandeur', firstName: 'Awa', lastName: 'Diallo' }],
  });
  const refer = (purpose: string) =>
    referHousehold(server.db, actorOf(ambassador), household, {
      toOrganisationId: caf.id,
      purpose,
      shares: ['personnes'],
      consent: { method: 'oral', givenOn: '2026-11-01' },
    });
  waiting = (await refer('Ouverture du RSA'))!;
  recent = (await refer('Aide au logement'))!;
  await sql`update referral set created_at = now() - interval '9 days 1 hour'
    where id = ${waiting}`.execute(server.db);
});
afterAll(() => server.close());

describe('remindWaitingReferrals', () => {
  it('says in a dry run which reminder it would create, and creates nothing', async () => {
    const report = await remindWaitingReferrals(server.db, { reminderAfterDays: 7, dryRun: true });
    expect(report.created).toEqual([
      {
        referralId: waiting,
        organisationId: ambassador.organisation.id,
        title:
          'Relancer CAF du Rhône : orientation « Ouverture du RSA » sans réponse depuis 9 jours',
      },
    ]);
    expect(await reminderTasks()).toEqual([]);
  });

  it('gives the sender a task due today for the waiting referral only, audited, once', async () => {
    const report = await remindWaitingReferrals(server.db, { reminderAfterDays: 7, dryRun: false });
    expect(report.created.map((c) => c.referralId)).toEqual([waiting]);
    const [task] = await reminderTasks();
    expect(task).toMatchObject({
      referral_id: waiting,
      organisation_id: ambassador.organisation.id,
      household_id: household,
      assignee_id: ambassador.id,
      status: 'a_faire',
      created_by: null,
    });
    // In "Mes tâches" of the ambassador; never in the receiving organisation's tasks.
    const mine = await listTasks(server.db, actorOf(ambassador), { mine: true });
    expect(mine.find((t) => t.id === task!.id)).toMatchObject({
      title: task!.title,
      due_on: todayInFrance(),
    });
    expect(await listTasks(server.db, actorOf(agent), { mine: false })).toEqual([]);
    // Audited in the sender's chain, by no user; the chains stay intact.
    const entry = await server.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', task!.id)
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({
      action: 'creation',
      user_id: null,
      organisation_id: ambassador.organisation.id,
      household_id: household,
    });
    expect((await verifyAuditChain(server.db)).problems).toEqual([]);

    const again = await remindWaitingReferrals(server.db, { reminderAfterDays: 7, dryRun: false });
    expect(again.created).toEqual([]);
    expect(await reminderTasks()).toHaveLength(1);
  });

  it('closes the reminder once the referral is answered', async () => {
    await answerReferral(server.db, actorOf(agent), waiting, { status: 'acceptee' });
    const report = await remindWaitingReferrals(server.db, { reminderAfterDays: 7, dryRun: false });
    expect(report.closed).toEqual([
      {
        referralId: waiting,
        organisationId: ambassador.organisation.id,
        outcome: 'Réponse reçue : orientation acceptée.',
      },
    ]);
    const [task] = await reminderTasks();
    expect(task).toMatchObject({
      status: 'faite',
      outcome: 'Réponse reçue : orientation acceptée.',
    });
    expect(
      (await remindWaitingReferrals(server.db, { reminderAfterDays: 7, dryRun: false })).closed,
    ).toEqual([]);
    expect((await verifyAuditChain(server.db)).problems).toEqual([]);
  });
});

describe('scheduleDailyJobs', () => {
  it('runs the reminders at start, without waiting a day', async () => {
    await sql`update referral set created_at = now() - interval '8 days'
      where id = ${recent}`.execute(server.db);
    const messages: string[] = [];
    const log = {
      info: (_fields: object, message: string) => messages.push(message),
      error: (_fields: object, message: string) => messages.push(message),
    } as unknown as FastifyBaseLogger;
    const jobs = scheduleDailyJobs(server.db, { ZNR_REFERRAL_REMINDER_DAYS: 7 }, log);
    await jobs.stop();
    expect(messages).toEqual([
      'purge de conservation',
      'purge des données des conventions',
      'relances des orientations sans réponse',
    ]);
    expect((await reminderTasks()).map((t) => t.referral_id)).toEqual([waiting, recent]);
  });
});

describe('deleteTask', () => {
  it('deletes a task of the organisation, audited; not one of another organisation', async () => {
    const id = (await createTask(server.db, actorOf(ambassador), household, { title: 'Doublon' }))!;
    expect(await deleteTask(server.db, actorOf(agent), id)).toBe(false);
    expect(await deleteTask(server.db, actorOf(ambassador), id)).toBe(true);
    expect(await server.db.selectFrom('task').select('id').where('id', '=', id).execute()).toEqual(
      [],
    );
    const actions = await server.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', id)
      .orderBy('at')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['creation', 'suppression']);
  });

  it('answers DELETE /api/tasks/:id with 204, then 404', async () => {
    const id = (await createTask(server.db, actorOf(ambassador), household, { title: 'Erreur' }))!;
    const cookie = await sessionCookie(server, ambassador);
    const remove = () =>
      server.app.inject({ method: 'DELETE', url: `/api/tasks/${id}`, headers: { cookie } });
    expect((await remove()).statusCode).toBe(204);
    expect((await remove()).statusCode).toBe(404);
  });
});
