import { sql, type Kysely } from 'kysely';

// Indicators, fifth step: the marks of migration 0018 name an organisation too. At the scale of
// bench:indicators a month of a territory holds 15,000 rights with an event, and rebuilding it
// after one write took 1 to 3.5 s (read_after_write_p95_ms: 6,849 on a loaded machine). A case-file
// row now marks its (territory, month, organisation) cell, and the read rebuilds the case-file
// aggregates of that organisation only (a tenth of the month), then re-adds the month's roll-ups
// from the detail rows (hundreds of rows). Actions, workshops, blockages and candidates mark the
// month with the nil organisation: their tables are small and an action's team spans
// organisations, so their month is rebuilt whole.

const NIL = '00000000-0000-0000-0000-000000000000';

/** Cells instead of months, their rebuild, and the read that rebuilds them. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table indicator_stale_month add column organisation_id uuid not null default ${sql.lit(NIL)}::uuid`.execute(
    db,
  );
  await sql`alter table indicator_stale_month drop constraint indicator_stale_month_pkey`.execute(
    db,
  );
  // A month marked before this migration: every organisation of its territory.
  await sql`
    insert into indicator_stale_month (territory_id, month, organisation_id)
    select s.territory_id, s.month, o.id
    from indicator_stale_month s join organisation o on o.territory_id = s.territory_id`.execute(
    db,
  );
  await sql`alter table indicator_stale_month add primary key (territory_id, month, organisation_id)`.execute(
    db,
  );
  // The cohort of one organisation (the territory's index of 0018 is no longer read).
  await sql`drop index household_indicator_month_idx`.execute(db);
  await sql`create index household_indicator_month_idx on household (organisation_id, indicator_month(created_at))`.execute(
    db,
  );

  await marks(db);
  await cellRefresh(db);
  await networkRefresh(db);
  await rollupRefresh(db);
  await staleRefresh(db);
}

async function marks(db: Kysely<unknown>): Promise<void> {
  // Months of the territory-wide tables (actions, workshops, blockages, candidates).
  await sql`
    create or replace function indicator_mark(t uuid, months date[]) returns void
    language sql security definer set search_path = public, pg_temp as $$
      insert into indicator_stale_month (territory_id, month, organisation_id)
        select distinct t, m, ${sql.lit(NIL)}::uuid from unnest(months) m
        where t is not null and m is not null
      on conflict do nothing
    $$`.execute(db);
  // Months of an organisation's case files.
  await sql`
    create function indicator_mark_case(t uuid, o uuid, months date[]) returns void
    language sql security definer set search_path = public, pg_temp as $$
      insert into indicator_stale_month (territory_id, month, organisation_id)
        select distinct t, m, o from unnest(months) m
        where t is not null and o is not null and m is not null
      on conflict do nothing
    $$`.execute(db);
  await sql`revoke all on function indicator_mark_case(uuid, uuid, date[]) from public`.execute(db);

  // Same signature as in 0018: a bilan, right or stage row carries its household's organisation.
  await sql`
    create or replace function indicator_mark_case_row(h uuid, o uuid, months date[]) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
    declare
      t uuid;
      cohort date;
    begin
      select territory_id, indicator_month(created_at) into t, cohort from household where id = h;
      if t is null then select territory_id into t from organisation where id = o; end if;
      perform indicator_mark_case(t, o, months || cohort);
    end $$`.execute(db);

  await sql`
    create or replace function indicator_mark_household() returns trigger
    language plpgsql security definer set search_path = public, pg_temp as $$
    declare
      moved boolean;
    begin
      if tg_op = 'UPDATE' and (old.organisation_id, old.territory_id, old.quartier, old.created_at,
          old.met_in_outreach, old.social_follow_up) is not distinct from (new.organisation_id,
          new.territory_id, new.quartier, new.created_at, new.met_in_outreach,
          new.social_follow_up) then
        return null;
      end if;
      moved := tg_op = 'UPDATE' and (old.organisation_id, old.territory_id, old.quartier)
        is distinct from (new.organisation_id, new.territory_id, new.quartier);
      if tg_op <> 'INSERT' then
        perform indicator_mark_case(old.territory_id, old.organisation_id,
          array[indicator_month(old.created_at)]
          || case when moved then indicator_household_months(old.id) else array[]::date[] end);
      end if;
      if tg_op <> 'DELETE' then
        perform indicator_mark_case(new.territory_id, new.organisation_id,
          array[indicator_month(new.created_at)]
          || case when moved then indicator_household_months(new.id) else array[]::date[] end);
      end if;
      return null;
    end $$`.execute(db);

  await sql`
    create or replace function indicator_mark_right_statistic() returns trigger
    language plpgsql security definer set search_path = public, pg_temp as $$
    begin
      if tg_op = 'UPDATE' and not (old is distinct from new) then return null; end if;
      if tg_op <> 'INSERT' then
        perform indicator_mark_case(old.territory_id, old.organisation_id,
          array[to_date(old.opened_month, 'YYYY-MM')]);
      end if;
      if tg_op <> 'DELETE' then
        perform indicator_mark_case(new.territory_id, new.organisation_id,
          array[to_date(new.opened_month, 'YYYY-MM')]);
      end if;
      return null;
    end $$`.execute(db);
}

async function cellRefresh(db: Kysely<unknown>): Promise<void> {
  // The case-file part of indicator_refresh_month (0018) restricted to one organisation.
  await sql`
    create function indicator_refresh_cell(t uuid, m date, o uuid) returns void
    language plpgsql security definer set search_path = public, pg_temp set jit = off as $$
    begin
      delete from indicator_household where territory_id = t and month = m and organisation_id = o;
      delete from indicator_right where territory_id = t and month = m and organisation_id = o;
      delete from indicator_delay where territory_id = t and month = m and organisation_id = o;

      create temporary table pg_temp.indicator_cell_rights as
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
        where h.territory_id = t and f.id in (
          select id from right_follow_up
          where organisation_id = o and indicator_month(created_at) = m
          union
          select right_id from right_stage_history
          where organisation_id = o and indicator_month(changed_at) = m
          union
          select r.id from household c join right_follow_up r on r.household_id = c.id
          where c.organisation_id = o and indicator_month(c.created_at) = m)
        group by f.id, h.quartier;

      insert into indicator_household
        select t, m, o, quartier, sum(households), sum(met_in_outreach),
               sum(with_bilan), sum(with_identified), sum(with_engaged), sum(with_opened),
               sum(yes), sum(no), sum(bilans)
        from (
          select coalesce(h.quartier, '') as quartier,
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
            from pg_temp.indicator_cell_rights group by household_id
          ) r on r.household_id = h.id
          where h.organisation_id = o and indicator_month(h.created_at) = m and h.territory_id = t
          union all
          select coalesce(h.quartier, ''), 0, 0, 0, 0, 0, 0, 0, 0, 1
          from bilan b join household h on h.id = b.household_id
          where b.organisation_id = o and indicator_month(b.created_at) = m and h.territory_id = t
        ) cells
        group by quartier;

      insert into indicator_right
        select t, m, o, r.quartier, r.benefit,
               count(*) filter (where e.kind = 'identifie'),
               count(*) filter (where e.kind = 'engage'),
               count(*) filter (where e.kind = 'ouvert'),
               count(*) filter (where e.kind = 'refuse'),
               count(*) filter (where e.kind = 'abandonne'),
               coalesce(sum(r.amount) filter (where e.kind = 'ouvert'), 0)
        from pg_temp.indicator_cell_rights r
        cross join lateral (values
          ('identifie', case when r.stage <> 'non_eligible' then r.created_at end),
          ('engage', r.engaged_at), ('ouvert', r.opened_at),
          ('refuse', r.refused_at), ('abandonne', r.abandoned_at)) e (kind, at)
        where indicator_month(e.at) = m
        group by r.quartier, r.benefit;

      insert into indicator_right
        select t, m, o, '', benefit,
               0, 0, count(*), 0, 0, sum(coalesce(actual_monthly, estimated_monthly, 0))
        from right_statistic
        where territory_id = t and organisation_id = o and opened_month = to_char(m, 'YYYY-MM')
          and stage = 'ouvert'
        group by benefit;

      insert into indicator_delay
        select t, m, o, quartier, benefit,
               greatest(0, (opened_at at time zone 'Europe/Paris')::date
                           - (created_at at time zone 'Europe/Paris')::date),
               count(*)
        from pg_temp.indicator_cell_rights
        where indicator_month(opened_at) = m
        group by 4, 5, 6;

      drop table pg_temp.indicator_cell_rights;
    end $$`.execute(db);
  await sql`revoke all on function indicator_refresh_cell(uuid, date, uuid) from public`.execute(
    db,
  );
}

async function networkRefresh(db: Kysely<unknown>): Promise<void> {
  // The territory-wide part of indicator_refresh_month (0018, 0017's outreach_statistic).
  await sql`
    create function indicator_refresh_network_month(t uuid, m date) returns void
    language plpgsql security definer set search_path = public, pg_temp set jit = off as $$
    declare
      next_month date := (m + interval '1 month')::date;
    begin
      delete from indicator_action where territory_id = t and month = m;
      delete from indicator_partner where territory_id = t and month = m;
      delete from indicator_workshop where territory_id = t and month = m;
      delete from indicator_blockage where territory_id = t and month = m;
      delete from indicator_candidate where territory_id = t and month = m;

      insert into indicator_action
        select t, m, organisation_id, coalesce(quartier, ''), type,
               count(*), sum(people_met), sum(went_to_bilan), sum(went_to_case_file),
               coalesce(sum(duration_minutes), 0)
        from outreach_action where territory_id = t and held_on >= m and held_on < next_month
        group by 3, 4, 5;

      insert into indicator_partner
        select distinct t, m, team.organisation_id, 'action'
        from outreach_action a join outreach_action_team team on team.action_id = a.id
        where a.territory_id = t and a.held_on >= m and a.held_on < next_month
        union
        select distinct t, m, a.organisation_id, 'action'
        from outreach_action a
        where a.territory_id = t and a.held_on >= m and a.held_on < next_month
        union
        select distinct t, m, w.id, 'atelier'
        from workshop s cross join lateral unnest(s.organisation_ids) w (id)
        where s.territory_id = t and s.held_on >= m and s.held_on < next_month;

      insert into indicator_workshop
        select t, m, count(*), coalesce(sum(participants), 0)
        from workshop where territory_id = t and held_on >= m and held_on < next_month
        having count(*) > 0;

      insert into indicator_blockage
        select t, m, institution, benefit, sum(raised), sum(resolved)
        from (
          select institution, coalesce(benefit, '') as benefit, 1 as raised, 0 as resolved
          from blockage where territory_id = t and raised_on >= m and raised_on < next_month
          union all
          select institution, coalesce(benefit, ''), 0, 1
          from blockage
          where territory_id = t and status = 'resolu'
            and resolved_on >= m and resolved_on < next_month
        ) events
        group by institution, benefit;

      insert into indicator_candidate
        select t, m, rule_id, count(*),
               count(*) filter (where outcome in ('joint', 'refus', 'bilan_fait', 'droit_ouvert')
                                or right_opened_at is not null),
               count(*) filter (where outcome in ('bilan_fait', 'droit_ouvert')
                                or right_opened_at is not null),
               count(*) filter (where outcome = 'droit_ouvert' or right_opened_at is not null)
        from outreach_candidate where territory_id = t and indicator_month(created_at) = m
        group by rule_id;
      insert into indicator_candidate
        select t, m, rule_id, sum(candidates), sum(reached), sum(bilans), sum(opened)
        from outreach_statistic where territory_id = t and month = m group by rule_id;
    end $$`.execute(db);
  await sql`revoke all on function indicator_refresh_network_month(uuid, date) from public`.execute(
    db,
  );
}

async function rollupRefresh(db: Kysely<unknown>): Promise<void> {
  // The roll-ups of a month, re-added from the detail rows (hundreds per territory and month).
  await sql`
    create function indicator_refresh_rollups_month(t uuid, m date) returns void
    language plpgsql security definer set search_path = public, pg_temp set jit = off as $$
    begin
      delete from indicator_right_benefit where territory_id = t and month = m;
      delete from indicator_delay_benefit where territory_id = t and month = m;
      delete from indicator_delay_territory where territory_id = t and month = m;
      delete from indicator_action_type where territory_id = t and month = m;
      insert into indicator_right_benefit
        select t, m, benefit, sum(identified), sum(engaged), sum(opened), sum(refused),
               sum(abandoned), sum(opened_monthly)
        from indicator_right where territory_id = t and month = m group by benefit;
      insert into indicator_delay_benefit
        select t, m, benefit, delay_days, sum(rights)
        from indicator_delay where territory_id = t and month = m group by benefit, delay_days;
      insert into indicator_delay_territory
        select t, m, delay_days, sum(rights)
        from indicator_delay_benefit where territory_id = t and month = m group by delay_days;
      insert into indicator_action_type
        select t, m, action_type, sum(actions), sum(people_met)
        from indicator_action where territory_id = t and month = m group by action_type;
    end $$`.execute(db);
  await sql`revoke all on function indicator_refresh_rollups_month(uuid, date) from public`.execute(
    db,
  );

  // A whole month (kept for a month marked by hand): every organisation, then the rest.
  await sql`
    create or replace function indicator_refresh_month(t uuid, m date) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
    declare
      o uuid;
    begin
      for o in select id from organisation where territory_id = t loop
        perform indicator_refresh_cell(t, m, o);
      end loop;
      perform indicator_refresh_network_month(t, m);
      perform indicator_refresh_rollups_month(t, m);
    end $$`.execute(db);
}

async function staleRefresh(db: Kysely<unknown>): Promise<void> {
  // As in 0018, with cells: the marked organisations of each month, the territory-wide tables
  // when the nil organisation is marked, then the month's roll-ups once. Returns how many
  // territories and cells it rebuilt.
  await sql`
    create or replace function indicator_refresh_stale(only_territory uuid) returns integer
    language plpgsql security definer set search_path = public, pg_temp as $$
    declare
      stale uuid;
      cell record;
      months date[];
      stale_month date;
      refreshed integer := 0;
    begin
      for stale in
        select territory_id from indicator_stale
        where only_territory is null or territory_id = only_territory
      loop
        perform indicator_refresh(stale);
        refreshed := refreshed + 1;
      end loop;
      for stale in
        select distinct territory_id from indicator_stale_month
        where only_territory is null or territory_id = only_territory
      loop
        perform pg_advisory_xact_lock(7262012, hashtext(stale::text));
        months := array[]::date[];
        for cell in
          delete from indicator_stale_month where territory_id = stale
          returning month, organisation_id
        loop
          if cell.organisation_id = ${sql.lit(NIL)}::uuid then
            perform indicator_refresh_network_month(stale, cell.month);
          else
            perform indicator_refresh_cell(stale, cell.month, cell.organisation_id);
          end if;
          months := months || cell.month;
          refreshed := refreshed + 1;
        end loop;
        for stale_month in select distinct unnest(months) loop
          perform indicator_refresh_rollups_month(stale, stale_month);
        end loop;
      end loop;
      return refreshed;
    end $$`.execute(db);
}
