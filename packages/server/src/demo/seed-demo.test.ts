import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AGREEMENT_TITLE, DEMO_BAILLEUR_LOGIN } from './seed-demo-reperage.ts';
import { startTestServer, type TestServer } from '../test/test-server.ts';
import { roles } from '../tenancy/roles.ts';
import {
  DEMO_LOGINS,
  DEMO_PASSWORD,
  DEMO_TERRITORY_NAME,
  hasDemoTerritory,
  seedDemo,
} from './seed-demo.ts';
import { DEMO_CAF_LOGIN } from './seed-demo-cases.ts';
import { rightStages, referralStatuses, remindWaitingReferrals } from '../suivi/index.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function snapshot() {
  const [territories, communes, organisations, users, memberships] = await Promise.all([
    server.db.selectFrom('territory').selectAll().orderBy('name').execute(),
    server.db.selectFrom('territory_commune').selectAll().execute(),
    server.db.selectFrom('organisation').selectAll().orderBy('name').execute(),
    server.db.selectFrom('app_user').selectAll().orderBy('email').execute(),
    server.db.selectFrom('membership').selectAll().orderBy('id').execute(),
  ]);
  return { territories, communes, organisations, users, memberships };
}

describe('seedDemo', () => {
  it('creates the Vénissieux territory on commune 69259, with one account per role', async () => {
    expect(await hasDemoTerritory(server.db)).toBe(false);
    const result = await seedDemo(server.db);
    expect(result.createdUsers).toBe(roles.length);
    expect(await hasDemoTerritory(server.db)).toBe(true);
    const { territories, communes, users, memberships } = await snapshot();
    expect(territories.map((t) => t.name)).toEqual([DEMO_TERRITORY_NAME]);
    expect(communes).toEqual([
      { territory_id: result.territoryId, insee_code: '69259', name: 'Vénissieux' },
    ]);
    expect(users.map((u) => u.email).sort()).toEqual(
      [...DEMO_LOGINS.map((l) => l.email), DEMO_CAF_LOGIN.email, DEMO_BAILLEUR_LOGIN.email].sort(),
    );
    expect(memberships.map((m) => m.role).sort()).toEqual(
      [...roles, DEMO_CAF_LOGIN.role, DEMO_BAILLEUR_LOGIN.role].sort(),
    );
  });

  it('has partners of the required types, with a public contact', async () => {
    const { organisations } = await snapshot();
    expect(new Set(organisations.map((o) => o.type))).toEqual(
      new Set([
        'ccas_cias',
        'pimms_france_services',
        'caf',
        'cpam',
        'bailleur_social',
        'association',
        'maison_metropole_departement',
        'service_etat',
      ]),
    );
    for (const organisation of organisations) {
      expect(organisation.address).toMatch(/69\d{3} /);
      expect(organisation.phone).toMatch(/^04 65 71 \d\d \d\d$/);
      expect(organisation.email).toMatch(/@demo\.zero-non-recours\.fr$/);
    }
  });

  it('seeds case files in two organisations, referrals in every state, rights at every stage', async () => {
    const households = await server.db
      .selectFrom('household')
      .select('organisation_id')
      .distinct()
      .execute();
    expect(households.length).toBeGreaterThanOrEqual(2);
    const referrals = await server.db.selectFrom('referral').select('status').distinct().execute();
    expect(referrals.map((r) => r.status).sort()).toEqual([...referralStatuses].sort());
    const stages = await server.db
      .selectFrom('right_follow_up')
      .select('stage')
      .distinct()
      .execute();
    expect(stages.map((r) => r.stage).sort()).toEqual([...rightStages].sort());
    // One referral waits past the reminder delay: flagged in the CCAS inbox, reminded daily.
    const report = await remindWaitingReferrals(server.db, { reminderAfterDays: 7, dryRun: true });
    expect(report.created.map((c) => c.title)).toEqual([
      'Relancer CCAS de Vénissieux : orientation « Accompagnement à la demande d’ASPA » sans réponse depuis 9 jours',
    ]);
  });

  it('seeds an active agreement, a bailleur and a CAF import, and their linkage run', async () => {
    const agreement = await server.db
      .selectFrom('data_agreement')
      .select(['id', 'status'])
      .where('title', '=', DEMO_AGREEMENT_TITLE)
      .executeTakeFirstOrThrow();
    expect(agreement.status).toBe('active');
    const imports = await server.db
      .selectFrom('partner_import')
      .select(['partner', 'status', 'rows_valid'])
      .where('agreement_id', '=', agreement.id)
      .orderBy('partner')
      .execute();
    expect(imports.map((i) => [i.partner, i.status])).toEqual([
      ['CAF du Rhône', 'terminee'],
      ['Habitat Moulin-à-Vent', 'terminee'],
    ]);
    expect(imports.every((i) => i.rows_valid > 100)).toBe(true);
    const run = await server.db
      .selectFrom('linkage_run')
      .select(['id', 'status'])
      .where('agreement_id', '=', agreement.id)
      .executeTakeFirstOrThrow();
    expect(run.status).toBe('terminee');
    const linked = await server.db
      .selectFrom('linkage_cluster_member')
      .select(({ fn }) => fn.count<number>('cluster_id').distinct().as('clusters'))
      .where('run_id', '=', run.id)
      .where('score', '<', 1)
      .executeTakeFirstOrThrow();
    // 200 CAF records, half of them tenants of the bailleur: most of them are found.
    expect(Number(linked.clusters)).toBeGreaterThan(60);
  });

  it('changes nothing when run again', async () => {
    const before = await snapshot();
    const households = () => server.db.selectFrom('household').select('id').orderBy('id').execute();
    const householdsBefore = await households();
    const again = await seedDemo(server.db);
    expect(again.createdUsers).toBe(0);
    expect(await snapshot()).toEqual(before);
    expect(await households()).toEqual(householdsBefore);
  });

  it('gives every demo account a working login with the demo password', async () => {
    for (const login of DEMO_LOGINS) {
      const response = await server.app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { email: login.email, password: DEMO_PASSWORD },
      });
      expect(response.statusCode, login.email).toBe(200);
      expect(response.json()).toMatchObject({
        membership: {
          role: login.role,
          organisation: { name: login.organisation },
          territory: { name: DEMO_TERRITORY_NAME },
        },
      });
    }
  });
});
