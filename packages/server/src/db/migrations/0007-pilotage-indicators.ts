import { sql, type Kysely } from 'kysely';

// Indicators of a territory (docs/indicators.md), kept in aggregate tables that hold counts only:
// no household, person or right id. They are rebuilt per territory by `indicator_refresh`, a
// SECURITY DEFINER function (it reads the case files without their row-level security, which
// would hide them from a pilote or an évaluateur), and a write to any source table marks its
// territory stale through a trigger; the API refreshes stale territories before reading, so the
// dashboard is never behind and the évaluateur never reads a personal row (docs/security.md).

/** Household answers the indicators need, the aggregate tables, their refresh and triggers. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await householdColumns(db);
  await aggregateTables(db);
  await refreshFunction(db);
  await staleTriggers(db);
  await grants(db);
}

async function householdColumns(db: Kysely<unknown>): Promise<void> {
  // Asked by the suivi form: is the household already followed by a social worker (oui / non /
  // ne sait pas), and was it met during an aller-vers action whose count already includes it.
  await sql`
    alter table household
      add column social_follow_up text check (social_follow_up in ('oui', 'non', 'inconnu')),
      add column met_in_outreach boolean not null default false`.execute(db);
}

/** Columns shared by every aggregate: where and when. `quartier` is '' when not given. */
const where = sql`
  territory_id uuid not null references territory (id) on delete cascade,
  month date not null`;

