import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { withActor, type Actor } from '../db/with-actor.ts';
import { openFreshDatabase, type FreshDatabase } from '../test/fresh-database.ts';
import type { BuiltUser } from '../test/factories.ts';
import { buildLinkedRun } from '../reperage/index.ts';
import { buildIndicatorFixture, type IndicatorFixture } from './fixture.ts';
import type { IndicatorQuery } from './query.ts';
import { readIndicators, type IndicatorReport } from './report.ts';

// Every expected value below is computed by hand from the fixture's table (fixture.ts).

let fresh: FreshDatabase;
let handle: DatabaseHandle;
let f: IndicatorFixture;

beforeAll(async () => {
  fresh = await openFreshDatabase({ migrated: true });
  handle = fresh.handle;
  await migrateToLatest(handle.db);
  f = await buildIndicatorFixture(handle.db);
});
afterAll(async () => {
  await handle.close();
  await fresh.drop();
});

const actorOf = (user: BuiltUser): Actor => ({
  userId: user.id,
  organisationId: user.organisation.id,
  role: user.role,
});

function query(overrides: Partial<IndicatorQuery> = {}): IndicatorQuery {
  return {
    from: '2026-01',
    to: '2026-02',
    granularity: 'month',
    by: null,
    territoryIds: [f.territoryA],
    ...overrides,
  };
}

/** The values of one indicator as { "period key": value }. */
function values(report: IndicatorReport, code: string): Record<string, number | null> {
  const indicator = report.indicators.find((i) => i.code === code);
  if (indicator === undefined) throw new Error(code);
  return Object.fromEntries(indicator.values.map((v) => [`${v.period} ${v.key}`, v.value]));
}

