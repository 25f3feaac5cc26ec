import { sql, type Kysely } from 'kysely';

// One benefit vocabulary (issue #15): every column that holds a benefit id holds one of
// @znr/rules' `benefitIds`, checked by the database. A bilan saved `aide_logement` while the
// manual picker and the detection rules saved `aides_logement` and the blockage form took any
// word (`ASF`, `prime_activite`): the dashboard showed the same right twice and a blank row.
//
// The list is written here, not imported (a released migration never imports); the migration
// test keeps `znr_benefit_ids()` equal to @znr/rules' list, so a benefit added to the engine
// fails the tests until a new migration replaces the function (widening the checks).
//
// Repair of the rows written before, none lost:
// - a known spelling (`aides_logement`, `APL`, `prime_activite`, `ASF`, ` rsa `…) becomes the id;
// - a right (or its pseudonymous statistic) with a code still unknown, or empty, becomes
//   `autre_aide`, its original code kept in its note;
// - when the repair gives a household the same right twice, the two follow-ups become one: the
//   stage history of both is kept under the right that already had the id (or the older one),
//   its empty amounts, organisation in charge and bilan filled from the other, and the stage of
//   whichever was changed last;
// - a blockage with a code still unknown has no benefit (it is optional), the code kept at the
//   end of its examples;
// - the indicator aggregates of the territories touched are rebuilt.

const BENEFIT_IDS = [
  'rsa',
  'ppa',
  'aide_logement',
  'af',
  'cf',
  'asf',
  'ars',
  'paje_base',
  'aah',
  'aspa',
  'asi',
  'css',
  'cheque_energie',
  'bouclier_eau',
  'autre_aide',
];

/** Other spellings met in the data, by their normalised form (lower case, `_` for spaces). */
const ALIASES: Record<string, string> = {
  aides_logement: 'aide_logement',
  aide_au_logement: 'aide_logement',
  aides_au_logement: 'aide_logement',
  aides_personnelles_au_logement: 'aide_logement',
  apl: 'aide_logement',
  alf: 'aide_logement',
  als: 'aide_logement',
  prime_activite: 'ppa',
  prime_d_activite: 'ppa',
  pa: 'ppa',
  allocations_familiales: 'af',
  complement_familial: 'cf',
  paje: 'paje_base',
  c2s: 'css',
  cmu_c: 'css',
  complementaire_sante_solidaire: 'css',
  cheque_energie: 'cheque_energie',
  rsa_socle: 'rsa',
};

