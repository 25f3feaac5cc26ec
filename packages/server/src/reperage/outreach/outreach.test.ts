import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withActor, type Actor } from '../../db/with-actor.ts';
import type { BuiltUser } from '../../test/factories.ts';
import { buildLinkedRun, sampleClusters, type LinkedRun } from '../fixtures.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';
import { assignCandidates, listAssignees } from './assign-candidates.ts';
import { updateRight } from '../../suivi/index.ts';
import { listMyCandidates } from './list-my-candidates.ts';
import { listOutreachCandidates } from './list-outreach-candidates.ts';
import { openCandidateHousehold } from './open-candidate-household.ts';
import { outreachConversion } from './outreach-conversion.ts';
import { recordOutreachOutcome } from './record-outreach-outcome.ts';
import { createDetectionRun, executeDetection } from './run-detection.ts';

let server: TestServer;
let run: LinkedRun;
let detectionRunId: string;

const actor = (user: BuiltUser): Actor => ({
  userId: user.id,
  organisationId: user.organisation.id,
  role: user.role,
});
const all = { limit: 100, offset: 0 };

beforeAll(async () => {
  server = await startTestServer();
  run = await buildLinkedRun(server.db, sampleClusters);
  const id = await createDetectionRun(server.db, actor(run.coordinator), {
    linkageRunId: run.linkageRunId,
    month: '2026-06',
  });
  detectionRunId = id!;
  // The detection is a job of the server's runner.
  server.app.jobs.wake();
  await server.app.jobs.idle();
});

afterAll(async () => {
  await server.close();
});

