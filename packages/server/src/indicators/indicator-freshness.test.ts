import fc from 'fast-check';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { Database } from '../db/schema.ts';
import { openFreshDatabase, type FreshDatabase } from '../test/fresh-database.ts';
import { buildIndicatorFixture, type IndicatorFixture } from './fixture.ts';

// Incremental freshness (migration 0018): a write marks the (territory, month) cells it can change
// and the next read rebuilds only those. Whatever the writes, the aggregates rebuilt month by
// month must equal a full rebuild of every territory.

let fresh: FreshDatabase;
let db: Kysely<Database>;
let f: IndicatorFixture;
let organisations: { id: string; territory_id: string }[];

beforeAll(async () => {
  fresh = await openFreshDatabase({ migrated: true });
  const handle: DatabaseHandle = fresh.handle;
  db = handle.db;
  await migrateToLatest(db);
  f = await buildIndicatorFixture(db);
  organisations = (
    await sql<{ id: string; territory_id: string }>`
      select id, territory_id from organisation
      where territory_id in (${f.territoryA}, ${f.territoryB}) order by id`.execute(db)
  ).rows;
  await refreshStale();
});
afterAll(async () => {
  await fresh.handle.close();
  await fresh.drop();
});

const AGGREGATES = [
  'indicator_household',
  'indicator_right',
  'indicator_delay',
  'indicator_action',
  'indicator_partner',
  'indicator_workshop',
  'indicator_blockage',
  'indicator_right_benefit',
  'indicator_delay_benefit',
  'indicator_delay_territory',
  'indicator_action_type',
  'indicator_candidate',
  'indicator_household_territory',
  'indicator_delay_national',
];

/** Every aggregate row, as sorted JSON per table. */
async function snapshot(): Promise<Record<string, string[]>> {
  const tables: Record<string, string[]> = {};
  for (const table of AGGREGATES) {
    const rows = await sql<{ row: string }>`
      select to_jsonb(x)::text as row from ${sql.table(table)} x order by 1`.execute(db);
    tables[table] = rows.rows.map((r) => r.row);
  }
  return tables;
}

async function refreshStale(): Promise<void> {
  await sql`select indicator_refresh_stale(null)`.execute(db);
}

async function staleMonths(): Promise<string[]> {
  const rows = await sql<{ cell: string }>`
    select t.name || ' ' || to_char(s.month, 'YYYY-MM') || ' ' || coalesce(o.name, 'réseau') as cell
    from indicator_stale_month s join territory t on t.id = s.territory_id
    left join organisation o on o.id = s.organisation_id order by 1`.execute(db);
  return rows.rows.map((r) => r.cell);
}

const BENEFITS = ['rsa', 'ppa', 'aide_logement', 'css'] as const;
const STAGES = ['demarche_engagee', 'ouvert', 'refuse', 'abandonne', 'non_eligible'] as const;
const QUARTIERS = ['Minguettes', 'Centre', null] as const;

/**
 * An instant between December 2025 and March 2026; the hours include 23:30 UTC on a month's last
 * day, already the next month in Paris.
 */
const instant = fc
  .record({ day: fc.integer({ min: 0, max: 120 }), hour: fc.constantFrom(0, 10, 23) })
  .map(({ day, hour }) => {
    const at = new Date(Date.UTC(2025, 11, 1 + day, hour, 30));
    return at.toISOString();
  });
const day = instant.map((at) => at.slice(0, 10));
/** Picks the n-th existing row, whatever there are (nothing when there are none). */
const pick = fc.nat();

