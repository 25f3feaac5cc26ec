import { benefitIds } from '@znr/rules';
import { Migrator, sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openFreshDatabase } from '../test/fresh-database.ts';
import type { DatabaseHandle } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import { migrations } from './migrations/index.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const REPAIR = '0024-benefit-vocabulary';
// Every migration from an empty database, on PGlite, on a shared machine.
const SLOW = 180_000;

/** A fresh database migrated up to, not including, the vocabulary's repair. */
async function beforeRepair(): Promise<DatabaseHandle> {
  const { handle, drop } = await openFreshDatabase();
  cleanups.push(drop, () => handle.close());
  const earlier = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < REPAIR));
  const { error } = await new Migrator({
    db: handle.db,
    provider: { getMigrations: () => Promise.resolve(earlier) },
  }).migrateToLatest();
  if (error !== undefined) throw new Error('migrations before 0024 failed', { cause: error });
  return handle;
}

type Row = Record<string, unknown>;

async function rows(db: Kysely<unknown>, query: ReturnType<typeof sql>): Promise<Row[]> {
  return (await query.execute(db)).rows as Row[];
}

/** A territory and its CCAS, by their ids. */
async function territoryWithOrganisation(db: Kysely<unknown>): Promise<{ t: string; o: string }> {
  const [territory] = await rows(
    db,
    sql`insert into territory (name) values ('Vénissieux') returning id`,
  );
  const t = String(territory?.id);
  const [org] = await rows(
    db,
    sql`insert into organisation (territory_id, name, type) values (${t}, 'CCAS', 'ccas_cias')
        returning id`,
  );
  return { t, o: String(org?.id) };
}

/** A right as the old code wrote it, with its stage history. */
async function right(
  db: Kysely<unknown>,
  at: { household: string; organisation: string },
  benefit: string,
  stages: [string, string][],
  estimated: number | null = null,
): Promise<string> {
  const [last] = stages.at(-1) ?? [];
  const [created] = stages[0] ?? [];
  const [row] = await rows(
    db,
    sql`insert into right_follow_up (household_id, organisation_id, benefit, stage,
          estimated_monthly, created_at, updated_at)
        values (${at.household}, ${at.organisation}, ${benefit}, ${stages.at(-1)?.[1]},
          ${estimated}, ${created}::timestamptz, ${last}::timestamptz)
        returning id`,
  );
  const id = String(row?.id);
  for (const [on, stage] of stages) {
    await sql`insert into right_stage_history (right_id, household_id, organisation_id, stage, changed_at)
      values (${id}, ${at.household}, ${at.organisation}, ${stage}, ${on}::timestamptz)`.execute(
      db,
    );
  }
  return id;
}

