import { sql, type Kysely } from 'kysely';

// Indicators, sixth step: two more roll-ups for the évaluateur's national view. With case files
// spread over every month and quartier (bench:indicators since the organisations no longer open
// files on 5 days only), the national dashboard read 38,000 household rows a year four times, and
// the median delay per benefit 154,000 histogram rows:
// - indicator_household_territory: the household cells without organisation and quartier;
// - indicator_delay_national: the delay histogram per benefit over all territories, read by the
//   évaluateur only (it has no territory: a coordinateur's query never selects it).
// Both are kept by the full rebuild and by the month's roll-up rebuild of migration 0022.

/** The two roll-ups, their first filling and the rebuilds that keep them. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table indicator_household_territory (
      territory_id uuid not null references territory (id) on delete cascade,
      month date not null,
      households integer not null,
      met_in_outreach integer not null,
      with_bilan integer not null,
      with_identified integer not null,
      with_engaged integer not null,
      with_opened integer not null,
      social_follow_up_yes integer,
      social_follow_up_no integer,
      bilans integer not null
    )`.execute(db);
  await sql`
    create table indicator_delay_national (
      month date not null,
      benefit text not null,
      delay_days integer not null,
      rights integer not null
    )`.execute(db);
  await sql`create index indicator_household_territory_territory_idx on indicator_household_territory (territory_id, month)`.execute(
    db,
  );
  await sql`create index indicator_household_territory_month_idx on indicator_household_territory (month)`.execute(
    db,
  );
  await sql`create index indicator_delay_national_month_idx on indicator_delay_national (month)`.execute(
    db,
  );
  for (const table of ['indicator_household_territory', 'indicator_delay_national']) {
    await sql`revoke insert, update, delete on ${sql.table(table)} from znr_app`.execute(db);
    await sql`alter table ${sql.table(table)} enable row level security`.execute(db);
  }
  await sql`create policy indicator_household_territory_read on indicator_household_territory
    for select using (
      znr_role() = 'evaluateur'
      or territory_id = (select o.territory_id from organisation o where o.id = znr_org()))`.execute(
    db,
  );
  // All territories summed: the évaluateur's only.
  await sql`create policy indicator_delay_national_read on indicator_delay_national
    for select using (znr_role() = 'evaluateur')`.execute(db);

  await sql`
    create function indicator_refresh_national(t uuid, months date[]) returns void
    language plpgsql security definer set search_path = public, pg_temp set jit = off as $$
    begin
      delete from indicator_household_territory where territory_id = t and month = any (months);
      insert into indicator_household_territory
        select t, month, sum(households), sum(met_in_outreach), sum(with_bilan),
               sum(with_identified), sum(with_engaged), sum(with_opened),
               sum(social_follow_up_yes), sum(social_follow_up_no), sum(bilans)
        from indicator_household where territory_id = t and month = any (months)
        group by month;
      delete from indicator_delay_national where month = any (months);
      insert into indicator_delay_national
        select month, benefit, delay_days, sum(rights)
        from indicator_delay_benefit where month = any (months)
        group by month, benefit, delay_days;
    end $$`.execute(db);
  await sql`revoke all on function indicator_refresh_national(uuid, date[]) from public`.execute(
    db,
  );
  await sql`
    insert into indicator_household_territory
    select territory_id, month, sum(households), sum(met_in_outreach), sum(with_bilan),
           sum(with_identified), sum(with_engaged), sum(with_opened),
           sum(social_follow_up_yes), sum(social_follow_up_no), sum(bilans)
    from indicator_household group by territory_id, month`.execute(db);
  await sql`
    insert into indicator_delay_national
    select month, benefit, delay_days, sum(rights)
    from indicator_delay_benefit group by month, benefit, delay_days`.execute(db);

  // The month's roll-ups (0022), then these two for the month.
  await sql`alter function indicator_refresh_rollups_month(uuid, date) rename to indicator_refresh_territory_rollups_month`.execute(
    db,
  );
  await sql`revoke all on function indicator_refresh_territory_rollups_month(uuid, date) from public`.execute(
    db,
  );
  await sql`
    create function indicator_refresh_rollups_month(t uuid, m date) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
    begin
      perform indicator_refresh_territory_rollups_month(t, m);
      perform indicator_refresh_national(t, array[m]);
    end $$`.execute(db);
  await sql`revoke all on function indicator_refresh_rollups_month(uuid, date) from public`.execute(
    db,
  );

  // indicator_delay_national has no territory: two territories rebuilt at once would both rewrite
  // its month. Every rebuild takes this lock first, before any territory's (no cycle), and keeps
  // it to the end of its transaction.
  await sql`alter function indicator_refresh_stale(uuid) rename to indicator_refresh_stale_cells`.execute(
    db,
  );
  await sql`revoke all on function indicator_refresh_stale_cells(uuid) from public, znr_app`.execute(
    db,
  );
  await sql`
    create function indicator_refresh_stale(only_territory uuid) returns integer
    language plpgsql security definer set search_path = public, pg_temp as $$
    begin
      if exists (select 1 from indicator_stale_month
                 where only_territory is null or territory_id = only_territory)
         or exists (select 1 from indicator_stale
                    where only_territory is null or territory_id = only_territory) then
        perform pg_advisory_xact_lock(7262013, 0);
      end if;
      return indicator_refresh_stale_cells(only_territory);
    end $$`.execute(db);
  await sql`revoke all on function indicator_refresh_stale(uuid) from public`.execute(db);
  await sql`grant execute on function indicator_refresh_stale(uuid) to znr_app`.execute(db);

  // The full rebuild of a territory (0018), then these two for every month it has or had.
  await sql`alter function indicator_refresh(uuid) rename to indicator_refresh_without_national`.execute(
    db,
  );
  await sql`revoke all on function indicator_refresh_without_national(uuid) from public`.execute(
    db,
  );
  await sql`
    create function indicator_refresh(t uuid) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
    declare
      months date[] := array(
        select month from indicator_household_territory where territory_id = t
        union select month from indicator_delay_benefit where territory_id = t);
    begin
      perform pg_advisory_xact_lock(7262013, 0);
      perform indicator_refresh_without_national(t);
      perform indicator_refresh_national(t, months || array(
        select month from indicator_household where territory_id = t
        union select month from indicator_delay_benefit where territory_id = t));
    end $$`.execute(db);
  await sql`revoke all on function indicator_refresh(uuid) from public`.execute(db);
}
