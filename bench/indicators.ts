// npm run bench:indicators — the dashboard's queries at the scale of the experiment, on PostgreSQL.
// Seeds 40 territories of 10 organisations, HOUSEHOLDS case files (default 1,000,000) with one
// bilan and RIGHTS_PER_HOUSEHOLD followed rights each (5: 5,000,000 rights and their stage
// history), and ACTIONS aller-vers actions (110,000, 10 people met on average: with the households
// met outside actions, 2,000,000 people met), plus workshops and blockages, straight in SQL. Then
// rebuilds every territory's aggregates (indicator_refresh) and times each query the dashboard
// sends, for a coordinateur (one territory) and for the évaluateur (all territories, small counts
// suppressed). Prints p50/p95 in ms, wall and user CPU. Needs DATABASE_URL (a PostgreSQL server;
// a database znr_bench_indicators, or BENCH_DB, is recreated; KEEP=1 keeps it).
import { cpuUsage } from 'node:process';
import { indicatorFilters, migrateToLatest, openDatabase, readIndicators } from '@znr/server';
import type { IndicatorQuery } from '@znr/server';
import { sql } from 'kysely';
import { admin, percentile, recreateDatabase, serverUrl } from './bench-database.ts';

const HOUSEHOLDS = Number(process.env.HOUSEHOLDS ?? 1_000_000);
const RIGHTS_PER_HOUSEHOLD = Number(process.env.RIGHTS_PER_HOUSEHOLD ?? 5);
const ACTIONS = Number(process.env.ACTIONS ?? 110_000);
const ROUNDS = Number(process.env.ROUNDS ?? 20);
const TERRITORIES = 40;
const ORGS_PER_TERRITORY = 10;
const ORGS = TERRITORIES * ORGS_PER_TERRITORY;

const log = (message: string) => process.stderr.write(`${message}\n`);

// BENCH_DB names the database, so that several people can bench on one server.
const name = process.env.BENCH_DB ?? 'znr_bench_indicators';
if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`BENCH_DB: nom de base invalide « ${name} »`);
// REUSE=1 keeps the database a KEEP=1 run left (seeding takes a quarter of an hour on 2 cores):
// only the new migrations, the rebuild and the queries run.
const reuse = process.env.REUSE === '1';
const url = new URL(await (reuse ? Promise.resolve(serverUrl) : recreateDatabase(name)));
url.pathname = `/${name}`;
const { db, close } = await openDatabase({ url: url.toString() });
await migrateToLatest(db);