describe('indicators of a territory, by month', () => {
  let report: IndicatorReport;
  beforeAll(async () => {
    report = await readIndicators(handle.db, actorOf(f.coordinateurA), query(), {
      suppress: false,
    });
  });

  it('counts people met: actions plus households met outside an action', () => {
    // January: A1 met 10; households H1 (met in A1, already counted) and H2 → 10 + 1 = 11.
    // February: A2 met 6; households H3 and H4 → 6 + 2 = 8.
    expect(values(report, 'personnes_rencontrees')).toEqual({ '2026-01 *': 11, '2026-02 *': 8 });
  });

  it('counts case files, bilans and the household funnel by the month the file was opened', () => {
    // Files: January H1, H2; February H3, H4.
    expect(values(report, 'dossiers_ouverts')).toEqual({ '2026-01 *': 2, '2026-02 *': 2 });
    // Bilans by the month saved: January H1, H2; February H2 (second one), H3.
    expect(values(report, 'bilans')).toEqual({ '2026-01 *': 2, '2026-02 *': 2 });
    // Cohorts: January H1 and H2 each had a bilan; February H3 had one, H4 none.
    expect(values(report, 'menages_avec_bilan')).toEqual({ '2026-01 *': 2, '2026-02 *': 1 });
    // Identified: H1 (rsa, aide au logement), H2 (prime d'activité); H3's CSS is non éligible.
    expect(values(report, 'menages_droit_identifie')).toEqual({ '2026-01 *': 2, '2026-02 *': 0 });
    expect(values(report, 'menages_droit_engage')).toEqual({ '2026-01 *': 2, '2026-02 *': 0 });
    expect(values(report, 'menages_droit_ouvert')).toEqual({ '2026-01 *': 2, '2026-02 *': 0 });
  });

  it('computes the shares in non-take-up and without social follow-up', () => {
    // Non-take-up: January 2 of 2 files = 100 %; February 0 of 2 = 0 %.
    expect(values(report, 'part_non_recours')).toEqual({ '2026-01 *': 100, '2026-02 *': 0 });
    // Social follow-up answered: January H1 non, H2 oui → 1 of 2 = 50 %; February H4 non (H3 not
    // asked) → 1 of 1 = 100 %.
    expect(values(report, 'suivi_social_renseigne')).toEqual({ '2026-01 *': 2, '2026-02 *': 1 });
    expect(values(report, 'part_sans_suivi_social')).toEqual({ '2026-01 *': 50, '2026-02 *': 100 });
  });

  it('counts each right event in its own month, with euros and delays', () => {
    // Identified at creation: January rsa, aide au logement, prime d'activité; CSS not.
    expect(values(report, 'droits_identifies')).toEqual({ '2026-01 *': 3, '2026-02 *': 0 });
    // Engaged: rsa 01-20 and prime d'activité (opened 01-25) in January; aide au logement
    // (refused 02-05) in February.
    expect(values(report, 'droits_engages')).toEqual({ '2026-01 *': 2, '2026-02 *': 1 });
    expect(values(report, 'droits_ouverts')).toEqual({ '2026-01 *': 1, '2026-02 *': 1 });
    expect(values(report, 'droits_refuses')).toEqual({ '2026-01 *': 0, '2026-02 *': 1 });
    // Opened amounts: prime d'activité 200 (estimated, no actual) in January, rsa 600 (actual)
    // in February; annualised × 12.
    expect(values(report, 'euros_mensuels_ouverts')).toEqual({
      '2026-01 *': 200,
      '2026-02 *': 600,
    });
    expect(values(report, 'euros_annualises_ouverts')).toEqual({
      '2026-01 *': 2400,
      '2026-02 *': 7200,
    });
    // Delays: prime d'activité 01-15 → 01-25 = 10 days; rsa 01-10 → 02-19 = 40 days.
    expect(values(report, 'delai_median_ouverture')).toEqual({ '2026-01 *': 10, '2026-02 *': 40 });
  });

  it('counts actions, partners, workshops and blockages', () => {
    expect(values(report, 'actions')).toEqual({ '2026-01 *': 1, '2026-02 *': 1 });
    // January: A1 entered by O1, team O1 + O2 → 2. February: A2 (O2) and W1 (O1, O2) → 2.
    expect(values(report, 'partenaires_mobilises')).toEqual({ '2026-01 *': 2, '2026-02 *': 2 });
    expect(values(report, 'ateliers')).toEqual({ '2026-01 *': 0, '2026-02 *': 1 });
    expect(values(report, 'participants_ateliers')).toEqual({ '2026-01 *': 0, '2026-02 *': 14 });
    expect(values(report, 'blocages_signales')).toEqual({ '2026-01 *': 1, '2026-02 *': 1 });
    expect(values(report, 'blocages_resolus')).toEqual({ '2026-01 *': 0, '2026-02 *': 1 });
  });
});

