// npm run bench:cases — case files at the scale of a region, on PostgreSQL.
// Seeds PERSONS persons (default 1,000,000) in HOUSEHOLDS households (400,000) over 40
// territories of 10 organisations each, with referrals between partners, straight in SQL; then 50
// concurrent users (one per organisation drawn at random) run the three screens of the suivi
// through the real services (row-level security, audit chain included) and the p50/p95 of each
// are printed. Needs DATABASE_URL (a PostgreSQL server; a database znr_bench_cases is recreated).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { frenchPhonetic } from '@znr/linkage';
import {
  listReferralInbox,
  migrateToLatest,
  openDatabase,
  readHousehold,
  searchHouseholds,
} from '@znr/server';
import { sql } from 'kysely';
import pg from 'pg';
import { admin, percentile, recreateDatabase, serverUrl } from './bench-database.ts';

const PERSONS = Number(process.env.PERSONS ?? 1_000_000);
const HOUSEHOLDS = Number(process.env.HOUSEHOLDS ?? 400_000);
const TERRITORIES = 40;
const ORGS_PER_TERRITORY = 10;
const ORGS = TERRITORIES * ORGS_PER_TERRITORY;
const USERS = Number(process.env.USERS ?? 50);
const ROUNDS = Number(process.env.ROUNDS ?? 20);
const POOL = Number(process.env.POOL ?? 20);

const lastNames = [
  'martin',
  'bernard',
  'dubois',
  'thomas',
  'robert',
  'richard',
  'petit',
  'durand',
  'leroy',
  'moreau',
  'simon',
  'laurent',
  'lefebvre',
  'michel',
  'garcia',
  'david',
  'bertrand',
  'roux',
  'vincent',
  'fournier',
  'morel',
  'girard',
  'andre',
  'lefevre',
  'mercier',
  'dupont',
  'lambert',
  'bonnet',
  'francois',
  'martinez',
  'diallo',
  'traore',
  'nguyen',
  'benali',
  'haddad',
  'camara',
  'kone',
  'belkacem',
  'mendes',
  'da silva',
  'tran',
  'cisse',
  'bouzid',
  'rossi',
  'ferreira',
  'lopez',
  'sanchez',
  'perez',
  'gomez',
  'muller',
];
const firstNames = [
  'marie',
  'jean',
  'awa',
  'mohamed',
  'fatima',
  'pierre',
  'nadia',
  'karim',
  'sophie',
  'linh',
  'yasmina',
  'rachid',
  'claire',
  'thomas',
  'aminata',
  'ibrahima',
  'julie',
  'nicolas',
  'sarah',
  'youssef',
];

