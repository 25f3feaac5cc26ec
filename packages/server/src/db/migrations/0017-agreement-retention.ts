import { sql, type Kysely } from 'kysely';

// Retention of the data imported under a data-sharing agreement (issue #7): the daily purge erases
// an agreement's imports (and their records, identities, linkage and detection runs, candidates
// never turned into a case file) once its retention has run out, or the agreement has ended or
// been terminated. What survives:
// - candidates already turned into a case file: they belong to the case file's organisation, so
//   they lose their detection run (set null) and their record ids, and keep their outcome;
// - the conversion counts of the erased candidates, without identity, in outreach_statistic,
//   which the repérage indicators (indicator_candidate) and the conversion per rule add up.

/** outreach_statistic, surviving candidates, and the indicator refresh that counts both. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table outreach_statistic (
      territory_id uuid not null references territory (id) on delete cascade,
      month date not null,
      rule_id text not null,
      candidates integer not null,
      assigned integer not null,
      reached integer not null,
      bilans integer not null,
      opened integer not null
    )`.execute(db);
  await sql`create index outreach_statistic_territory_idx on outreach_statistic (territory_id, month)`.execute(
    db,
  );
  // Counts only, written by the purge (database owner); the territory's members read them.
  await sql`revoke insert, update, delete on outreach_statistic from znr_app`.execute(db);
  await sql`alter table outreach_statistic enable row level security`.execute(db);
  await sql`create policy outreach_statistic_read on outreach_statistic for select using (
    znr_role() = 'evaluateur'
    or territory_id = (select o.territory_id from organisation o where o.id = znr_org()))`.execute(
    db,
  );

  await sql`alter table outreach_candidate alter column detection_run_id drop not null`.execute(db);
  await sql`alter table outreach_candidate drop constraint outreach_candidate_detection_run_id_fkey`.execute(
    db,
  );
  await sql`
    alter table outreach_candidate add constraint outreach_candidate_detection_run_id_fkey
    foreign key (detection_run_id) references detection_run (id) on delete set null`.execute(db);
  await sql`alter table outreach_candidate drop constraint outreach_candidate_record_ids_check`.execute(
    db,
  );
  // A candidate kept for its case file after the purge points to no record any more.
  await sql`
    alter table outreach_candidate add constraint outreach_candidate_record_ids_check
    check (cardinality(record_ids) >= 1 or (detection_run_id is null and household_id is not null))`.execute(
    db,
  );

  await sql`alter function indicator_refresh(uuid) rename to indicator_refresh_territory`.execute(
    db,
  );
  await sql`revoke all on function indicator_refresh_territory(uuid) from public`.execute(db);
  await sql`
    create function indicator_refresh(t uuid) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
    begin
      perform indicator_refresh_territory(t);
      insert into indicator_candidate
        select t, month, rule_id, sum(candidates), sum(reached), sum(bilans), sum(opened)
        from outreach_statistic where territory_id = t group by month, rule_id;
    end $$`.execute(db);
  await sql`revoke all on function indicator_refresh(uuid) from public`.execute(db);
}
