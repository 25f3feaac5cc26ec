import { sql, type Kysely } from 'kysely';

// Indicators, third step: the delays to opening summed over benefits too, per territory and month,
// so that the median over all territories reads tens of thousands of histogram rows instead of
// hundreds of thousands (bench:indicators). Filled from the benefit roll-up of migration 0013.

/** The per-territory delay histogram, its first filling and the refresh that keeps it. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table indicator_delay_territory (
      territory_id uuid not null references territory (id) on delete cascade,
      month date not null,
      delay_days integer not null,
      rights integer not null
    )`.execute(db);
  await sql`create index indicator_delay_territory_territory_idx on indicator_delay_territory (territory_id, month)`.execute(
    db,
  );
  await sql`create index indicator_delay_territory_month_idx on indicator_delay_territory (month)`.execute(
    db,
  );
  await sql`revoke insert, update, delete on indicator_delay_territory from znr_app`.execute(db);
  await sql`alter table indicator_delay_territory enable row level security`.execute(db);
  await sql`create policy indicator_delay_territory_read on indicator_delay_territory for select using (
    znr_role() = 'evaluateur'
    or territory_id = (select o.territory_id from organisation o where o.id = znr_org()))`.execute(
    db,
  );
  await sql`
    insert into indicator_delay_territory
    select territory_id, month, delay_days, sum(rights)
    from indicator_delay_benefit group by territory_id, month, delay_days`.execute(db);

  await sql`alter function indicator_refresh(uuid) rename to indicator_refresh_rollups`.execute(db);
  await sql`revoke all on function indicator_refresh_rollups(uuid) from public`.execute(db);
  await sql`
    create function indicator_refresh(t uuid) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
    begin
      perform indicator_refresh_rollups(t);
      delete from indicator_delay_territory where territory_id = t;
      insert into indicator_delay_territory
        select t, month, delay_days, sum(rights)
        from indicator_delay_benefit where territory_id = t group by month, delay_days;
    end $$`.execute(db);
  await sql`revoke all on function indicator_refresh(uuid) from public`.execute(db);
}
