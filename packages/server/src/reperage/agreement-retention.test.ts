import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/chain.ts';
import type { Actor } from '../db/with-actor.ts';
import { assignCandidates } from './outreach/assign-candidates.ts';
import { listOutreachCandidates } from './outreach/list-outreach-candidates.ts';
import { openCandidateHousehold } from './outreach/open-candidate-household.ts';
import { outreachConversion } from './outreach/outreach-conversion.ts';
import { recordOutreachOutcome } from './outreach/record-outreach-outcome.ts';
import { createDetectionRun } from './outreach/run-detection.ts';
import type { BuiltUser } from '../test/factories.ts';
import { buildLinkedRun, sampleClusters, type LinkedRun } from './fixtures.ts';
import { startTestServer, type TestServer } from '../test/test-server.ts';
import { purgeAgreementData } from './purge-agreement-data.ts';

let server: TestServer;

const actor = (user: BuiltUser): Actor => ({
  userId: user.id,
  organisationId: user.organisation.id,
  role: user.role,
});

/** A date `months` months after now. */
function monthsLater(months: number): Date {
  const at = new Date();
  at.setUTCMonth(at.getUTCMonth() + months);
  return at;
}

/** A linked run with a detection run whose housing candidate became a case file. */
async function convertedRun(): Promise<{ run: LinkedRun; detectionRunId: string; kept: string }> {
  const run = await buildLinkedRun(server.db, sampleClusters);
  const detectionRunId = (await createDetectionRun(server.db, actor(run.coordinator), {
    linkageRunId: run.linkageRunId,
    month: '2026-06',
  }))!;
  server.app.jobs.wake();
  await server.app.jobs.idle();
  const list = await listOutreachCandidates(server.db, actor(run.coordinator), {
    runId: detectionRunId,
    limit: 100,
    offset: 0,
  });
  const housing = list.items.find((c) => c.ruleId === 'impaye-sans-aide-logement')!;
  const senior = list.items.find((c) => c.ruleId === 'senior-sans-aspa')!;
  await assignCandidates(server.db, actor(run.coordinator), {
    runId: detectionRunId,
    candidateIds: [housing.id, senior.id],
    membershipId: run.ambassador.membershipId,
  });
  await recordOutreachOutcome(server.db, actor(run.ambassador), housing.id, {
    outcome: 'bilan_fait',
  });
  await recordOutreachOutcome(server.db, actor(run.ambassador), senior.id, { outcome: 'refus' });
  await openCandidateHousehold(server.db, actor(run.ambassador), housing.id);
  return { run, detectionRunId, kept: housing.id };
}

const count = async (
  table: 'partner_import' | 'partner_record' | 'linkage_run',
  agreementId: string,
) =>
  (
    await server.db
      .selectFrom(table)
      .select(sql<number>`count(*)::int`.as('n'))
      .where('agreement_id', '=', agreementId)
      .executeTakeFirstOrThrow()
  ).n;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('agreement data purge', () => {
  it('erases imports older than the retention, keeps converted candidates and the counts', async () => {
    const { run, detectionRunId, kept } = await convertedRun();
    // Retention 12 months: nothing is due today nor in 11 months.
    for (const now of [new Date(), monthsLater(11)]) {
      expect((await purgeAgreementData(server.db, { dryRun: true, now })).imports).toEqual([]);
    }
    const now = monthsLater(13);
    const dryRun = await purgeAgreementData(server.db, { dryRun: true, now });
    expect(dryRun.imports.map((i) => [i.partner, i.records, i.reason]).sort()).toEqual([
      ['Bailleur test', 3, 'conservation_echue'],
      ['CAF', 1, 'conservation_echue'],
    ]);
    expect(dryRun).toMatchObject({
      linkageRuns: 1,
      detectionRuns: 1,
      candidatesErased: 2,
      candidatesKept: 1,
    });
    expect(await count('partner_record', run.agreementId)).toBe(4);

    const before = await outreachConversion(server.db, actor(run.coordinator));
    const report = await purgeAgreementData(server.db, { dryRun: false, now });
    expect(report.imports).toHaveLength(2);
    expect(await count('partner_import', run.agreementId)).toBe(0);
    expect(await count('partner_record', run.agreementId)).toBe(0);
    expect(await count('linkage_run', run.agreementId)).toBe(0);
    const identities = await sql<{ n: number }>`
      select count(*)::int as n from partner_record_identity
      where record_id in (${sql.join(run.clusters.flat())})`.execute(server.db);
    expect(identities.rows[0]?.n).toBe(0);
    const left = await server.db
      .selectFrom('outreach_candidate')
      .select(['id', 'detection_run_id', 'record_ids', 'household_id', 'outcome'])
      .where('territory_id', '=', run.coordinator.organisation.territory_id)
      .execute();
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({
      id: kept,
      detection_run_id: null,
      record_ids: [],
      outcome: 'bilan_fait',
    });
    expect(left[0]?.household_id).not.toBeNull();
    expect(
      await server.db
        .selectFrom('detection_run')
        .select('id')
        .where('id', '=', detectionRunId)
        .execute(),
    ).toEqual([]);
    // The conversion per rule is the same: the erased candidates' counts were kept.
    expect(await outreachConversion(server.db, actor(run.coordinator))).toEqual(before);

    const audit = await server.db
      .selectFrom('audit_log')
      .select(['entity', 'entity_id', 'user_id'])
      .where('action', '=', 'effacement')
      .execute();
    expect(audit.filter((a) => a.entity === 'partner_import')).toHaveLength(2);
    expect(audit.filter((a) => a.entity === 'data_agreement')).toEqual([
      { entity: 'data_agreement', entity_id: run.agreementId, user_id: null },
      { entity: 'data_agreement', entity_id: run.agreementId, user_id: null },
    ]);
    expect((await verifyAuditChain(server.db)).problems).toEqual([]);
    // A second run finds nothing left.
    expect((await purgeAgreementData(server.db, { dryRun: false, now })).imports).toEqual([]);
  });

  it('erases at once the data of a terminated or expired agreement, and a terminated one’s key', async () => {
    const terminated = await buildLinkedRun(server.db, sampleClusters.slice(0, 1));
    const expired = await buildLinkedRun(server.db, sampleClusters.slice(0, 1));
    const current = await buildLinkedRun(server.db, sampleClusters.slice(0, 1));
    await server.db
      .updateTable('data_agreement')
      .set({ status: 'terminee' })
      .where('id', '=', terminated.agreementId)
      .execute();
    await server.db
      .updateTable('data_agreement')
      .set({ valid_from: '2020-01-01', valid_to: '2021-12-31' })
      .where('id', '=', expired.agreementId)
      .execute();
    for (const run of [terminated, expired]) {
      await sql`insert into agreement_key (agreement_id, key)
        values (${run.agreementId}::uuid, ${Buffer.alloc(32, 7)})`.execute(server.db);
    }
    const report = await purgeAgreementData(server.db, { dryRun: false });
    const reasons = new Map(report.imports.map((i) => [i.agreementId, i.reason]));
    expect(reasons).toEqual(
      new Map([
        [terminated.agreementId, 'convention_terminee'],
        [expired.agreementId, 'convention_expiree'],
      ]),
    );
    expect(await count('partner_record', current.agreementId)).toBe(2);
    const keys = await sql<{ agreement_id: string }>`select agreement_id from agreement_key
      where agreement_id in (${terminated.agreementId}, ${expired.agreementId})`.execute(server.db);
    // The expired agreement may be extended; the terminated one is final.
    expect(keys.rows.map((k) => k.agreement_id)).toEqual([expired.agreementId]);
  });
});
