import { sql, type Kysely } from 'kysely';

// Indicators, second step (docs/indicators.md):
// - a household whose social follow-up was never asked no longer breaks the rebuild (its cell's
//   yes/no sums were null in a NOT NULL column);
// - roll-ups without organisation and quartier, read when a query needs neither (the évaluateur's
//   national view reads thousands of rows instead of millions);
// - repérage conversion per detection rule, from outreach_candidate (migration 0009).
// indicator_refresh keeps its name and signature: it now rebuilds the 0007 tables through the
// renamed first version, then the roll-ups and the candidates.

/** Roll-up tables, repérage conversion, the new refresh and its trigger. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table indicator_household
      alter column social_follow_up_yes drop not null,
      alter column social_follow_up_no drop not null`.execute(db);

  await sql`
    create table indicator_right_benefit (
      territory_id uuid not null references territory (id) on delete cascade,
      month date not null,
      benefit text not null,
      identified integer not null,
      engaged integer not null,
      opened integer not null,
      refused integer not null,
      abandoned integer not null,
      opened_monthly numeric(14, 2) not null
    )`.execute(db);
  await sql`
    create table indicator_delay_benefit (
      territory_id uuid not null references territory (id) on delete cascade,
      month date not null,
      benefit text not null,
      delay_days integer not null,
      rights integer not null
    )`.execute(db);
  await sql`
    create table indicator_action_type (
      territory_id uuid not null references territory (id) on delete cascade,
      month date not null,
      action_type text not null,
      actions integer not null,
      people_met integer not null
    )`.execute(db);
  // Candidates by the month they were detected (a cohort), and how far their contact went.
  await sql`
    create table indicator_candidate (
      territory_id uuid not null references territory (id) on delete cascade,
      month date not null,
      rule_id text not null,
      candidates integer not null,
      reached integer not null,
      bilans integer not null,
      opened integer not null
    )`.execute(db);

  const tables = [
    'indicator_right_benefit',
    'indicator_delay_benefit',
    'indicator_action_type',
    'indicator_candidate',
  ];
  for (const table of tables) {
    await sql`create index ${sql.id(`${table}_territory_idx`)} on ${sql.table(table)} (territory_id, month)`.execute(
      db,
    );
    await sql`create index ${sql.id(`${table}_month_idx`)} on ${sql.table(table)} (month)`.execute(
      db,
    );
    await sql`revoke insert, update, delete on ${sql.table(table)} from znr_app`.execute(db);
    await sql`alter table ${sql.table(table)} enable row level security`.execute(db);
    await sql`create policy ${sql.id(`${table}_read`)} on ${sql.table(table)} for select using (
      znr_role() = 'evaluateur'
      or territory_id = (select o.territory_id from organisation o where o.id = znr_org()))`.execute(
      db,
    );
  }

  await sql`alter function indicator_refresh(uuid) rename to indicator_refresh_detail`.execute(db);
  await sql`revoke all on function indicator_refresh_detail(uuid) from public`.execute(db);
  await sql`
    create function indicator_refresh(t uuid) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
    begin
      perform indicator_refresh_detail(t);
      delete from indicator_right_benefit where territory_id = t;
      delete from indicator_delay_benefit where territory_id = t;
      delete from indicator_action_type where territory_id = t;
      delete from indicator_candidate where territory_id = t;

      insert into indicator_right_benefit
        select t, month, benefit, sum(identified), sum(engaged), sum(opened), sum(refused),
               sum(abandoned), sum(opened_monthly)
        from indicator_right where territory_id = t group by month, benefit;
      insert into indicator_delay_benefit
        select t, month, benefit, delay_days, sum(rights)
        from indicator_delay where territory_id = t group by month, benefit, delay_days;
      insert into indicator_action_type
        select t, month, action_type, sum(actions), sum(people_met)
        from indicator_action where territory_id = t group by month, action_type;

      insert into indicator_candidate
        select t, indicator_month(created_at), rule_id, count(*),
               count(*) filter (where outcome in ('joint', 'refus', 'bilan_fait', 'droit_ouvert')
                                or right_opened_at is not null),
               count(*) filter (where outcome in ('bilan_fait', 'droit_ouvert')
                                or right_opened_at is not null),
               count(*) filter (where outcome = 'droit_ouvert' or right_opened_at is not null)
        from outreach_candidate where territory_id = t
        group by 2, 3;
    end $$`.execute(db);
  await sql`revoke all on function indicator_refresh(uuid) from public`.execute(db);

  await sql`
    create trigger outreach_candidate_indicator_stale
    after insert or update or delete on outreach_candidate
    for each row execute function indicator_mark_stale('territory_id')`.execute(db);
}