const write = fc.oneof(
  fc.record({
    kind: fc.constant('household' as const),
    organisation: pick,
    quartier: fc.constantFrom(...QUARTIERS),
    at: instant,
    social: fc.constantFrom('oui', 'non', 'inconnu', null),
    met: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('bilan' as const), household: pick, at: instant }),
  fc.record({
    kind: fc.constant('right' as const),
    household: pick,
    benefit: fc.constantFrom(...BENEFITS),
    at: instant,
    estimated: fc.option(fc.integer({ min: 10, max: 900 }), { nil: null }),
  }),
  fc.record({
    kind: fc.constant('stage' as const),
    right: pick,
    stage: fc.constantFrom(...STAGES),
    at: instant,
  }),
  fc.record({
    kind: fc.constant('amount' as const),
    right: pick,
    actual: fc.option(fc.integer({ min: 10, max: 900 }), { nil: null }),
  }),
  fc.record({
    kind: fc.constant('householdAnswers' as const),
    household: pick,
    quartier: fc.constantFrom(...QUARTIERS),
    social: fc.constantFrom('oui', 'non', 'inconnu', null),
    at: fc.option(instant, { nil: null }),
  }),
  fc.record({ kind: fc.constant('deleteHousehold' as const), household: pick }),
  fc.record({ kind: fc.constant('deleteRight' as const), right: pick }),
  fc.record({ kind: fc.constant('deleteStage' as const), right: pick }),
  fc.record({
    kind: fc.constant('action' as const),
    organisation: pick,
    day,
    people: fc.integer({ min: 0, max: 30 }),
    team: pick,
  }),
  fc.record({ kind: fc.constant('moveAction' as const), action: pick, day }),
  fc.record({ kind: fc.constant('deleteAction' as const), action: pick }),
  fc.record({
    kind: fc.constant('workshop' as const),
    territory: fc.boolean(),
    day,
    participants: fc.integer({ min: 0, max: 40 }),
  }),
  fc.record({ kind: fc.constant('moveWorkshop' as const), workshop: pick, day }),
  fc.record({ kind: fc.constant('blockage' as const), organisation: pick, day }),
  fc.record({ kind: fc.constant('resolveBlockage' as const), blockage: pick, day }),
  fc.record({
    kind: fc.constant('candidateStatistic' as const),
    territory: fc.boolean(),
    month: day.map((d) => `${d.slice(0, 7)}-01`),
    candidates: fc.integer({ min: 1, max: 9 }),
  }),
  fc.record({
    kind: fc.constant('statistic' as const),
    organisation: pick,
    month: day.map((d) => d.slice(0, 7)),
  }),
);
type Write = typeof write extends fc.Arbitrary<infer W> ? W : never;

/** The n-th row of a table (by id), or undefined when it is empty. */
async function nth(table: string, n: number): Promise<Record<string, unknown> | undefined> {
  const rows = await sql<Record<string, unknown>>`
    select * from ${sql.table(table)} order by id`.execute(db);
  return rows.rows.length === 0 ? undefined : rows.rows[n % rows.rows.length];
}

function organisationAt(n: number): { id: string; territory_id: string } {
  const organisation = organisations[n % organisations.length];
  if (organisation === undefined) throw new Error('no organisation');
  return organisation;
}