describe('breakdowns and periods', () => {
  it('breaks people met and files down by quartier over the quarter', async () => {
    const report = await readIndicators(
      handle.db,
      actorOf(f.coordinateurA),
      query({ granularity: 'quarter', by: 'quartier' }),
      { suppress: false },
    );
    // Minguettes: A1 10 + H2 1 (H1 counted in A1) = 11; Centre: A2 6 + H4 1 = 7; no quartier:
    // H3 1. Total 19.
    expect(values(report, 'personnes_rencontrees')).toEqual({
      '2026-T1 ': 1,
      '2026-T1 Centre': 7,
      '2026-T1 Minguettes': 11,
      '2026-T1 *': 19,
    });
    expect(values(report, 'dossiers_ouverts')).toEqual({
      '2026-T1 ': 1,
      '2026-T1 Centre': 1,
      '2026-T1 Minguettes': 2,
      '2026-T1 *': 4,
    });
    // The quarter's delays are 10 and 40 days: median 25. Workshops carry no quartier.
    expect(values(report, 'delai_median_ouverture')['2026-T1 *']).toBe(25);
    expect(report.indicators.find((i) => i.code === 'ateliers')?.applicable).toBe(false);
    expect(report.keys.map((k) => k.label)).toEqual([
      'Centre',
      'Minguettes',
      'Non renseigné',
      'Ensemble',
    ]);
  });

  it('breaks people met down by action type, households outside actions apart', async () => {
    const report = await readIndicators(
      handle.db,
      actorOf(f.coordinateurA),
      query({ granularity: 'year', by: 'actionType' }),
      { suppress: false },
    );
    // maraude 10, permanence 6, households outside actions H2, H3, H4 = 3; total 19.
    expect(values(report, 'personnes_rencontrees')).toEqual({
      '2026 maraude': 10,
      '2026 permanence': 6,
      '2026 hors_action': 3,
      '2026 *': 19,
    });
    expect(values(report, 'dossiers_ouverts')).toEqual({});
  });

  it('breaks rights down by benefit and filters on an organisation', async () => {
    const report = await readIndicators(
      handle.db,
      actorOf(f.coordinateurA),
      query({ granularity: 'year', by: 'benefit', organisationId: f.o1 }),
      { suppress: false },
    );
    // O1's rights: rsa (H1), aide au logement (H1), prime d'activité (H2).
    expect(values(report, 'droits_identifies')).toEqual({
      '2026 aide_logement': 1,
      '2026 ppa': 1,
      '2026 rsa': 1,
      '2026 *': 3,
    });
    expect(values(report, 'euros_mensuels_ouverts')).toMatchObject({
      '2026 rsa': 600,
      '2026 ppa': 200,
      '2026 *': 800,
    });
  });
});

describe('évaluateur and small counts', () => {
  it('sees every territory, with counts under 5 and what would reveal them suppressed', async () => {
    const report = await readIndicators(
      handle.db,
      actorOf(f.evaluateur),
      query({ granularity: 'quarter', by: 'territory', territoryIds: null }),
      { suppress: true },
    );
    const files = report.indicators.find((i) => i.code === 'dossiers_ouverts')?.values ?? [];
    // A has 4 files, B 1: both under 5, primary; the total 5 is published.
    expect(files.map((v) => [v.key, v.value, v.suppressed])).toEqual([
      [f.territoryA, null, 'primaire'],
      [f.territoryB, null, 'primaire'],
      ['*', 5, undefined],
    ]);
    // Rights opened: A 2, B 1 → primary; the total 3 too; euros resting on them withheld.
    const euros = report.indicators.find((i) => i.code === 'euros_mensuels_ouverts')?.values;
    expect(euros?.every((v) => v.value === null && v.suppressed !== undefined)).toBe(true);
    expect(report.keys.map((k) => k.label)).toEqual(['Territoire A', 'Territoire B', 'Ensemble']);
  });

  it('cannot read a personal row, only the aggregates', async () => {
    const counts = await withActor(handle.db, actorOf(f.evaluateur), async (trx) => ({
      households: (await trx.selectFrom('household').select('id').execute()).length,
      rights: (await trx.selectFrom('right_follow_up').select('id').execute()).length,
      bilans: (await trx.selectFrom('bilan').select('id').execute()).length,
      aggregates: (await sql`select 1 from indicator_household`.execute(trx)).rows.length,
    }));
    expect({ ...counts, aggregates: counts.aggregates > 0 }).toEqual({
      households: 0,
      rights: 0,
      bilans: 0,
      aggregates: true,
    });
  });

  it('keeps a coordinateur to the aggregates of their own territory', async () => {
    const report = await readIndicators(
      handle.db,
      actorOf(f.coordinateurA),
      query({ territoryIds: [f.territoryB] }),
      { suppress: false },
    );
    expect(values(report, 'dossiers_ouverts')).toEqual({ '2026-01 *': 0, '2026-02 *': 0 });
    await expect(
      withActor(handle.db, actorOf(f.coordinateurA), (trx) =>
        sql`insert into indicator_action values (${f.territoryA}, '2026-01-01', ${f.o1}, '', 'stand', 1, 1000, 0, 0, 0)`.execute(
          trx,
        ),
      ),
    ).rejects.toThrow();
  });

  it('follows a new entry on the next read (the territory is marked stale, then refreshed)', async () => {
    const before = await readIndicators(handle.db, actorOf(f.coordinateurA), query(), {
      suppress: false,
    });
    await handle.db
      .insertInto('outreach_action')
      .values({
        territory_id: f.territoryA,
        organisation_id: f.o2,
        type: 'stand',
        held_on: '2026-02-25',
        people_met: 7,
        client_id: crypto.randomUUID(),
      })
      .execute();
    const after = await readIndicators(handle.db, actorOf(f.coordinateurA), query(), {
      suppress: false,
    });
    expect(values(before, 'personnes_rencontrees')['2026-02 *']).toBe(8);
    expect(values(after, 'personnes_rencontrees')['2026-02 *']).toBe(15);
  });
});