/** The function the checks call, the repair, the checks, then the aggregates rebuilt. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ids = sql.join(BENEFIT_IDS.map((id) => sql.lit(id)));
  await sql`
    create function znr_benefit_ids() returns text[] language sql immutable parallel safe as
    $$ select array[${ids}]::text[] $$`.execute(db);

  const aliasRows = sql.join(
    Object.entries(ALIASES).map(([from, to]) => sql`(${sql.lit(from)}, ${sql.lit(to)})`),
  );
  // The id a stored code means, or null when it means none of them.
  await sql`
    create function pg_temp.benefit_repaired(code text) returns text language sql immutable as $$
      with normalised(c) as (
        select regexp_replace(translate(lower(trim(code)), 'éèêàç', 'eeeac'), '[^a-z0-9]+', '_', 'g'))
      select case
        when c = any (znr_benefit_ids()) then c
        else (select a.target from (values ${aliasRows}) as a(source, target) where a.source = c)
      end from normalised
    $$`.execute(db);

  await sql`create temporary table repaired_territory (id uuid primary key) on commit drop`.execute(
    db,
  );
  // Forced row-level security would hide the rows from a migration run by their owner.
  for (const table of ['right_follow_up', 'blockage', 'outreach_candidate']) {
    await sql`alter table ${sql.table(table)} no force row level security`.execute(db);
  }
  await repairRights(db);
  await repairOthers(db);
  for (const table of ['right_follow_up', 'blockage', 'outreach_candidate']) {
    await sql`alter table ${sql.table(table)} force row level security`.execute(db);
  }

  for (const table of ['right_follow_up', 'right_statistic']) {
    await sql`alter table ${sql.table(table)} add constraint ${sql.id(`${table}_benefit_known`)}
      check (benefit = any (znr_benefit_ids()))`.execute(db);
  }
  await sql`alter table blockage add constraint blockage_benefit_known
    check (benefit is null or benefit = any (znr_benefit_ids()))`.execute(db);
  await sql`alter table outreach_candidate add constraint outreach_candidate_benefits_known
    check (cardinality(benefits) >= 1 and benefits <@ znr_benefit_ids())`.execute(db);

  // Aggregates are rebuilt from the repaired rows, then checked like them ('' is a blockage
  // without benefit in indicator_blockage).
  await sql`
    do $$ declare t uuid; begin
      for t in select id from repaired_territory order by id loop
        perform indicator_refresh(t);
      end loop;
    end $$`.execute(db);
  for (const table of [
    'indicator_right',
    'indicator_delay',
    'indicator_right_benefit',
    'indicator_delay_benefit',
    'indicator_delay_national',
  ]) {
    await sql`alter table ${sql.table(table)} add constraint ${sql.id(`${table}_benefit_known`)}
      check (benefit = any (znr_benefit_ids()))`.execute(db);
  }
  await sql`alter table indicator_blockage add constraint indicator_blockage_benefit_known
    check (benefit = '' or benefit = any (znr_benefit_ids()))`.execute(db);
}

async function repairRights(db: Kysely<unknown>): Promise<void> {
  // Each follow-up whose code is not an id, with the id it becomes.
  await sql`
    create temporary table right_repair on commit drop as
      select r.id, r.household_id, r.benefit as code,
        coalesce(pg_temp.benefit_repaired(r.benefit), 'autre_aide') as target
      from right_follow_up r
      where not (r.benefit = any (znr_benefit_ids()))`.execute(db);
  await sql`
    insert into repaired_territory
      select distinct o.territory_id from right_repair x
      join right_follow_up r on r.id = x.id join organisation o on o.id = r.organisation_id
    on conflict do nothing`.execute(db);
  // Unknown codes keep their original spelling in the note.
  await sql`
    update right_follow_up r set closure_note = concat_ws(' ; ', r.closure_note,
      'Aide d’origine : « ' || x.code || ' »')
    from right_repair x
    where x.id = r.id and x.target = 'autre_aide' and trim(x.code) <> ''`.execute(db);
  // Per household and id, the follow-up that stays: the one already under the id, else the oldest.
  await sql`
    create temporary table right_merge on commit drop as
      with candidates as (
        select r.id, r.household_id, coalesce(x.target, r.benefit) as target, r.created_at,
          (x.id is null) as canonical
        from right_follow_up r left join right_repair x on x.id = r.id
        where (r.household_id, coalesce(x.target, r.benefit)) in
          (select household_id, target from right_repair)),
      ranked as (
        select c.*, first_value(c.id) over (partition by c.household_id, c.target
          order by c.canonical desc, c.created_at, c.id) as keeper
        from candidates c)
      select id, keeper from ranked where id <> keeper`.execute(db);
  await sql`update right_stage_history h set right_id = m.keeper
    from right_merge m where h.right_id = m.id`.execute(db);
  await sql`
    update right_follow_up k set
      estimated_monthly = coalesce(k.estimated_monthly, d.estimated_monthly),
      actual_monthly = coalesce(k.actual_monthly, d.actual_monthly),
      in_charge_organisation_id = coalesce(k.in_charge_organisation_id, d.in_charge_organisation_id),
      bilan_id = coalesce(k.bilan_id, d.bilan_id),
      stage = case when d.updated_at > k.updated_at then d.stage else k.stage end,
      closure_reason = case when d.updated_at > k.updated_at then d.closure_reason
        else k.closure_reason end,
      closure_note = nullif(concat_ws(' ; ', k.closure_note, d.closure_note), ''),
      updated_at = greatest(k.updated_at, d.updated_at),
      created_at = least(k.created_at, d.created_at)
    from right_merge m join right_follow_up d on d.id = m.id
    where k.id = m.keeper`.execute(db);
  await sql`delete from right_follow_up r using right_merge m where r.id = m.id`.execute(db);
  await sql`
    update right_follow_up r set benefit = x.target
    from right_repair x where x.id = r.id`.execute(db);
}

async function repairOthers(db: Kysely<unknown>): Promise<void> {
  await sql`
    insert into repaired_territory
      select distinct territory_id from right_statistic
      where not (benefit = any (znr_benefit_ids()))
      union select distinct territory_id from blockage
      where benefit is not null and not (benefit = any (znr_benefit_ids()))
    on conflict do nothing`.execute(db);
  await sql`
    update right_statistic set benefit = coalesce(pg_temp.benefit_repaired(benefit), 'autre_aide')
    where not (benefit = any (znr_benefit_ids()))`.execute(db);
  await sql`
    update blockage set
      examples = case when pg_temp.benefit_repaired(benefit) is null and trim(benefit) <> ''
        then concat_ws(E'\n', examples, 'Aide indiquée à l’origine : « ' || benefit || ' »')
        else examples end,
      benefit = pg_temp.benefit_repaired(benefit)
    where benefit is not null and not (benefit = any (znr_benefit_ids()))`.execute(db);
  await sql`
    update outreach_candidate c set benefits = array(
      select distinct coalesce(pg_temp.benefit_repaired(b), 'autre_aide') from unnest(c.benefits) b)
    where not (c.benefits <@ znr_benefit_ids())`.execute(db);
}
