import { sql, type Kysely } from 'kysely';

// Indicators, fourth step: incremental freshness (docs/indicators.md, « Fraîcheur »). Until now a
// write marked its whole territory stale and the next read rebuilt it (15 s for a territory of
// 125,000 rights). Now the triggers record the (territory, month) cells a write can change, and a
// read rebuilds only those months (`indicator_refresh_month`, the same sums as the full rebuild
// restricted to one month). Which months a row touches:
// - a household: the month its file was opened (its cohort); when its organisation, territory or
//   quartier change, also every month of its bilans and rights;
// - a bilan: its month and its household's cohort month;
// - a followed right or a stage change: the right's creation month, every month of its stage
//   history (the first time a stage was reached may move) and its household's cohort month;
// - actions, teams, workshops, blockages, candidates, pseudonymous statistics (rights of erased
//   households, candidates erased with their agreement): their own months.
// A right, bilan or stage row belongs to its household's territory: households take their
// organisation's territory (create-household.ts), so the month rebuild finds them through the
// territory's organisations and the expression indexes below.

/** Month marks, their triggers, the one-month rebuild and the indexes it reads through. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await indexes(db);
  await staleMonths(db);
  await monthRefresh(db);
  await markTriggers(db);
  await staleRefresh(db);
}

async function indexes(db: Kysely<unknown>): Promise<void> {
  // indicator_month is immutable: the rebuild of one month reads these instead of a territory.
  const byMonth: [string, string, string][] = [
    ['household_indicator_month_idx', 'household', 'territory_id, indicator_month(created_at)'],
    ['bilan_indicator_month_idx', 'bilan', 'organisation_id, indicator_month(created_at)'],
    [
      'right_follow_up_indicator_month_idx',
      'right_follow_up',
      'organisation_id, indicator_month(created_at)',
    ],
    [
      'right_stage_history_indicator_month_idx',
      'right_stage_history',
      'organisation_id, indicator_month(changed_at)',
    ],
    [
      'outreach_candidate_indicator_month_idx',
      'outreach_candidate',
      'territory_id, indicator_month(created_at)',
    ],
    ['right_statistic_territory_idx', 'right_statistic', 'territory_id, opened_month'],
  ];
  for (const [name, table, columns] of byMonth) {
    await sql`create index ${sql.id(name)} on ${sql.table(table)} (${sql.raw(columns)})`.execute(
      db,
    );
  }
}

async function staleMonths(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table indicator_stale_month (
      territory_id uuid not null references territory (id) on delete cascade,
      month date not null,
      since timestamptz not null default now(),
      primary key (territory_id, month)
    )`.execute(db);
  await sql`revoke all on indicator_stale_month from znr_app`.execute(db);

  // Records months of a territory as stale (null territories and months are skipped).
  await sql`
    create function indicator_mark(t uuid, months date[]) returns void
    language sql security definer set search_path = public, pg_temp as $$
      insert into indicator_stale_month (territory_id, month)
        select distinct t, m from unnest(months) m where t is not null and m is not null
      on conflict do nothing
    $$`.execute(db);

  // The months of a household's bilans, rights and stage changes (when the household moves).
  await sql`
    create function indicator_household_months(h uuid) returns date[]
    language sql stable security definer set search_path = public, pg_temp as $$
      select coalesce(array_agg(distinct m), array[]::date[]) from (
        select indicator_month(b.created_at) as m from bilan b where b.household_id = h
        union all
        select indicator_month(f.created_at) from right_follow_up f where f.household_id = h
        union all
        select indicator_month(s.changed_at)
        from right_follow_up f join right_stage_history s on s.right_id = f.id
        where f.household_id = h
      ) months
    $$`.execute(db);

  // A row of a case file: its household's territory (its organisation's when the household is
  // already gone, in a cascade), and the household's cohort month.
  await sql`
    create function indicator_mark_case_row(h uuid, o uuid, months date[]) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
    declare
      t uuid;
      cohort date;
    begin
      select territory_id, indicator_month(created_at) into t, cohort from household where id = h;
      if t is null then select territory_id into t from organisation where id = o; end if;
      perform indicator_mark(t, months || cohort);
    end $$`.execute(db);

  // A followed right: its creation month and every month of its stage history.
  await sql`
    create function indicator_mark_right(r uuid, h uuid, o uuid, months date[]) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
    begin
      perform indicator_mark_case_row(h, o, months
        || array(select indicator_month(created_at) from right_follow_up where id = r)
        || array(select indicator_month(changed_at) from right_stage_history where right_id = r));
    end $$`.execute(db);
}

async function markTriggers(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'household',
    'right_statistic',
    'outreach_action',
    'workshop',
    'blockage',
    'bilan',
    'right_follow_up',
    'right_stage_history',
    'outreach_action_team',
    'outreach_candidate',
  ]) {
    await sql`drop trigger ${sql.id(`${table}_indicator_stale`)} on ${sql.table(table)}`.execute(
      db,
    );
  }
  await sql`drop function indicator_mark_stale()`.execute(db);

  // One trigger function per table: each knows which months its rows count in. An update that
  // changes none of the columns the indicators read (last_activity_at, notes…) marks nothing.
  const functions: { table: string; changed: string; body: string }[] = [
    {
      table: 'household',
      changed: `(old.organisation_id, old.territory_id, old.quartier, old.created_at,
        old.met_in_outreach, old.social_follow_up) is distinct from (new.organisation_id,
        new.territory_id, new.quartier, new.created_at, new.met_in_outreach, new.social_follow_up)`,
      body: `
        moved := tg_op = 'UPDATE' and (old.organisation_id, old.territory_id, old.quartier)
          is distinct from (new.organisation_id, new.territory_id, new.quartier);
        if tg_op <> 'INSERT' then
          perform indicator_mark(old.territory_id, array[indicator_month(old.created_at)]
            || case when moved then indicator_household_months(old.id) else array[]::date[] end);
        end if;
        if tg_op <> 'DELETE' then
          perform indicator_mark(new.territory_id, array[indicator_month(new.created_at)]
            || case when moved then indicator_household_months(new.id) else array[]::date[] end);
        end if;`,
    },
    {
      table: 'bilan',
      changed: `(old.household_id, old.organisation_id, old.created_at)
        is distinct from (new.household_id, new.organisation_id, new.created_at)`,
      body: rowCalls(
        (row) =>
          `perform indicator_mark_case_row(${row}.household_id, ${row}.organisation_id, array[indicator_month(${row}.created_at)]);`,
      ),
    },
    {
      table: 'right_follow_up',
      changed: `(old.household_id, old.organisation_id, old.benefit, old.stage,
        old.estimated_monthly, old.actual_monthly, old.created_at) is distinct from
        (new.household_id, new.organisation_id, new.benefit, new.stage, new.estimated_monthly,
        new.actual_monthly, new.created_at)`,
      body: rowCalls(
        (row) =>
          `perform indicator_mark_right(${row}.id, ${row}.household_id, ${row}.organisation_id, array[indicator_month(${row}.created_at)]);`,
      ),
    },
    {
      table: 'right_stage_history',
      changed: `(old.right_id, old.household_id, old.organisation_id, old.stage, old.changed_at)
        is distinct from (new.right_id, new.household_id, new.organisation_id, new.stage,
        new.changed_at)`,
      body: rowCalls(
        (row) =>
          `perform indicator_mark_right(${row}.right_id, ${row}.household_id, ${row}.organisation_id, array[indicator_month(${row}.changed_at)]);`,
      ),
    },
    {
      table: 'right_statistic',
      changed: 'old is distinct from new',
      body: rowCalls(
        (row) =>
          `perform indicator_mark(${row}.territory_id, array[to_date(${row}.opened_month, 'YYYY-MM')]);`,
      ),
    },
    {
      table: 'outreach_action',
      changed: `(old.territory_id, old.organisation_id, old.type, old.held_on, old.quartier,
        old.people_met, old.went_to_bilan, old.went_to_case_file, old.duration_minutes)
        is distinct from (new.territory_id, new.organisation_id, new.type, new.held_on,
        new.quartier, new.people_met, new.went_to_bilan, new.went_to_case_file,
        new.duration_minutes)`,
      body: rowCalls(
        (row) =>
          `perform indicator_mark(${row}.territory_id, array[date_trunc('month', ${row}.held_on)::date]);`,
      ),
    },
    {
      table: 'outreach_action_team',
      changed: `(old.action_id, old.organisation_id) is distinct from (new.action_id, new.organisation_id)`,
      // The action's own trigger marks its month when the team goes with it (cascade).
      body: rowCalls(
        (row) =>
          `perform indicator_mark(a.territory_id, array[date_trunc('month', a.held_on)::date]) from outreach_action a where a.id = ${row}.action_id;`,
      ),
    },
    {
      table: 'workshop',
      changed: `(old.territory_id, old.held_on, old.organisation_ids, old.participants)
        is distinct from (new.territory_id, new.held_on, new.organisation_ids, new.participants)`,
      body: rowCalls(
        (row) =>
          `perform indicator_mark(${row}.territory_id, array[date_trunc('month', ${row}.held_on)::date]);`,
      ),
    },
    {
      table: 'blockage',
      changed: `(old.territory_id, old.institution, old.benefit, old.status, old.raised_on,
        old.resolved_on) is distinct from (new.territory_id, new.institution, new.benefit,
        new.status, new.raised_on, new.resolved_on)`,
      body: rowCalls(
        (row) =>
          `perform indicator_mark(${row}.territory_id, array[date_trunc('month', ${row}.raised_on)::date, date_trunc('month', ${row}.resolved_on)::date]);`,
      ),
    },
    {
      table: 'outreach_statistic',
      changed: 'old is distinct from new',
      body: rowCalls((row) => `perform indicator_mark(${row}.territory_id, array[${row}.month]);`),
    },
    {
      table: 'outreach_candidate',
      changed: `(old.territory_id, old.rule_id, old.created_at, old.outcome, old.right_opened_at)
        is distinct from (new.territory_id, new.rule_id, new.created_at, new.outcome,
        new.right_opened_at)`,
      body: rowCalls(
        (row) =>
          `perform indicator_mark(${row}.territory_id, array[indicator_month(${row}.created_at)]);`,
      ),
    },
  ];
  for (const { table, changed, body } of functions) {
    const name = `indicator_mark_${table}`;
    await sql`
      create function ${sql.id(name)}() returns trigger
      language plpgsql security definer set search_path = public, pg_temp as $body$
      declare
        moved boolean;
      begin
        if tg_op = 'UPDATE' and not (${sql.raw(changed)}) then return null; end if;
        ${sql.raw(body)}
        return null;
      end $body$`.execute(db);
    await sql`
      create trigger ${sql.id(`${table}_indicator_months`)}
      after insert or update or delete on ${sql.table(table)}
      for each row execute function ${sql.id(name)}()`.execute(db);
  }
}

/** The statement for the old row (update, delete), then for the new one (insert, update). */
function rowCalls(statement: (row: 'old' | 'new') => string): string {
  return `
    if tg_op <> 'INSERT' then ${statement('old')} end if;
    if tg_op <> 'DELETE' then ${statement('new')} end if;`;
}