describe('detection run', () => {
  it('finds the candidates of the linked persons, ranked, without any name', async () => {
    const saved = await server.db
      .selectFrom('detection_run')
      .selectAll()
      .where('id', '=', detectionRunId)
      .executeTakeFirstOrThrow();
    expect(saved).toMatchObject({ status: 'terminee', progress: 1, persons: 3 });
    const list = await listOutreachCandidates(server.db, actor(run.coordinator), {
      runId: detectionRunId,
      ...all,
    });
    expect(list.items.map((c) => c.ruleId).sort()).toEqual([
      'impaye-sans-aide-logement',
      'salarie-sans-prime-activite',
      'senior-sans-aspa',
    ]);
    expect(saved.candidates).toBe(list.total);
    const priorities = list.items.map((c) => c.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    expect(list.items.every((c) => c.commune === 'Vénissieux')).toBe(true);
    // 76 years old (1950-03-01 → 2026-06-01), 600 € pension: ASPA = 12 523.14 / 12 − 600 = 443.60.
    expect(list.items.find((c) => c.ruleId === 'senior-sans-aspa')?.amount).toBe(443.6);
    const text = JSON.stringify(list);
    for (const name of ['Dupont', 'DUPONT', 'Martin', 'Marie', '0611223344', '1950']) {
      expect(text).not.toContain(name);
    }
    const filtered = await listOutreachCandidates(server.db, actor(run.coordinator), {
      runId: detectionRunId,
      ruleId: 'senior-sans-aspa',
      ...all,
    });
    expect(filtered.total).toBe(1);
  });

  it('a job resumed after a crash stores the same candidates, once', async () => {
    const ids = async () =>
      (
        await server.db
          .selectFrom('outreach_candidate')
          .select(['rule_id', 'cluster_id', 'amount'])
          .where('detection_run_id', '=', detectionRunId)
          .orderBy('rule_id')
          .execute()
      ).map((c) => `${c.rule_id}/${c.cluster_id}/${c.amount}`);
    const before = await ids();
    await executeDetection(server.db, actor(run.coordinator), detectionRunId);
    expect(await ids()).toEqual(before);
    const job = await server.db
      .selectFrom('job')
      .select(['kind', 'status'])
      .where('kind', '=', 'detection')
      .executeTakeFirstOrThrow();
    expect(job).toEqual({ kind: 'detection', status: 'terminee' });
  });

  it('refuses a linkage run whose agreement is suspended', async () => {
    await server.db
      .updateTable('data_agreement')
      .set({ status: 'suspendue' })
      .where('id', '=', run.agreementId)
      .execute();
    await expect(
      createDetectionRun(server.db, actor(run.coordinator), { linkageRunId: run.linkageRunId }),
    ).rejects.toThrow(/convention/);
    await server.db
      .updateTable('data_agreement')
      .set({ status: 'active' })
      .where('id', '=', run.agreementId)
      .execute();
  });

  it('shows nothing to the évaluateur, nor to an unassigned ambassador', async () => {
    for (const user of [run.evaluator, run.ambassador, run.outsider]) {
      const seen = await withActor(server.db, actor(user), async (trx) => ({
        runs: (await sql<{ n: number }>`select count(*)::int as n from detection_run`.execute(trx))
          .rows[0]?.n,
        candidates: (
          await sql<{ n: number }>`select count(*)::int as n from outreach_candidate`.execute(trx)
        ).rows[0]?.n,
      }));
      expect(seen).toEqual({ runs: 0, candidates: 0 });
      expect(await listMyCandidates(server.db, actor(user))).toEqual([]);
    }
    expect(
      await createDetectionRun(server.db, actor(run.evaluator), { linkageRunId: run.linkageRunId }),
    ).toBeUndefined();
  });
});

describe('assignment, re-identification, outcome and conversion', () => {
  it('re-identifies only the assigned candidates, only for their assignee, audited', async () => {
    const list = await listOutreachCandidates(server.db, actor(run.coordinator), {
      runId: detectionRunId,
      ...all,
    });
    const housing = list.items.find((c) => c.ruleId === 'impaye-sans-aide-logement')!;
    const assignees = await listAssignees(server.db, actor(run.coordinator), detectionRunId);
    const membership = assignees.find((a) => a.name !== '' && a.role === 'ambassadeur');
    expect(assignees.map((a) => a.membershipId)).toContain(run.ambassador.membershipId);
    expect(assignees.map((a) => a.membershipId)).not.toContain(run.outsider.membershipId);
    expect(membership).toBeDefined();
    await expect(
      assignCandidates(server.db, actor(run.coordinator), {
        runId: detectionRunId,
        candidateIds: [housing.id],
        membershipId: run.outsider.membershipId,
      }),
    ).rejects.toThrow(/partie à la convention/);
    expect(
      await assignCandidates(server.db, actor(run.coordinator), {
        runId: detectionRunId,
        candidateIds: [housing.id],
        membershipId: run.ambassador.membershipId,
      }),
    ).toBe(1);

    const mine = await listMyCandidates(server.db, actor(run.ambassador));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.identities.map((i) => i.lastName).sort()).toEqual(['DUPONT', 'Dupont']);
    expect(mine[0]!.needsLetter).toBe(false);
    const audit = await server.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', housing.id)
      .where('action', '=', 'reidentification')
      .execute();
    expect(audit).toHaveLength(1);
    // The coordinator who assigned does not re-identify; the outsider neither.
    for (const user of [run.coordinator, run.outsider]) {
      const rows = await withActor(server.db, actor(user), (trx) =>
        sql`select * from outreach_identities(${housing.id}::uuid)`.execute(trx),
      );
      expect(rows.rows).toEqual([]);
    }
    // Nor may the assignee reassign it.
    await expect(
      withActor(server.db, actor(run.ambassador), (trx) =>
        trx
          .updateTable('outreach_candidate')
          .set({ assigned_to: run.outsider.id })
          .where('id', '=', housing.id)
          .execute(),
      ),
    ).rejects.toThrow();
  });

  it('an opened right in the case file made from the candidate shows in the conversion', async () => {
    const [candidate] = await listMyCandidates(server.db, actor(run.ambassador));
    const before = await outreachConversion(server.db, actor(run.coordinator), detectionRunId);
    const rule = (rows: typeof before) =>
      rows.find((r) => r.ruleId === 'impaye-sans-aide-logement')!;
    expect(rule(before)).toMatchObject({
      candidates: 1,
      assigned: 1,
      contacted: 0,
      opened: 0,
      rate: 0,
    });

    expect(
      await recordOutreachOutcome(server.db, actor(run.outsider), candidate!.id, {
        outcome: 'joint',
      }),
    ).toBe(false);
    expect(
      await recordOutreachOutcome(server.db, actor(run.ambassador), candidate!.id, {
        outcome: 'bilan_fait',
      }),
    ).toBe(true);
    const householdId = await openCandidateHousehold(
      server.db,
      actor(run.ambassador),
      candidate!.id,
    );
    expect(householdId).toBeDefined();
    // One click twice gives the same case file.
    expect(await openCandidateHousehold(server.db, actor(run.ambassador), candidate!.id)).toBe(
      householdId,
    );
    const person = await server.db
      .selectFrom('person')
      .select(['first_name', 'last_name', 'phone', 'birth_date'])
      .where('household_id', '=', householdId!)
      .executeTakeFirstOrThrow();
    expect(person).toMatchObject({ first_name: 'Marie', phone: '0611223344' });
    const right = await server.db
      .selectFrom('right_follow_up')
      .select(['id', 'stage', 'estimated_monthly'])
      .where('household_id', '=', householdId!)
      .where('benefit', '=', 'aide_logement')
      .executeTakeFirstOrThrow();
    expect(right.stage).toBe('identifie');
    expect(Number(right.estimated_monthly)).toBe(candidate!.amount);

    const middle = rule(
      await outreachConversion(server.db, actor(run.coordinator), detectionRunId),
    );
    expect(middle).toMatchObject({ contacted: 1, bilans: 1, opened: 0 });
    await updateRight(server.db, actor(run.ambassador), right.id, { stage: 'ouvert' });
    const after = rule(await outreachConversion(server.db, actor(run.coordinator), detectionRunId));
    expect(after).toMatchObject({ candidates: 1, contacted: 1, bilans: 1, opened: 1, rate: 1 });
  });
});