describe('repérage conversion per rule', () => {
  it('follows the candidates of each rule from detection to an opened right', async () => {
    const run = await buildLinkedRun(handle.db, [
      [{ identity: { lastName: 'Martin', firstNames: 'Anne' }, attributes: {} }],
    ]);
    const territory = run.coordinator.organisation.territory_id;
    const { id: detectionRunId } = await handle.db
      .insertInto('detection_run')
      .values({
        linkage_run_id: run.linkageRunId,
        agreement_id: run.agreementId,
        territory_id: territory,
        month: '2026-03',
        settings: '{}',
        status: 'terminee',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Detected 2026-03-10. Rule « impayé sans aide au logement »: 3 candidates — one not
    // reachable, one with a bilan, one whose right opened. Rule « sans revenu sans RSA »: one,
    // not yet contacted. Conversion: 1 / 3 = 33.3 % and 0 / 1 = 0 %.
    const candidates: [string, string | null][] = [
      ['impaye-sans-aide-logement', 'pas_joignable'],
      ['impaye-sans-aide-logement', 'bilan_fait'],
      ['impaye-sans-aide-logement', 'droit_ouvert'],
      ['sans-revenu-sans-rsa', null],
    ];
    for (const [i, [rule, outcome]] of candidates.entries()) {
      await handle.db
        .insertInto('outreach_candidate')
        .values({
          detection_run_id: detectionRunId,
          territory_id: territory,
          rule_id: rule,
          benefits: ['aide_logement'],
          cluster_id: i,
          record_ids: run.clusters[0] ?? [],
          amount: 100,
          confidence: 0.9,
          urgency: 1,
          priority: 90,
          explanation: 'test',
          outcome: outcome as never,
          created_at: new Date('2026-03-10T10:00:00Z'),
        })
        .execute();
    }
    const report = await readIndicators(
      handle.db,
      actorOf(f.evaluateur),
      query({ from: '2026-03', to: '2026-03', by: 'rule', territoryIds: [territory] }),
      { suppress: false },
    );
    expect(values(report, 'reperage_candidats')).toEqual({
      '2026-03 impaye-sans-aide-logement': 3,
      '2026-03 sans-revenu-sans-rsa': 1,
      '2026-03 *': 4,
    });
    // Reached: bilan_fait and droit_ouvert (pas_joignable is not).
    expect(values(report, 'reperage_joints')['2026-03 impaye-sans-aide-logement']).toBe(2);
    expect(values(report, 'reperage_droits_ouverts')['2026-03 *']).toBe(1);
    expect(values(report, 'reperage_conversion')).toEqual({
      '2026-03 impaye-sans-aide-logement': 33.3,
      '2026-03 sans-revenu-sans-rsa': 0,
      '2026-03 *': 25,
    });
    expect(report.keys.find((k) => k.key === 'sans-revenu-sans-rsa')?.label).not.toBe(
      'sans-revenu-sans-rsa',
    );
  });
});