const seedStarted = performance.now();
// Triggers off while seeding (the aggregates are rebuilt once at the end).
await db.transaction().execute(async (trx) => {
  if (reuse) return;
  await sql`set local session_replication_role = replica`.execute(trx);
  await sql`insert into territory (id, name) select md5('t' || t)::uuid, 'Territoire ' || t
    from generate_series(0, ${TERRITORIES - 1}) t`.execute(trx);
  await sql`insert into organisation (id, territory_id, name, type)
    select md5('o' || o)::uuid, md5('t' || (o / ${ORGS_PER_TERRITORY}))::uuid, 'Organisation ' || o,
      (array['ccas_cias', 'caf', 'association', 'cpam', 'bailleur_social'])[1 + o % 5]
    from generate_series(0, ${ORGS - 1}) o`.execute(trx);
  log('households…');
  // Created over 2024-2026; one in ten met during an action (already counted there). h % ORGS is
  // the organisation and i = h / ORGS the household's rank in it: the day, quartier and answers
  // vary with i, so that each organisation opens files every day in every quartier (they varied
  // with h, which gave each organisation 5 days of the 1,000 and a single quartier).
  await sql`insert into household (id, organisation_id, territory_id, quartier, created_at,
      social_follow_up, met_in_outreach)
    select md5('h' || h)::uuid, md5('o' || (h % ${ORGS}))::uuid,
      md5('t' || ((h % ${ORGS}) / ${ORGS_PER_TERRITORY}))::uuid, 'Quartier ' || (i % 8),
      timestamptz '2024-01-01' + make_interval(days => i * 1000 / ${Math.ceil(HOUSEHOLDS / ORGS)}, secs => h % 86400),
      (array['oui', 'non', 'inconnu', null])[1 + i % 4], i % 10 = 0
    from generate_series(0, ${HOUSEHOLDS - 1}) h cross join lateral (select h / ${ORGS} as i) r`.execute(
    trx,
  );
  log('bilans…');
  await sql`insert into bilan (household_id, organisation_id, period, engine_version,
      parameters_version, situation, results, created_at)
    select id, organisation_id, to_char(created_at, 'YYYY-MM'), 'bench', 'bench', '{}', '{}',
      created_at
    from household`.execute(trx);
  log('rights…');
  // Stage by a hash of the right: 4/10 opened, 1 refused, 1 abandoned, 2 engaged, 1 identified,
  // 1 not eligible; each stage reached 10 to 90 days after identification.
  await sql`create temporary table bench_right on commit drop as
    select gen_random_uuid() as id, h.id as household_id, h.organisation_id,
      (array['rsa', 'ppa', 'aide_logement', 'css', 'cheque_energie', 'af', 'ars', 'aah', 'aspa',
        'asf'])[1 + (k + abs(hashtext(h.id::text))) % 10] as benefit,
      (array['ouvert', 'ouvert', 'ouvert', 'ouvert', 'refuse', 'abandonne', 'demarche_engagee',
        'demarche_engagee', 'identifie', 'non_eligible'])[1 + abs(hashtext(h.id::text || k)) % 10]
        as stage,
      h.created_at + make_interval(days => k) as created_at,
      10 + abs(hashtext(h.id::text || k)) % 80 as delay,
      50 + abs(hashtext(k || h.id::text)) % 750 as amount
    from household h cross join generate_series(0, ${RIGHTS_PER_HOUSEHOLD - 1}) k`.execute(trx);
  await sql`insert into right_follow_up (id, household_id, organisation_id, benefit, stage,
      estimated_monthly, actual_monthly, closure_reason, created_at)
    select id, household_id, organisation_id, benefit, stage, amount,
      case when stage = 'ouvert' then amount end,
      case when stage in ('refuse', 'abandonne') then 'autre' end, created_at
    from bench_right`.execute(trx);
  log('stage history…');
  await sql`insert into right_stage_history (right_id, household_id, organisation_id, stage, changed_at)
    select r.id, r.household_id, r.organisation_id, s.stage, s.at
    from bench_right r cross join lateral (values
      (case when r.stage = 'non_eligible' then 'non_eligible' else 'identifie' end, r.created_at),
      (case when r.stage in ('demarche_engagee', 'ouvert', 'refuse') then 'demarche_engagee' end,
        r.created_at + make_interval(days => r.delay / 2)),
      (case when r.stage in ('ouvert', 'refuse', 'abandonne') then r.stage end,
        r.created_at + make_interval(days => r.delay))) s (stage, at)
    where s.stage is not null`.execute(trx);
  log('actions, workshops, blockages…');
  // An organisation's actions spread over the 1,000 days (j: the action's rank in it).
  await sql`insert into outreach_action (id, territory_id, organisation_id, type, held_on, quartier,
      type_other, people_met, went_to_bilan, went_to_case_file, duration_minutes, client_id)
    select md5('a' || a)::uuid, md5('t' || ((a % ${ORGS}) / ${ORGS_PER_TERRITORY}))::uuid,
      md5('o' || (a % ${ORGS}))::uuid,
      (array['maraude', 'bus_des_droits', 'porte_a_porte', 'permanence', 'stand',
        'atelier_numerique', 'accompagnement_physique', 'autre'])[1 + j % 8],
      date '2024-01-01' + j * 1000 / ${Math.ceil(ACTIONS / ORGS)}, 'Quartier ' || (j / 8 % 8),
      case when j % 8 = 7 then 'Forum' end,
      1 + a % 19, least(a % 4, 1 + a % 19), least(a % 3, 1 + a % 19), 120,
      gen_random_uuid()
    from generate_series(0, ${ACTIONS - 1}) a
    cross join lateral (select a / ${ORGS} as j) r`.execute(trx);
  await sql`insert into outreach_action_team (action_id, organisation_id)
    select md5('a' || a)::uuid,
      md5('o' || (((a % ${ORGS}) / ${ORGS_PER_TERRITORY}) * ${ORGS_PER_TERRITORY} + (a + m) % ${ORGS_PER_TERRITORY}))::uuid
    from generate_series(0, ${ACTIONS - 1}) a cross join generate_series(0, 1) m`.execute(trx);
  await sql`insert into workshop (territory_id, held_on, theme, organisation_ids, participants)
    select md5('t' || (w % ${TERRITORIES}))::uuid, date '2024-01-01' + (w * 7) % 1000, 'Atelier',
      array[md5('o' || ((w % ${TERRITORIES}) * ${ORGS_PER_TERRITORY}))::uuid,
            md5('o' || ((w % ${TERRITORIES}) * ${ORGS_PER_TERRITORY} + 1))::uuid], 5 + w % 20
    from generate_series(0, ${TERRITORIES * 50 - 1}) w`.execute(trx);
  await sql`insert into blockage (territory_id, organisation_id, title, description, benefit,
      institution, status, raised_on, resolved_on)
    select md5('t' || (b % ${TERRITORIES}))::uuid,
      md5('o' || ((b % ${TERRITORIES}) * ${ORGS_PER_TERRITORY}))::uuid, 'Blocage', 'Délais',
      (array['rsa', 'ppa', 'aide_logement'])[1 + b % 3],
      (array['caf', 'cpam', 'prefecture_etat'])[1 + b % 3],
      case when b % 2 = 0 then 'resolu' else 'signale' end, date '2024-01-01' + (b * 3) % 1000,
      case when b % 2 = 0 then date '2024-01-01' + (b * 3) % 1000 + 30 end
    from generate_series(0, ${TERRITORIES * 100 - 1}) b`.execute(trx);
});
await sql`analyze`.execute(db);
const seedSeconds = (performance.now() - seedStarted) / 1000;
log(`seeded in ${seedSeconds.toFixed(0)} s; rebuilding the aggregates…`);