async function aggregateTables(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table indicator_stale (
      territory_id uuid primary key references territory (id) on delete cascade,
      since timestamptz not null default now()
    )`.execute(db);

  // Case files: households by the month their file was opened (a cohort: how far they went since),
  // and bilans by the month they were saved.
  await sql`
    create table indicator_household (
      ${where},
      organisation_id uuid not null,
      quartier text not null,
      households integer not null,
      met_in_outreach integer not null,
      with_bilan integer not null,
      with_identified integer not null,
      with_engaged integer not null,
      with_opened integer not null,
      social_follow_up_yes integer not null,
      social_follow_up_no integer not null,
      bilans integer not null
    )`.execute(db);

  // Followed rights: each event counted in the month it happened.
  await sql`
    create table indicator_right (
      ${where},
      organisation_id uuid not null,
      quartier text not null,
      benefit text not null,
      identified integer not null,
      engaged integer not null,
      opened integer not null,
      refused integer not null,
      abandoned integer not null,
      opened_monthly numeric(14, 2) not null
    )`.execute(db);

  // Delays from identification to opening, as a histogram (days -> rights) so that a median can
  // be taken over any grouping of cells.
  await sql`
    create table indicator_delay (
      ${where},
      organisation_id uuid not null,
      quartier text not null,
      benefit text not null,
      delay_days integer not null,
      rights integer not null
    )`.execute(db);

  await sql`
    create table indicator_action (
      ${where},
      organisation_id uuid not null,
      quartier text not null,
      action_type text not null,
      actions integer not null,
      people_met integer not null,
      went_to_bilan integer not null,
      went_to_case_file integer not null,
      minutes integer not null
    )`.execute(db);

  // Organisations that took part in an action's team or a workshop, per month (distinct counts
  // cannot be summed, so the organisation stays in the row).
  await sql`
    create table indicator_partner (
      ${where},
      organisation_id uuid not null,
      source text not null check (source in ('action', 'atelier'))
    )`.execute(db);

  await sql`
    create table indicator_workshop (
      ${where},
      workshops integer not null,
      participants integer not null
    )`.execute(db);

  await sql`
    create table indicator_blockage (
      ${where},
      institution text not null,
      benefit text not null,
      raised integer not null,
      resolved integer not null
    )`.execute(db);

  for (const table of [
    'indicator_household',
    'indicator_right',
    'indicator_delay',
    'indicator_action',
    'indicator_partner',
    'indicator_workshop',
    'indicator_blockage',
  ]) {
    await sql`create index ${sql.id(`${table}_territory_idx`)} on ${sql.table(table)} (territory_id, month)`.execute(
      db,
    );
  }
  // Over all territories (the évaluateur), queries filter on the month first.
  await sql`create index indicator_right_month_idx on indicator_right (month)`.execute(db);
  await sql`create index indicator_delay_month_idx on indicator_delay (month)`.execute(db);
}

async function refreshFunction(db: Kysely<unknown>): Promise<void> {
  // The month of a timestamp, in the experiment's time zone.
  await sql`
    create function indicator_month(at timestamptz) returns date language sql immutable as
    $$ select date_trunc('month', at at time zone 'Europe/Paris')::date $$`.execute(db);

  await sql`
    create function indicator_refresh(t uuid) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
    begin
      -- One refresh of a territory at a time; the others wait and then find it fresh.
      perform pg_advisory_xact_lock(7262012, hashtext(t::text));
      delete from indicator_stale where territory_id = t;
      delete from indicator_household where territory_id = t;
      delete from indicator_right where territory_id = t;
      delete from indicator_delay where territory_id = t;
      delete from indicator_action where territory_id = t;
      delete from indicator_partner where territory_id = t;
      delete from indicator_workshop where territory_id = t;
      delete from indicator_blockage where territory_id = t;

      -- Each followed right with the first time it reached each stage.
      create temporary table pg_temp.indicator_rights on commit drop as
        select f.organisation_id, coalesce(h.quartier, '') as quartier, f.household_id, f.benefit,
               f.stage, f.created_at,
               coalesce(f.actual_monthly, f.estimated_monthly, 0) as amount,
               min(s.changed_at) filter (where s.stage in ('demarche_engagee', 'ouvert', 'refuse')) as engaged_at,
               min(s.changed_at) filter (where s.stage = 'ouvert') as opened_at,
               min(s.changed_at) filter (where s.stage = 'refuse') as refused_at,
               min(s.changed_at) filter (where s.stage = 'abandonne') as abandoned_at
        from right_follow_up f
        join household h on h.id = f.household_id
        left join right_stage_history s on s.right_id = f.id
        where h.territory_id = t
        group by f.id, h.quartier;

      insert into indicator_household
        select t, m, organisation_id, quartier, sum(households), sum(met_in_outreach),
               sum(with_bilan), sum(with_identified), sum(with_engaged), sum(with_opened),
               sum(yes), sum(no), sum(bilans)
        from (
          select indicator_month(h.created_at) as m, h.organisation_id, coalesce(h.quartier, '') as quartier,
                 1 as households, h.met_in_outreach::int as met_in_outreach,
                 (exists (select 1 from bilan b where b.household_id = h.id))::int as with_bilan,
                 coalesce(r.identified, 0) as with_identified, coalesce(r.engaged, 0) as with_engaged,
                 coalesce(r.opened, 0) as with_opened,
                 (h.social_follow_up = 'oui')::int as yes, (h.social_follow_up = 'non')::int as no,
                 0 as bilans
          from household h
          left join (
            select household_id,
                   max((stage <> 'non_eligible')::int) as identified,
                   max((engaged_at is not null)::int) as engaged,
                   max((opened_at is not null)::int) as opened
            from pg_temp.indicator_rights group by household_id
          ) r on r.household_id = h.id
          where h.territory_id = t
          union all
          select indicator_month(b.created_at), h.organisation_id, coalesce(h.quartier, ''),
                 0, 0, 0, 0, 0, 0, 0, 0, 1
          from bilan b join household h on h.id = b.household_id
          where h.territory_id = t
        ) cells
        group by m, organisation_id, quartier;

      insert into indicator_right
        select t, indicator_month(e.at), r.organisation_id, r.quartier, r.benefit,
               count(*) filter (where e.kind = 'identifie'),
               count(*) filter (where e.kind = 'engage'),
               count(*) filter (where e.kind = 'ouvert'),
               count(*) filter (where e.kind = 'refuse'),
               count(*) filter (where e.kind = 'abandonne'),
               coalesce(sum(r.amount) filter (where e.kind = 'ouvert'), 0)
        from pg_temp.indicator_rights r
        cross join lateral (values
          ('identifie', case when r.stage <> 'non_eligible' then r.created_at end),
          ('engage', r.engaged_at), ('ouvert', r.opened_at),
          ('refuse', r.refused_at), ('abandonne', r.abandoned_at)) e (kind, at)
        where e.at is not null
        group by 2, 3, 4, 5;

      -- Rights of erased households survive as pseudonymous statistics (migration 0004).
      insert into indicator_right
        select t, to_date(opened_month, 'YYYY-MM'), organisation_id, '', benefit,
               0, 0, count(*), 0, 0, sum(coalesce(actual_monthly, estimated_monthly, 0))
        from right_statistic
        where territory_id = t and stage = 'ouvert'
        group by 2, 3, 5;

      insert into indicator_delay
        select t, indicator_month(opened_at), organisation_id, quartier, benefit,
               greatest(0, (opened_at at time zone 'Europe/Paris')::date
                           - (created_at at time zone 'Europe/Paris')::date),
               count(*)
        from pg_temp.indicator_rights
        where opened_at is not null
        group by 2, 3, 4, 5, 6;

      insert into indicator_action
        select t, date_trunc('month', held_on)::date, organisation_id, coalesce(quartier, ''), type,
               count(*), sum(people_met), sum(went_to_bilan), sum(went_to_case_file),
               coalesce(sum(duration_minutes), 0)
        from outreach_action where territory_id = t
        group by 2, 3, 4, 5;

      insert into indicator_partner
        select distinct t, date_trunc('month', a.held_on)::date, m.organisation_id, 'action'
        from outreach_action a join outreach_action_team m on m.action_id = a.id
        where a.territory_id = t
        union
        select distinct t, date_trunc('month', a.held_on)::date, a.organisation_id, 'action'
        from outreach_action a where a.territory_id = t
        union
        select distinct t, date_trunc('month', w.held_on)::date, o.id, 'atelier'
        from workshop w cross join lateral unnest(w.organisation_ids) o (id)
        where w.territory_id = t;

      insert into indicator_workshop
        select t, date_trunc('month', held_on)::date, count(*), coalesce(sum(participants), 0)
        from workshop where territory_id = t
        group by 2;

      insert into indicator_blockage
        select t, m, institution, benefit, sum(raised), sum(resolved)
        from (
          select date_trunc('month', raised_on)::date as m, institution, coalesce(benefit, '') as benefit,
                 1 as raised, 0 as resolved
          from blockage where territory_id = t
          union all
          select date_trunc('month', resolved_on)::date, institution, coalesce(benefit, ''), 0, 1
          from blockage where territory_id = t and status = 'resolu' and resolved_on is not null
        ) events
        group by m, institution, benefit;

      drop table pg_temp.indicator_rights;
    end $$`.execute(db);

  // Refreshes the stale territories (all, or the one given) and returns how many it refreshed.
  await sql`
    create function indicator_refresh_stale(only_territory uuid) returns integer
    language plpgsql security definer set search_path = public, pg_temp as $$
    declare
      stale uuid;
      refreshed integer := 0;
    begin
      for stale in
        select territory_id from indicator_stale
        where only_territory is null or territory_id = only_territory
      loop
        perform indicator_refresh(stale);
        refreshed := refreshed + 1;
      end loop;
      return refreshed;
    end $$`.execute(db);
}

async function staleTriggers(db: Kysely<unknown>): Promise<void> {
  // Marks the territory of the changed row stale. The trigger's argument says how the row leads to
  // its territory: it carries it, it carries its organisation, or it belongs to an action.
  await sql`
    create function indicator_mark_stale() returns trigger
    language plpgsql security definer set search_path = public, pg_temp as $$
    declare
      via text := tg_argv[0];
      keys uuid[] := array[]::uuid[];
    begin
      if tg_op <> 'DELETE' then keys := keys || ((to_jsonb(new) ->> via)::uuid); end if;
      if tg_op <> 'INSERT' then keys := keys || ((to_jsonb(old) ->> via)::uuid); end if;
      insert into indicator_stale (territory_id)
        select distinct territory_id from (
          select k as territory_id from unnest(keys) k where via = 'territory_id'
          union all
          select o.territory_id from organisation o where via = 'organisation_id' and o.id = any (keys)
          union all
          select a.territory_id from outreach_action a where via = 'action_id' and a.id = any (keys)
        ) touched
        where territory_id is not null
      on conflict do nothing;
      return null;
    end $$`.execute(db);

  const via: [string, string][] = [
    ['household', 'territory_id'],
    ['right_statistic', 'territory_id'],
    ['outreach_action', 'territory_id'],
    ['workshop', 'territory_id'],
    ['blockage', 'territory_id'],
    ['bilan', 'organisation_id'],
    ['right_follow_up', 'organisation_id'],
    ['right_stage_history', 'organisation_id'],
    ['outreach_action_team', 'action_id'],
  ];
  for (const [table, column] of via) {
    await sql`
      create trigger ${sql.id(`${table}_indicator_stale`)}
      after insert or update or delete on ${sql.table(table)}
      for each row execute function indicator_mark_stale(${sql.lit(column)})`.execute(db);
  }
}

async function grants(db: Kysely<unknown>): Promise<void> {
  const tables = [
    'indicator_stale',
    'indicator_household',
    'indicator_right',
    'indicator_delay',
    'indicator_action',
    'indicator_partner',
    'indicator_workshop',
    'indicator_blockage',
  ];
  for (const table of tables) {
    // Written only by the SECURITY DEFINER functions above; the application reads the counts.
    await sql`revoke insert, update, delete on ${sql.table(table)} from znr_app`.execute(db);
  }
  await sql`revoke all on indicator_stale from znr_app`.execute(db);
  // Defence in depth: the API already limits a coordinateur or pilote to their territory.
  for (const table of tables.slice(1)) {
    await sql`alter table ${sql.table(table)} enable row level security`.execute(db);
    await sql`create policy ${sql.id(`${table}_read`)} on ${sql.table(table)} for select using (
      znr_role() = 'evaluateur'
      or territory_id = (select o.territory_id from organisation o where o.id = znr_org()))`.execute(
      db,
    );
  }
  await sql`revoke all on function indicator_refresh(uuid), indicator_refresh_stale(uuid) from public`.execute(
    db,
  );
  await sql`grant execute on function indicator_refresh_stale(uuid) to znr_app`.execute(db);
}