async function monthRefresh(db: Kysely<unknown>): Promise<void> {
  // The full rebuild of migrations 0007, 0013, 0014 and 0017 restricted to one month: same sums, same
  // keys, so that a territory rebuilt month by month equals one rebuilt at once (tested in
  // indicator-freshness.test.ts).
  await sql`
    create function indicator_refresh_month(t uuid, m date) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
    declare
      orgs uuid[] := array(select id from organisation where territory_id = t);
      next_month date := (m + interval '1 month')::date;
    begin
      delete from indicator_household where territory_id = t and month = m;
      delete from indicator_right where territory_id = t and month = m;
      delete from indicator_delay where territory_id = t and month = m;
      delete from indicator_action where territory_id = t and month = m;
      delete from indicator_partner where territory_id = t and month = m;
      delete from indicator_workshop where territory_id = t and month = m;
      delete from indicator_blockage where territory_id = t and month = m;
      delete from indicator_right_benefit where territory_id = t and month = m;
      delete from indicator_delay_benefit where territory_id = t and month = m;
      delete from indicator_action_type where territory_id = t and month = m;
      delete from indicator_candidate where territory_id = t and month = m;
      delete from indicator_delay_territory where territory_id = t and month = m;

      -- The rights with an event in the month, or of a household whose file was opened in it,
      -- each with the first time it reached each stage.
      create temporary table pg_temp.indicator_month_rights as
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
          where organisation_id = any (orgs) and indicator_month(created_at) = m
          union
          select right_id from right_stage_history
          where organisation_id = any (orgs) and indicator_month(changed_at) = m
          union
          select r.id from household c join right_follow_up r on r.household_id = c.id
          where c.territory_id = t and indicator_month(c.created_at) = m)
        group by f.id, h.quartier;

      insert into indicator_household
        select t, m, organisation_id, quartier, sum(households), sum(met_in_outreach),
               sum(with_bilan), sum(with_identified), sum(with_engaged), sum(with_opened),
               sum(yes), sum(no), sum(bilans)
        from (
          select h.organisation_id, coalesce(h.quartier, '') as quartier,
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
            from pg_temp.indicator_month_rights group by household_id
          ) r on r.household_id = h.id
          where h.territory_id = t and indicator_month(h.created_at) = m
          union all
          select h.organisation_id, coalesce(h.quartier, ''), 0, 0, 0, 0, 0, 0, 0, 0, 1
          from bilan b join household h on h.id = b.household_id
          where b.organisation_id = any (orgs) and indicator_month(b.created_at) = m
            and h.territory_id = t
        ) cells
        group by organisation_id, quartier;

      insert into indicator_right
        select t, m, r.organisation_id, r.quartier, r.benefit,
               count(*) filter (where e.kind = 'identifie'),
               count(*) filter (where e.kind = 'engage'),
               count(*) filter (where e.kind = 'ouvert'),
               count(*) filter (where e.kind = 'refuse'),
               count(*) filter (where e.kind = 'abandonne'),
               coalesce(sum(r.amount) filter (where e.kind = 'ouvert'), 0)
        from pg_temp.indicator_month_rights r
        cross join lateral (values
          ('identifie', case when r.stage <> 'non_eligible' then r.created_at end),
          ('engage', r.engaged_at), ('ouvert', r.opened_at),
          ('refuse', r.refused_at), ('abandonne', r.abandoned_at)) e (kind, at)
        where indicator_month(e.at) = m
        group by 3, 4, 5;

      insert into indicator_right
        select t, m, organisation_id, '', benefit,
               0, 0, count(*), 0, 0, sum(coalesce(actual_monthly, estimated_monthly, 0))
        from right_statistic
        where territory_id = t and opened_month = to_char(m, 'YYYY-MM') and stage = 'ouvert'
        group by 3, 5;

      insert into indicator_delay
        select t, m, organisation_id, quartier, benefit,
               greatest(0, (opened_at at time zone 'Europe/Paris')::date
                           - (created_at at time zone 'Europe/Paris')::date),
               count(*)
        from pg_temp.indicator_month_rights
        where indicator_month(opened_at) = m
        group by 3, 4, 5, 6;

      drop table pg_temp.indicator_month_rights;

      insert into indicator_action
        select t, m, organisation_id, coalesce(quartier, ''), type,
               count(*), sum(people_met), sum(went_to_bilan), sum(went_to_case_file),
               coalesce(sum(duration_minutes), 0)
        from outreach_action where territory_id = t and held_on >= m and held_on < next_month
        group by 3, 4, 5;

      insert into indicator_partner
        select distinct t, m, m2.organisation_id, 'action'
        from outreach_action a join outreach_action_team m2 on m2.action_id = a.id
        where a.territory_id = t and a.held_on >= m and a.held_on < next_month
        union
        select distinct t, m, a.organisation_id, 'action'
        from outreach_action a
        where a.territory_id = t and a.held_on >= m and a.held_on < next_month
        union
        select distinct t, m, o.id, 'atelier'
        from workshop w cross join lateral unnest(w.organisation_ids) o (id)
        where w.territory_id = t and w.held_on >= m and w.held_on < next_month;

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

      insert into indicator_candidate
        select t, m, rule_id, count(*),
               count(*) filter (where outcome in ('joint', 'refus', 'bilan_fait', 'droit_ouvert')
                                or right_opened_at is not null),
               count(*) filter (where outcome in ('bilan_fait', 'droit_ouvert')
                                or right_opened_at is not null),
               count(*) filter (where outcome = 'droit_ouvert' or right_opened_at is not null)
        from outreach_candidate where territory_id = t and indicator_month(created_at) = m
        group by rule_id;
      -- Counts of candidates erased with their agreement (migration 0017).
      insert into indicator_candidate
        select t, m, rule_id, sum(candidates), sum(reached), sum(bilans), sum(opened)
        from outreach_statistic where territory_id = t and month = m group by rule_id;
    end $$`.execute(db);
  await sql`revoke all on function indicator_refresh_month(uuid, date) from public`.execute(db);

  // The full rebuild now also clears the months it makes fresh.
  await sql`alter function indicator_refresh(uuid) rename to indicator_refresh_all_months`.execute(
    db,
  );
  await sql`revoke all on function indicator_refresh_all_months(uuid) from public`.execute(db);
  await sql`
    create function indicator_refresh(t uuid) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
    begin
      perform pg_advisory_xact_lock(7262012, hashtext(t::text));
      delete from indicator_stale_month where territory_id = t;
      perform indicator_refresh_all_months(t);
    end $$`.execute(db);
  await sql`revoke all on function indicator_refresh(uuid) from public`.execute(db);
}

async function staleRefresh(db: Kysely<unknown>): Promise<void> {
  // Same name and signature as in 0007 (the API calls it before every read): territories marked
  // whole (by hand, or before this migration) are rebuilt whole, then stale months one by one.
  // The territory's lock serialises two readers (the second finds the months fresh); the marks
  // are deleted before the sums are read, so a write committed meanwhile leaves its mark for the
  // next read. Returns how many territories and months it rebuilt.
  await sql`
    create or replace function indicator_refresh_stale(only_territory uuid) returns integer
    language plpgsql security definer set search_path = public, pg_temp as $$
    declare
      stale uuid;
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
        for stale_month in
          delete from indicator_stale_month where territory_id = stale returning month
        loop
          perform indicator_refresh_month(stale, stale_month);
          refreshed := refreshed + 1;
        end loop;
      end loop;
      return refreshed;
    end $$`.execute(db);
}