// In seeding order: territories[t] is the territory of coordinateur(t)'s organisation (ordered by
// name, « Territoire 10 » came third and its coordinateur read another territory: nothing).
const territories = (
  await sql<{ id: string }>`select md5('t' || t)::uuid as id
    from generate_series(0, ${TERRITORIES - 1}) t order by t`.execute(db)
).rows.map((r) => r.id);
const refreshMs: number[] = [];
const refreshStarted = performance.now();
// REFRESH=0 (with REUSE=1) keeps the aggregates the previous run built.
for (const territory of process.env.REFRESH === '0' ? [] : territories) {
  const t0 = performance.now();
  await sql`select indicator_refresh(${territory}::uuid)`.execute(db);
  refreshMs.push(performance.now() - t0);
}
const refreshSeconds = (performance.now() - refreshStarted) / 1000;
await sql`analyze`.execute(db);

const counts = (
  await sql<{ people: string; rights: string }>`
    select (select sum(people_met) from outreach_action)
         + (select count(*) from household where not met_in_outreach) as people,
           (select count(*) from right_follow_up) as rights`.execute(db)
).rows[0];

const orgIds = (
  await sql<{ id: string }>`select md5('o' || o)::uuid as id
    from generate_series(0, ${ORGS - 1}) o order by o`.execute(db)
).rows.map((r) => r.id);
// The coordinateur of territory t works in its first organisation (md5('o' || t * 10)).
const coordinateur = (t: number) => ({
  userId: '00000000-0000-4000-8000-000000000001',
  organisationId: orgIds[t * ORGS_PER_TERRITORY] ?? '',
  role: 'coordinateur' as const,
});
const evaluateur = {
  userId: '00000000-0000-4000-8000-000000000002',
  organisationId: orgIds[0] ?? '',
  role: 'evaluateur' as const,
};

const year: Omit<IndicatorQuery, 'territoryIds'> = {
  from: '2025-01',
  to: '2025-12',
  granularity: 'month',
  by: null,
};
type Case = { name: string; run: (t: number) => Promise<unknown> };
const cases: Case[] = [
  {
    name: 'territory_dashboard',
    run: (t) =>
      readIndicators(
        db,
        coordinateur(t),
        { ...year, territoryIds: [territories[t] ?? ''] },
        {
          suppress: false,
        },
      ),
  },
  {
    name: 'territory_by_benefit',
    run: (t) =>
      readIndicators(
        db,
        coordinateur(t),
        { ...year, by: 'benefit', territoryIds: [territories[t] ?? ''] },
        { suppress: false },
      ),
  },
  {
    name: 'territory_by_quartier_quarter',
    run: (t) =>
      readIndicators(
        db,
        coordinateur(t),
        { ...year, granularity: 'quarter', by: 'quartier', territoryIds: [territories[t] ?? ''] },
        { suppress: false },
      ),
  },
  {
    name: 'territory_filters',
    run: (t) => indicatorFilters(db, coordinateur(t), [territories[t] ?? '']),
  },
  {
    name: 'national_dashboard',
    run: () => readIndicators(db, evaluateur, { ...year, territoryIds: null }, { suppress: true }),
  },
  {
    name: 'national_by_territory',
    run: () =>
      readIndicators(
        db,
        evaluateur,
        { ...year, by: 'territory', territoryIds: null },
        {
          suppress: true,
        },
      ),
  },
  {
    name: 'national_by_benefit',
    run: () =>
      readIndicators(
        db,
        evaluateur,
        { ...year, by: 'benefit', territoryIds: null },
        {
          suppress: true,
        },
      ),
  },
];