async function seedDatabase(): Promise<void> {
  // Deterministic ids: md5 of a label, so that persons and referrals find their household by number.
  await sql`insert into territory (id, name) select md5('t' || t)::uuid, 'Territoire ' || t
    from generate_series(0, ${TERRITORIES - 1}) t`.execute(db);
  await sql`insert into organisation (id, territory_id, name, type)
    select md5('o' || o)::uuid, md5('t' || (o / ${ORGS_PER_TERRITORY}))::uuid, 'Organisation ' || o,
      (array['ccas_cias', 'caf', 'association'])[1 + o % 3]
    from generate_series(0, ${ORGS - 1}) o`.execute(db);
  await sql`insert into app_user (id, email, display_name, password_hash)
    select md5('u' || o)::uuid, 'u' || o || '@bench.fr', 'Agent ' || o, 'x'
    from generate_series(0, ${ORGS - 1}) o`.execute(db);
  await sql`insert into membership (user_id, organisation_id, role)
    select md5('u' || o)::uuid, md5('o' || o)::uuid, 'travailleur_social'
    from generate_series(0, ${ORGS - 1}) o`.execute(db);
  await sql`insert into household (id, organisation_id, territory_id, commune, quartier, qpv, last_activity_at)
    select md5('h' || h)::uuid, md5('o' || (h % ${ORGS}))::uuid,
      md5('t' || ((h % ${ORGS}) / ${ORGS_PER_TERRITORY}))::uuid, 'Commune', 'Quartier ' || (h % 7),
      h % 3 = 0, now() - make_interval(days => h % 700)
    from generate_series(0, ${HOUSEHOLDS - 1}) h`.execute(db);
  const lastSounds = lastNames.map((n) => frenchPhonetic(n));
  const firstSounds = firstNames.map((n) => frenchPhonetic(n));
  // Names drawn by a hash of the household (the family name, shared by its members) and of the
  // person (the first name), so that each organisation holds every name in about equal numbers,
  // as a real one would. (Drawn from the person's number modulo the list lengths before, they gave
  // each organisation a single first name and three family names: a search found either nothing
  // or a third of the organisation.)
  await sql`insert into person (household_id, organisation_id, role, first_name, last_name, birth_date,
      phone, name_key, phonetic_key, phone_key)
    select md5('h' || h)::uuid, md5('o' || (h % ${ORGS}))::uuid,
      case when p < ${HOUSEHOLDS} then 'demandeur' else 'enfant' end,
      initcap((${firstNames}::text[])[f]), initcap((${lastNames}::text[])[l]),
      date '1950-01-01' + (p % 25000),
      '06' || lpad((p % 100000000)::text, 8, '0'),
      ' ' || (${lastNames}::text[])[l] || ' ' || (${firstNames}::text[])[f] || ' ',
      ' ' || (${lastSounds}::text[])[l] || ' ' || (${firstSounds}::text[])[f] || ' ',
      '06' || lpad((p % 100000000)::text, 8, '0')
    from generate_series(0, ${PERSONS - 1}) p,
      lateral (select p % ${HOUSEHOLDS} as h) household,
      lateral (select 1 + (hashint4(h)::bigint + 2147483648) % ${lastNames.length} as l,
        1 + (hashint4(p + 1000000007)::bigint + 2147483648) % ${firstNames.length} as f) names
    -- A household's persons are created together, as the application does: side by side on disk.
    order by h, p`.execute(db);
  // One household in twenty is referred to the next organisation of its territory.
  await sql`insert into consent (id, household_id, organisation_id, scope, partner_organisation_id, method, given_on)
    select md5('c' || h)::uuid, md5('h' || h)::uuid, md5('o' || (h % ${ORGS}))::uuid, 'partage',
      md5('o' || ((h % ${ORGS}) / ${ORGS_PER_TERRITORY} * ${ORGS_PER_TERRITORY} + ((h % ${ORGS}) + 1) % ${ORGS_PER_TERRITORY}))::uuid,
      'oral', current_date
    from generate_series(0, ${HOUSEHOLDS - 1}, 20) h`.execute(db);
  await sql`insert into referral (household_id, from_organisation_id, to_organisation_id, consent_id, purpose, shares, status)
    select c.household_id, c.organisation_id, c.partner_organisation_id, c.id, 'Ouverture de droits',
      array['personnes', 'droits'], (array['envoyee', 'acceptee', 'refusee', 'cloturee'])[1 + (row_number() over ()) % 4]
    from consent c`.execute(db);
  // As autovacuum would: statistics, and the visibility map that index-only scans rely on.
  await sql`vacuum analyze`.execute(db);
  console.log(`seed_seconds: ${((Date.now() - started) / 1000).toFixed(1)}`);
}

const name = 'znr_bench_cases';
// REUSE=1 keeps a database seeded by an earlier run with KEEP=1 (only the new migrations run), so
// that a change can be measured again in seconds.
async function existingDatabase(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount !== 1) return undefined;
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
const reused = process.env.REUSE === '1' ? await existingDatabase() : undefined;
const { db, close } = await openDatabase({
  url: reused ?? (await recreateDatabase(name)),
  poolSize: POOL,
});
const started = Date.now();
await migrateToLatest(db);
if (reused === undefined) await seedDatabase();

type Op = 'search' | 'household' | 'inbox';
type Timings = Record<Op, number[]>;
async function timed(timings: Timings, op: Op, fn: () => Promise<unknown>): Promise<void> {
  const t0 = performance.now();
  await fn();
  timings[op].push(performance.now() - t0);
}