/** Applies one write as the database owner, the way the application's services would. */
async function apply(w: Write): Promise<void> {
  switch (w.kind) {
    case 'household': {
      const o = organisationAt(w.organisation);
      await sql`insert into household (organisation_id, territory_id, quartier, created_at,
          social_follow_up, met_in_outreach)
        values (${o.id}, ${o.territory_id}, ${w.quartier}, ${w.at}, ${w.social}, ${w.met})`.execute(
        db,
      );
      return;
    }
    case 'bilan': {
      const h = await nth('household', w.household);
      if (h === undefined) return;
      await sql`insert into bilan (household_id, organisation_id, period, engine_version,
          parameters_version, situation, results, created_at)
        values (${h.id}, ${h.organisation_id}, '2026-01', 'test', 'test', '{}', '{}', ${w.at})`.execute(
        db,
      );
      return;
    }
    case 'right': {
      const h = await nth('household', w.household);
      if (h === undefined) return;
      await db.transaction().execute(async (trx) => {
        const created = await sql<{ id: string }>`
          insert into right_follow_up (household_id, organisation_id, benefit, stage,
            estimated_monthly, created_at)
          values (${h.id}, ${h.organisation_id}, ${w.benefit}, 'identifie', ${w.estimated}, ${w.at})
          on conflict (household_id, benefit) do nothing returning id`.execute(trx);
        const id = created.rows[0]?.id;
        if (id === undefined) return;
        await sql`insert into right_stage_history (right_id, household_id, organisation_id, stage,
            changed_at) values (${id}, ${h.id}, ${h.organisation_id}, 'identifie', ${w.at})`.execute(
          trx,
        );
      });
      return;
    }
    case 'stage': {
      const r = await nth('right_follow_up', w.right);
      if (r === undefined) return;
      await db.transaction().execute(async (trx) => {
        await sql`update right_follow_up set stage = ${w.stage},
            closure_reason = ${w.stage === 'refuse' || w.stage === 'abandonne' ? 'autre' : null}
          where id = ${r.id}`.execute(trx);
        await sql`insert into right_stage_history (right_id, household_id, organisation_id, stage,
            changed_at) values (${r.id}, ${r.household_id}, ${r.organisation_id}, ${w.stage},
            ${w.at})`.execute(trx);
      });
      return;
    }
    case 'amount': {
      const r = await nth('right_follow_up', w.right);
      if (r !== undefined) {
        await sql`update right_follow_up set actual_monthly = ${w.actual}, updated_at = now()
          where id = ${r.id}`.execute(db);
      }
      return;
    }
    case 'householdAnswers': {
      const h = await nth('household', w.household);
      if (h !== undefined) {
        await sql`update household set quartier = ${w.quartier}, social_follow_up = ${w.social},
            created_at = coalesce(${w.at}::timestamptz, created_at), last_activity_at = now()
          where id = ${h.id}`.execute(db);
      }
      return;
    }
    case 'deleteHousehold': {
      const h = await nth('household', w.household);
      if (h !== undefined) await sql`delete from household where id = ${h.id}`.execute(db);
      return;
    }
    case 'deleteRight': {
      const r = await nth('right_follow_up', w.right);
      if (r !== undefined) await sql`delete from right_follow_up where id = ${r.id}`.execute(db);
      return;
    }
    case 'deleteStage': {
      const r = await nth('right_follow_up', w.right);
      if (r !== undefined) {
        await sql`delete from right_stage_history where id = (select id from right_stage_history
          where right_id = ${r.id} order by changed_at desc limit 1)`.execute(db);
      }
      return;
    }
    case 'action': {
      const o = organisationAt(w.organisation);
      const partner = organisations.filter((p) => p.territory_id === o.territory_id);
      const team = partner[w.team % partner.length] ?? o;
      const created = await sql<{ id: string }>`
        insert into outreach_action (territory_id, organisation_id, type, held_on, quartier,
          people_met, went_to_bilan, duration_minutes, client_id)
        values (${o.territory_id}, ${o.id}, 'maraude', ${w.day}, 'Centre', ${w.people},
          ${Math.floor(w.people / 3)}, 90, gen_random_uuid())
        returning id`.execute(db);
      await sql`insert into outreach_action_team (action_id, organisation_id)
        values (${created.rows[0]?.id}, ${team.id})`.execute(db);
      return;
    }
    case 'moveAction': {
      const a = await nth('outreach_action', w.action);
      if (a !== undefined) {
        await sql`update outreach_action set held_on = ${w.day} where id = ${a.id}`.execute(db);
      }
      return;
    }
    case 'deleteAction': {
      const a = await nth('outreach_action', w.action);
      if (a !== undefined) await sql`delete from outreach_action where id = ${a.id}`.execute(db);
      return;
    }
    case 'workshop': {
      const territory = w.territory ? f.territoryA : f.territoryB;
      const ids = organisations.filter((o) => o.territory_id === territory).map((o) => o.id);
      await sql`insert into workshop (territory_id, held_on, theme, organisation_ids, participants)
        values (${territory}, ${w.day}, 'Atelier', ${ids}::uuid[], ${w.participants})`.execute(db);
      return;
    }
    case 'moveWorkshop': {
      const shop = await nth('workshop', w.workshop);
      if (shop !== undefined) {
        await sql`update workshop set held_on = ${w.day} where id = ${shop.id}`.execute(db);
      }
      return;
    }
    case 'blockage': {
      const o = organisationAt(w.organisation);
      await sql`insert into blockage (territory_id, organisation_id, title, description, benefit,
          institution, raised_on)
        values (${o.territory_id}, ${o.id}, 'Blocage', 'Délais', 'rsa', 'caf', ${w.day})`.execute(
        db,
      );
      return;
    }
    case 'resolveBlockage': {
      const b = await nth('blockage', w.blockage);
      if (b !== undefined) {
        await sql`update blockage set status = 'resolu',
            resolved_on = greatest(raised_on, ${w.day}::date) where id = ${b.id}`.execute(db);
      }
      return;
    }
    case 'candidateStatistic': {
      await sql`insert into outreach_statistic (territory_id, month, rule_id, candidates, assigned,
          reached, bilans, opened)
        values (${w.territory ? f.territoryA : f.territoryB}, ${w.month}, 'rsa_sans_droit',
          ${w.candidates}, 1, 1, 1, 0)`.execute(db);
      return;
    }
    case 'statistic': {
      const o = organisationAt(w.organisation);
      await sql`insert into right_statistic (territory_id, organisation_id, benefit, stage,
          estimated_monthly, opened_month)
        values (${o.territory_id}, ${o.id}, 'rsa', 'ouvert', 321.5, ${w.month})`.execute(db);
      return;
    }
  }
}