describe('migration 0024: one benefit vocabulary', () => {
  it(
    'repairs the old codes into the engine ids, keeps every history row and rebuilds the indicators',
    async () => {
      const { db } = await beforeRepair();
      const raw = db as unknown as Kysely<unknown>;
      const { t, o } = await territoryWithOrganisation(raw);
      const household = async () =>
        String(
          (
            await rows(
              raw,
              sql`insert into household (organisation_id, territory_id, created_at)
                values (${o}, ${t}, '2026-01-05') returning id`,
            )
          )[0]?.id,
        );
      const h1 = await household();
      const h2 = await household();
      const one = { household: h1, organisation: o };
      const two = { household: h2, organisation: o };
      // The bilan's id and the picker's, for the same household: one right followed twice.
      const kept = await right(raw, one, 'aide_logement', [['2026-01-05', 'identifie']]);
      await right(
        raw,
        one,
        'aides_logement',
        [
          ['2026-01-06', 'identifie'],
          ['2026-02-10', 'ouvert'],
        ],
        250,
      );
      await right(raw, one, 'ASF', [['2026-01-07', 'identifie']]);
      await right(raw, one, ' Prime_Activite ', [['2026-01-07', 'demarche_a_faire']]);
      await right(raw, two, 'bourse_lycee', [['2026-01-08', 'identifie']]);
      await right(raw, two, '', [['2026-01-09', 'identifie']]);
      await sql`insert into right_statistic (territory_id, organisation_id, benefit, stage, opened_month)
      values (${t}, ${o}, 'aides_logement', 'ouvert', '2026-01'),
             (${t}, ${o}, 'RSA', 'ouvert', '2026-01'),
             (${t}, ${o}, '', 'refuse', '2026-01')`.execute(raw);
      for (const [title, benefit] of [
        ['Pièces', 'ASF'],
        ['Délais', ''],
        ['Bourse', 'bourse_lycee'],
        ['Sans aide', null],
      ] as const) {
        await sql`insert into blockage (territory_id, organisation_id, title, description, benefit,
          institution, raised_on)
        values (${t}, ${o}, ${title}, 'Description', ${benefit}, 'caf', '2026-01-15')`.execute(raw);
      }
      await sql`select indicator_refresh(${t}::uuid)`.execute(raw);
      const before = await rows(raw, sql`select distinct benefit from indicator_right_benefit`);
      expect(before.map((r) => r.benefit)).toContain('aides_logement');
      const historyBefore = await rows(
        raw,
        sql`select count(*)::int as n from right_stage_history`,
      );

      expect(await migrateToLatest(db)).toEqual([REPAIR]);

      const rights = await rows(
        raw,
        sql`select household_id, benefit, stage, estimated_monthly::float as estimated, closure_note
          from right_follow_up order by household_id = ${h1} desc, benefit`,
      );
      expect(rights).toEqual([
        {
          household_id: h1,
          benefit: 'aide_logement',
          stage: 'ouvert',
          estimated: 250,
          closure_note: null,
        },
        {
          household_id: h1,
          benefit: 'asf',
          stage: 'identifie',
          estimated: null,
          closure_note: null,
        },
        {
          household_id: h1,
          benefit: 'ppa',
          stage: 'demarche_a_faire',
          estimated: null,
          closure_note: null,
        },
        {
          household_id: h2,
          benefit: 'autre_aide',
          stage: 'identifie',
          estimated: null,
          closure_note: 'Aide d’origine : « bourse_lycee »',
        },
      ]);
      // No stage change lost: the duplicate's history now belongs to the right that stayed.
      const history = await rows(
        raw,
        sql`select count(*)::int as n, count(*) filter (where right_id = ${kept})::int as kept
          from right_stage_history`,
      );
      expect(history).toEqual([{ n: historyBefore[0]?.n, kept: 3 }]);
      expect(
        (await rows(raw, sql`select benefit from right_statistic order by benefit`)).map(
          (r) => r.benefit,
        ),
      ).toEqual(['aide_logement', 'autre_aide', 'rsa']);
      expect(
        await rows(raw, sql`select title, benefit, examples from blockage order by title`),
      ).toEqual([
        {
          title: 'Bourse',
          benefit: null,
          examples: 'Aide indiquée à l’origine : « bourse_lycee »',
        },
        { title: 'Délais', benefit: null, examples: null },
        { title: 'Pièces', benefit: 'asf', examples: null },
        { title: 'Sans aide', benefit: null, examples: null },
      ]);
      // The aggregates were rebuilt: one housing-aid row, opened in February, no old code.
      const aggregates = await rows(
        raw,
        sql`select benefit, sum(identified)::int as identified, sum(opened)::int as opened
          from indicator_right_benefit group by benefit`,
      );
      expect(aggregates.map((r) => String(r.benefit)).sort()).toEqual([
        'aide_logement',
        'asf',
        'autre_aide',
        'ppa',
        'rsa',
      ]);
      expect(aggregates.find((r) => r.benefit === 'aide_logement')).toMatchObject({ opened: 2 });
      expect(
        (
          await rows(raw, sql`select distinct benefit from indicator_blockage order by benefit`)
        ).map((r) => r.benefit),
      ).toEqual(['', 'asf']);
    },
    SLOW,
  );

  it(
    'refuses a benefit id outside the vocabulary in every column that holds one',
    async () => {
      const { db } = await beforeRepair();
      await migrateToLatest(db);
      const raw = db as unknown as Kysely<unknown>;
      const ids = await rows(raw, sql`select znr_benefit_ids() as ids`);
      expect(ids[0]?.ids).toEqual([...benefitIds]);
      const { t, o } = await territoryWithOrganisation(raw);
      const [h] = await rows(
        raw,
        sql`insert into household (organisation_id, territory_id) values (${o}, ${t}) returning id`,
      );
      const attempts = [
        sql`insert into right_follow_up (household_id, organisation_id, benefit, stage)
          values (${String(h?.id)}, ${o}, 'aides_logement', 'identifie')`,
        sql`insert into right_statistic (territory_id, organisation_id, benefit, stage, opened_month)
          values (${t}, ${o}, 'RSA', 'ouvert', '2026-01')`,
        sql`insert into blockage (territory_id, organisation_id, title, description, benefit, institution)
          values (${t}, ${o}, 'Titre', 'Description', 'ASF', 'caf')`,
        sql`insert into indicator_right_benefit (territory_id, month, benefit, identified, engaged,
            opened, refused, abandoned, opened_monthly)
          values (${t}, '2026-01-01', '', 1, 0, 0, 0, 0, 0)`,
      ];
      for (const attempt of attempts) {
        await expect(attempt.execute(raw)).rejects.toThrow(/benefit_known/);
      }
      await sql`insert into right_follow_up (household_id, organisation_id, benefit, stage)
      values (${String(h?.id)}, ${o}, 'aide_logement', 'identifie')`.execute(raw);
    },
    SLOW,
  );
});