console.log(`territories: ${TERRITORIES}`);
console.log(`people_met: ${counts?.people ?? 0}`);
console.log(`rights: ${counts?.rights ?? 0}`);
console.log(`seed_seconds: ${seedSeconds.toFixed(1)}`);
if (refreshMs.length > 0) {
  console.log(`refresh_all_seconds: ${refreshSeconds.toFixed(1)}`);
  const refreshSorted = [...refreshMs].sort((a, b) => a - b);
  console.log(`refresh_territory_p95_ms: ${percentile(refreshSorted, 95).toFixed(0)}`);
}
for (const c of cases) {
  const wall: number[] = [];
  const cpu0 = cpuUsage();
  for (let round = 0; round < ROUNDS; round++) {
    const t0 = performance.now();
    await c.run(round % TERRITORIES);
    wall.push(performance.now() - t0);
  }
  const userMs = cpuUsage(cpu0).user / 1000 / ROUNDS;
  wall.sort((a, b) => a - b);
  console.log(`${c.name}_p50_ms: ${percentile(wall, 50).toFixed(1)}`);
  console.log(`${c.name}_p95_ms: ${percentile(wall, 95).toFixed(1)}`);
  console.log(`${c.name}_node_user_cpu_ms: ${userMs.toFixed(1)}`);
}

// A write followed by the coordinateur's read (read_after_write): even rounds open a right of a
// household met in 2025, odd rounds record an aller-vers action; the read rebuilds only the months
// the write touched (migration 0018) and must show the new value. Timed from the write's start to
// the read's end; the household and its missing benefit are chosen before the clock starts.
const BENEFITS = [
  'rsa',
  'ppa',
  'aide_logement',
  'css',
  'cheque_energie',
  'af',
  'ars',
  'aah',
  'aspa',
  'asf',
];
const total = (report: Awaited<ReturnType<typeof readIndicators>>, code: string) =>
  report.indicators
    .find((i) => i.code === code)
    ?.values.filter((v) => v.key === '*')
    .reduce((sum, v) => sum + (v.value ?? 0), 0) ?? 0;
const dashboard = (t: number) =>
  readIndicators(
    db,
    coordinateur(t),
    { ...year, territoryIds: [territories[t] ?? ''] },
    {
      suppress: false,
    },
  );
const afterWrite: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const t = round % TERRITORIES;
  const territory = territories[t] ?? '';
  const openRight = round % 2 === 0;
  const code = openRight ? 'droits_ouverts' : 'actions';
  const before = total(await dashboard(t), code);
  const household = (
    await sql<{ id: string; organisation_id: string; created_at: Date; benefits: string[] }>`
      select h.id, h.organisation_id, h.created_at,
        array(select benefit from right_follow_up f where f.household_id = h.id) as benefits
      from household h
      where h.territory_id = ${territory}
        and indicator_month(h.created_at) between '2025-01-01' and '2025-10-01'
      order by h.id offset ${Math.floor(Math.random() * 200)} limit 1`.execute(db)
  ).rows[0];
  // A household taken at random (a rerun on a kept database writes to other ones).
  const benefit = BENEFITS.find((b) => !household?.benefits.includes(b));
  if (household === undefined || benefit === undefined) throw new Error('no household to write');
  const t0 = performance.now();
  await db.transaction().execute(async (trx) => {
    if (!openRight) {
      await sql`insert into outreach_action (territory_id, organisation_id, type, held_on,
          quartier, people_met, duration_minutes, client_id)
        values (${territory}, ${household.organisation_id}, 'maraude', ${household.created_at}::date + 14,
          'Quartier 1', 7, 90, gen_random_uuid())`.execute(trx);
      return;
    }
    const created = await sql<{ id: string }>`
      insert into right_follow_up (household_id, organisation_id, benefit, stage,
        estimated_monthly, actual_monthly, created_at)
      values (${household.id}, ${household.organisation_id}, ${benefit}, 'ouvert', 120, 120,
        ${household.created_at}::timestamptz + interval '1 day')
      returning id`.execute(trx);
    await sql`insert into right_stage_history (right_id, household_id, organisation_id, stage, changed_at)
      select ${created.rows[0]?.id}::uuid, ${household.id}::uuid, ${household.organisation_id}::uuid, s, at
      from (values ('identifie', ${household.created_at}::timestamptz + interval '1 day'),
        ('ouvert', ${household.created_at}::timestamptz + interval '21 days')) v (s, at)`.execute(
      trx,
    );
  });
  const after = total(await dashboard(t), code);
  afterWrite.push(performance.now() - t0);
  log(`read_after_write round ${round}: ${(performance.now() - t0).toFixed(0)} ms`);
  if (after !== before + 1) throw new Error(`${code}: ${before} puis ${after} après l’écriture`);
}
afterWrite.sort((a, b) => a - b);
console.log(`read_after_write_p50_ms: ${percentile(afterWrite, 50).toFixed(1)}`);
console.log(`read_after_write_p95_ms: ${percentile(afterWrite, 95).toFixed(1)}`);

await close();
if (process.env.KEEP !== '1') await admin(`drop database if exists ${name} with (force)`);