describe('incremental refresh of the indicators', () => {
  it('marks only the months a write can change, and a read clears them', async () => {
    // A right identified on 2026-03-05 for H2 (file opened 2026-01-15 at O1): its creation month
    // and its household's cohort month, for O1 only; the territory is not marked whole.
    const h2 = await sql<{ id: string; organisation_id: string }>`
      select id, organisation_id from household
      where territory_id = ${f.territoryA} and created_at = '2026-01-15T10:00:00Z'`.execute(db);
    const household = h2.rows[0];
    if (household === undefined) throw new Error('H2');
    await sql`insert into right_follow_up (household_id, organisation_id, benefit, stage, created_at)
      values (${household.id}, ${household.organisation_id}, 'css', 'identifie',
        '2026-03-05T10:00:00Z')`.execute(db);
    expect(await staleMonths()).toEqual([
      'Territoire A 2026-01 CCAS de A',
      'Territoire A 2026-03 CCAS de A',
    ]);
    const whole = await sql<{ n: number }>`select count(*)::int as n from indicator_stale`.execute(
      db,
    );
    expect(whole.rows[0]?.n).toBe(0);
    // An update that changes nothing the indicators read marks nothing.
    await refreshStale();
    await sql`update household set last_activity_at = now() where id = ${household.id}`.execute(db);
    expect(await staleMonths()).toEqual([]);
    // An action marks its month's territory-wide tables.
    await sql`insert into outreach_action (territory_id, organisation_id, type, held_on,
        people_met, client_id)
      values (${f.territoryA}, ${household.organisation_id}, 'stand', '2026-02-28', 3,
        gen_random_uuid())`.execute(db);
    expect(await staleMonths()).toEqual(['Territoire A 2026-02 réseau']);
    await refreshStale();
  });

  it('equals a full rebuild after random writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 8 }), async (writes) => {
        for (const w of writes) await apply(w);
        await refreshStale();
        const incremental = await snapshot();
        for (const t of [f.territoryA, f.territoryB]) {
          await sql`select indicator_refresh(${t}::uuid)`.execute(db);
        }
        expect(incremental).toEqual(await snapshot());
      }),
      { numRuns: 40 },
    );
  });
});
