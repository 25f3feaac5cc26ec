import { sql, type Kysely } from 'kysely';

// Repérage, outreach side: detection runs over a linkage run, the pseudonymous candidates they
// find, their assignment to an ambassador, the outcome of the contact and the case file opened
// from them. Only the assignee re-identifies a candidate, through outreach_identities(), which
// reads partner_record_identity as its owner. Every table has row-level security forced.

const OUTCOMES = sql`('joint', 'pas_joignable', 'refus', 'bilan_fait', 'droit_ouvert')`;

/** Tables, functions, trigger and policies of repérage's outreach side. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table detection_run (
      id uuid primary key default gen_random_uuid(),
      linkage_run_id uuid not null references linkage_run (id) on delete cascade,
      agreement_id uuid not null references data_agreement (id) on delete cascade,
      territory_id uuid not null references territory (id) on delete restrict,
      month text not null check (month ~ '^[0-9]{4}-[0-9]{2}$'),
      settings jsonb not null,
      status text not null default 'en_attente'
        check (status in ('en_attente', 'en_cours', 'terminee', 'echouee')),
      progress real not null default 0 check (progress between 0 and 1),
      stage text,
      persons integer not null default 0,
      candidates integer not null default 0,
      started_by uuid references app_user (id) on delete set null,
      started_at timestamptz not null default now(),
      finished_at timestamptz,
      error text
    )`.execute(db);
  await sql`create index detection_run_territory_idx on detection_run (territory_id, started_at desc)`.execute(
    db,
  );

  await sql`
    create table outreach_candidate (
      id uuid primary key default gen_random_uuid(),
      detection_run_id uuid not null references detection_run (id) on delete cascade,
      territory_id uuid not null references territory (id) on delete restrict,
      rule_id text not null,
      benefits text[] not null,
      cluster_id integer not null,
      record_ids uuid[] not null check (cardinality(record_ids) >= 1),
      amount numeric(10, 2) not null check (amount > 0),
      confidence real not null check (confidence between 0 and 1),
      urgency real not null check (urgency >= 1),
      priority numeric(12, 2) not null,
      code_insee text,
      explanation text not null,
      assigned_to uuid references app_user (id) on delete set null,
      assigned_organisation_id uuid references organisation (id) on delete set null,
      assigned_by uuid references app_user (id) on delete set null,
      assigned_at timestamptz,
      outcome text check (outcome in ${OUTCOMES}),
      outcome_note text,
      outcome_at timestamptz,
      household_id uuid references household (id) on delete set null,
      right_opened_at timestamptz,
      letter_at timestamptz,
      created_at timestamptz not null default now(),
      unique (detection_run_id, rule_id, cluster_id),
      check ((assigned_to is null) = (assigned_organisation_id is null))
    )`.execute(db);
  await sql`create index outreach_candidate_run_idx on outreach_candidate (detection_run_id, priority desc)`.execute(
    db,
  );
  await sql`create index outreach_candidate_assignee_idx on outreach_candidate (assigned_to) where assigned_to is not null`.execute(
    db,
  );
  await sql`create index outreach_candidate_household_idx on outreach_candidate (household_id) where household_id is not null`.execute(
    db,
  );

  await functions(db);
  await policies(db);
}

async function functions(db: Kysely<unknown>): Promise<void> {
  // Ages of the records of a linkage run, for the senior rules: an age in years, never the date.
  // Only a coordinator (or administrator) of the run's territory gets them.
  await sql`
    create function linkage_run_ages(p_run uuid, p_on date) returns table (record_id uuid, age integer)
    language sql stable security definer set search_path = public, pg_temp as $$
      select i.record_id, extract(year from age(p_on, i.birth_date::date))::integer
      from linkage_cluster_member m
      join linkage_run r on r.id = m.run_id
      join partner_record_identity i on i.record_id = m.record_id
      where m.run_id = p_run and znr_manages_reperage() and r.territory_id = reperage_territory()
        and i.birth_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
    $$`.execute(db);

  // Re-identification: the identities of a candidate's records, for its assignee only.
  await sql`
    create function outreach_identities(p_candidate uuid) returns table (
      record_id uuid, partner text, last_name text, birth_name text, first_names text,
      birth_date text, sex text, address text, postcode text, commune text, phone text, email text
    )
    language sql stable security definer set search_path = public, pg_temp as $$
      select i.record_id, pi.partner, i.last_name, i.birth_name, i.first_names, i.birth_date,
        i.sex, i.address, i.postcode, i.commune, i.phone, i.email
      from outreach_candidate c
      cross join lateral unnest(c.record_ids) as r(id)
      join partner_record_identity i on i.record_id = r.id
      join partner_record pr on pr.id = r.id
      join partner_import pi on pi.id = pr.import_id
      where c.id = p_candidate and c.assigned_to = znr_user()
        and c.assigned_organisation_id = znr_org() and znr_reads_personal()
      order by pi.created_at desc
    $$`.execute(db);
  await sql`revoke all on function linkage_run_ages(uuid, date), outreach_identities(uuid) from public`.execute(
    db,
  );
  await sql`grant execute on function linkage_run_ages(uuid, date), outreach_identities(uuid) to znr_app`.execute(
    db,
  );

  // A right opened in a case file flows back to the candidates the household was created from,
  // whichever organisation's member opens it (hence security definer).
  await sql`
    create function outreach_right_opened() returns trigger
    language plpgsql security definer set search_path = public, pg_temp as $$
    begin
      if new.stage = 'ouvert' then
        update outreach_candidate set right_opened_at = coalesce(right_opened_at, now())
        where household_id = new.household_id and new.benefit = any (benefits);
      end if;
      return new;
    end $$`.execute(db);
  await sql`
    create trigger right_follow_up_outreach after insert or update of stage on right_follow_up
    for each row execute function outreach_right_opened()`.execute(db);

  // The assignee records the outcome and the case file; only a coordinator changes the rest.
  await sql`
    create function outreach_candidate_guard() returns trigger
    language plpgsql as $$
    begin
      if not znr_manages_reperage() and (
        new.assigned_to is distinct from old.assigned_to
        or new.assigned_organisation_id is distinct from old.assigned_organisation_id
        or new.rule_id is distinct from old.rule_id or new.amount is distinct from old.amount
        or new.priority is distinct from old.priority or new.record_ids is distinct from old.record_ids
        or new.right_opened_at is distinct from old.right_opened_at
      ) then
        raise exception 'outreach candidate: only a coordinator reassigns or edits a candidate';
      end if;
      return new;
    end $$`.execute(db);
  await sql`
    create trigger outreach_candidate_guard before update on outreach_candidate
    for each row when (current_user = 'znr_app') execute function outreach_candidate_guard()`.execute(
    db,
  );
}

async function policies(db: Kysely<unknown>): Promise<void> {
  for (const table of ['detection_run', 'outreach_candidate']) {
    await sql`alter table ${sql.table(table)} enable row level security`.execute(db);
    await sql`alter table ${sql.table(table)} force row level security`.execute(db);
  }
  const manager = sql`znr_manages_reperage() and territory_id = reperage_territory()`;
  await sql`create policy detection_run_all on detection_run for all using (${manager}) with check (${manager})`.execute(
    db,
  );
  const assignee = sql`znr_writes_personal() and assigned_to = znr_user() and assigned_organisation_id = znr_org()`;
  await sql`create policy outreach_candidate_read on outreach_candidate for select using ((${manager}) or (${assignee}))`.execute(
    db,
  );
  await sql`create policy outreach_candidate_insert on outreach_candidate for insert with check (${manager})`.execute(
    db,
  );
  await sql`create policy outreach_candidate_update on outreach_candidate for update using ((${manager}) or (${assignee})) with check ((${manager}) or (${assignee}))`.execute(
    db,
  );
  await sql`create policy outreach_candidate_delete on outreach_candidate for delete using (${manager})`.execute(
    db,
  );
}