let seed = 42;
const random = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
/** md5(label)::uuid as the seed computes the ids, without a round trip to the server. */
function md5Uuid(label: string): string {
  const hex = createHash('md5').update(label).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A person reads a screen before asking for the next: between half and one and a half THINK_MS. */
const THINK_MS = Number(process.env.THINK_MS ?? 1000);
const pause = (thinkMs: number) =>
  thinkMs === 0
    ? Promise.resolve()
    : new Promise((resolve) => setTimeout(resolve, thinkMs * (0.5 + random(1000) / 1000)));

async function user(timings: Timings, thinkMs: number, rounds: number): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    const o = random(ORGS);
    const actor = {
      userId: md5Uuid(`u${o}`),
      organisationId: md5Uuid(`o${o}`),
      role: 'travailleur_social' as const,
    };
    const last = lastNames[random(lastNames.length)]!;
    await pause(thinkMs);
    await timed(timings, 'search', () => searchHouseholds(db, actor, { q: last.slice(0, 5) }));
    const h = o + ORGS * random(Math.floor(HOUSEHOLDS / ORGS));
    const household = md5Uuid(`h${h}`);
    await pause(thinkMs);
    await timed(timings, 'household', () => readHousehold(db, actor, household));
    await pause(thinkMs);
    await timed(timings, 'inbox', () => listReferralInbox(db, actor));
  }
}

// The machine is shared and saturated at 50 users: the processor time each round costs is the
// figure that compares from one version to the next. PostgreSQL's share is read from /proc when
// the server runs on this machine (its backends serving this database), else left out.
async function databaseCpuMs(): Promise<number | undefined> {
  const backends = await sql<{ pid: number }>`
    select pid from pg_stat_activity where datname = current_database()`.execute(db);
  let total = 0;
  for (const { pid } of backends.rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      total += ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
    } catch {
      return undefined;
    }
  }
  return total;
}
const CLOCK_TICKS = 100;

/** Runs USERS users at once; returns the timings and the processor time of one round. */
async function run(thinkMs: number, rounds = ROUNDS) {
  const timings: Timings = { search: [], household: [], inbox: [] };
  const nodeCpu0 = process.cpuUsage();
  const databaseCpu0 = await databaseCpuMs();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: USERS }, () => user(timings, thinkMs, rounds)));
  const seconds = (performance.now() - t0) / 1000;
  const nodeCpu = process.cpuUsage(nodeCpu0);
  const databaseCpu1 = await databaseCpuMs();
  const allRounds = USERS * rounds;
  return {
    timings,
    screensPerSecond: (3 * allRounds) / seconds,
    nodeCpuMs: (nodeCpu.user + nodeCpu.system) / 1000 / allRounds,
    databaseCpuMs:
      databaseCpu0 === undefined || databaseCpu1 === undefined
        ? undefined
        : (databaseCpu1 - databaseCpu0) / allRounds,
  };
}
function printPercentiles(prefix: string, timings: Timings): void {
  for (const op of ['search', 'household', 'inbox'] as const) {
    const sorted = timings[op].sort((a, b) => a - b);
    console.log(`${prefix}${op}_p50_ms: ${percentile(sorted, 50).toFixed(1)}`);
    console.log(`${prefix}${op}_p95_ms: ${percentile(sorted, 95).toFixed(1)}`);
  }
}

// Unmeasured, as a server that has been running: every connection of the pool has prepared its
// statements and the tables are in memory.
await run(0, 2);
// Then the users as they work (a pause between screens), then the same users without any
// pause: the machine saturated, which says how many screens per second it serves.
const working = await run(THINK_MS);
const saturated = await run(0);

console.log(`persons: ${PERSONS}`);
console.log(`households: ${HOUSEHOLDS}`);
console.log(`concurrent_users: ${USERS}`);
console.log(`think_ms: ${THINK_MS}`);
printPercentiles('', working.timings);
console.log(`screens_per_second: ${working.screensPerSecond.toFixed(0)}`);
printPercentiles('saturated_', saturated.timings);
console.log(`saturated_screens_per_second: ${saturated.screensPerSecond.toFixed(0)}`);
console.log(`node_cpu_ms_per_round: ${saturated.nodeCpuMs.toFixed(2)}`);
if (saturated.databaseCpuMs !== undefined) {
  console.log(`database_cpu_ms_per_round: ${saturated.databaseCpuMs.toFixed(2)}`);
}
await close();
if (process.env.KEEP !== '1') await admin(`drop database if exists ${name} with (force)`);
