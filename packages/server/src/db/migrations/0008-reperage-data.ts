import { sql, type Kysely } from 'kysely';

// Repérage, data side: data-sharing agreements (with their HMAC key kept apart), partners' file
// imports, pseudonymous records (identity in clear kept in a separate table nobody reads
// directly), linkage runs and their clusters, and the in-process job queue that runs imports and
// runs. Every table holding personal data has row-level security enabled AND forced (see
// docs/security.md, « Repérage »). Over 300 lines because tables and policies belong together.

/** Tables, helper functions and row-level security policies of repérage's data side. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await helpers(db);
  await agreementTables(db);
  await importTables(db);
  await linkageTables(db);
  await jobTable(db);
  await keyFunctions(db);
  await policies(db);
}

async function helpers(db: Kysely<unknown>): Promise<void> {
  // The territory of the request's organisation. Security definer: organisation has no policy, but
  // the function must not depend on that staying true.
  await sql`
    create function reperage_territory() returns uuid
    language sql stable security definer set search_path = public, pg_temp as
    $$ select territory_id from organisation where id = znr_org() $$`.execute(db);
  // Coordinators (and administrators) manage agreements and linkage runs of their territory.
  await sql`
    create function znr_manages_reperage() returns boolean language sql stable as
    $$ select znr_role() in ('coordinateur', 'admin') $$`.execute(db);
}

async function agreementTables(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table data_agreement (
      id uuid primary key default gen_random_uuid(),
      territory_id uuid not null references territory (id) on delete restrict,
      title text not null check (length(trim(title)) > 0),
      purpose text not null check (length(trim(purpose)) > 0),
      legal_basis text not null check (length(trim(legal_basis)) > 0),
      parties uuid[] not null check (cardinality(parties) >= 1),
      fields text[] not null check (cardinality(fields) >= 1),
      retention_months integer not null check (retention_months between 1 and 120),
      dpo_contact text not null check (length(trim(dpo_contact)) > 0),
      valid_from date not null,
      valid_to date not null,
      status text not null default 'brouillon'
        check (status in ('brouillon', 'active', 'suspendue', 'terminee')),
      created_by uuid references app_user (id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (valid_to >= valid_from)
    )`.execute(db);
  await sql`create index data_agreement_territory_idx on data_agreement (territory_id, created_at desc)`.execute(
    db,
  );
  await sql`create index data_agreement_parties_idx on data_agreement using gin (parties)`.execute(
    db,
  );

  // The HMAC key of each agreement, apart from the data: znr_app has no right on this table and
  // reaches a key only through agreement_key() below, which checks who asks.
  await sql`
    create table agreement_key (
      agreement_id uuid primary key references data_agreement (id) on delete cascade,
      key bytea not null check (length(key) >= 32),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`revoke all on agreement_key from znr_app`.execute(db);
}

async function importTables(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table partner_column_mapping (
      organisation_id uuid not null references organisation (id) on delete cascade,
      partner text not null check (length(trim(partner)) > 0),
      mapping jsonb not null,
      updated_by uuid references app_user (id) on delete set null,
      updated_at timestamptz not null default now(),
      primary key (organisation_id, partner)
    )`.execute(db);

  await sql`
    create table partner_import (
      id uuid primary key default gen_random_uuid(),
      agreement_id uuid not null references data_agreement (id) on delete cascade,
      organisation_id uuid not null references organisation (id) on delete restrict,
      partner text not null check (length(trim(partner)) > 0),
      file_name text not null,
      file_sha256 text not null check (file_sha256 ~ '^[0-9a-f]{64}$'),
      file_format text not null check (file_format in ('csv', 'xlsx')),
      status text not null default 'en_attente'
        check (status in ('en_attente', 'en_cours', 'terminee', 'echouee')),
      progress real not null default 0 check (progress between 0 and 1),
      rows_total integer not null default 0,
      rows_valid integer not null default 0,
      rows_rejected integer not null default 0,
      report jsonb not null default '[]',
      mapping jsonb not null,
      error text,
      created_by uuid references app_user (id) on delete set null,
      created_at timestamptz not null default now(),
      finished_at timestamptz,
      -- Idempotence: one import of a given file per agreement.
      unique (agreement_id, file_sha256)
    )`.execute(db);
  await sql`create index partner_import_agreement_idx on partner_import (agreement_id, created_at desc)`.execute(
    db,
  );

  await sql`
    create table partner_record (
      id uuid primary key default gen_random_uuid(),
      import_id uuid not null references partner_import (id) on delete cascade,
      agreement_id uuid not null references data_agreement (id) on delete cascade,
      organisation_id uuid not null references organisation (id) on delete restrict,
      line integer not null check (line >= 2),
      source_id text not null,
      encodings jsonb not null,
      attributes jsonb not null default '{}',
      created_at timestamptz not null default now(),
      unique (import_id, line)
    )`.execute(db);
  await sql`create index partner_record_agreement_idx on partner_record (agreement_id, import_id)`.execute(
    db,
  );

  // Identity in clear: written at import, read by nobody through znr_app until repérage's outreach
  // side (migration 0009) grants re-identification of assigned candidates to their assignee.
  await sql`
    create table partner_record_identity (
      record_id uuid primary key references partner_record (id) on delete cascade,
      organisation_id uuid not null references organisation (id) on delete restrict,
      last_name text,
      birth_name text,
      first_names text,
      birth_date text,
      sex text,
      address text,
      postcode text,
      commune text,
      phone text,
      email text
    )`.execute(db);
}

async function linkageTables(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table linkage_run (
      id uuid primary key default gen_random_uuid(),
      agreement_id uuid not null references data_agreement (id) on delete cascade,
      territory_id uuid not null references territory (id) on delete restrict,
      import_ids uuid[] not null check (cardinality(import_ids) >= 2),
      status text not null default 'en_attente'
        check (status in ('en_attente', 'en_cours', 'terminee', 'echouee')),
      progress real not null default 0 check (progress between 0 and 1),
      stage text,
      quality jsonb,
      started_by uuid references app_user (id) on delete set null,
      started_at timestamptz not null default now(),
      finished_at timestamptz,
      error text
    )`.execute(db);
  await sql`create index linkage_run_agreement_idx on linkage_run (agreement_id, started_at desc)`.execute(
    db,
  );

  await sql`
    create table linkage_cluster_member (
      run_id uuid not null references linkage_run (id) on delete cascade,
      cluster_id integer not null,
      record_id uuid not null references partner_record (id) on delete cascade,
      score real not null check (score between 0 and 1),
      primary key (run_id, record_id)
    )`.execute(db);
  await sql`create index linkage_cluster_member_cluster_idx on linkage_cluster_member (run_id, cluster_id)`.execute(
    db,
  );
}

async function jobTable(db: Kysely<unknown>): Promise<void> {
  // Jobs run in-process from this table (ARCHITECTURE.md): a job left `en_cours` by a crash is
  // taken again at start-up, up to a number of attempts.
  await sql`
    create table job (
      id uuid primary key default gen_random_uuid(),
      kind text not null,
      payload jsonb not null,
      organisation_id uuid not null references organisation (id) on delete cascade,
      user_id uuid references app_user (id) on delete set null,
      role text not null,
      status text not null default 'en_attente'
        check (status in ('en_attente', 'en_cours', 'terminee', 'echouee')),
      progress real not null default 0 check (progress between 0 and 1),
      attempts integer not null default 0,
      error text,
      locked_at timestamptz,
      created_at timestamptz not null default now(),
      finished_at timestamptz
    )`.execute(db);
  await sql`create index job_pending_idx on job (status, created_at) where status in ('en_attente', 'en_cours')`.execute(
    db,
  );
}

async function keyFunctions(db: Kysely<unknown>): Promise<void> {
  // The key of an agreement, for the request's actor only when the agreement is usable now (active
  // and within its dates) and the actor may import into it (a party's member who writes personal
  // data) or run it (a coordinator or administrator of its territory). Null otherwise.
  await sql`
    create function agreement_key(p_agreement uuid) returns bytea
    language sql stable security definer set search_path = public, pg_temp as $$
      select k.key from agreement_key k join data_agreement a on a.id = k.agreement_id
      where a.id = p_agreement and a.status = 'active'
        and current_date between a.valid_from and a.valid_to
        and ((znr_writes_personal() and znr_org() = any (a.parties))
          or (znr_manages_reperage() and a.territory_id = reperage_territory()))
    $$`.execute(db);
  // Stores the key (drawn by the server) of an agreement created by a coordinator of its territory.
  await sql`
    create function agreement_key_create(p_agreement uuid, p_key bytea) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
    begin
      if not exists (select 1 from data_agreement a where a.id = p_agreement
          and a.territory_id = reperage_territory() and znr_manages_reperage()) then
        raise exception 'agreement key refused';
      end if;
      insert into agreement_key (agreement_id, key) values (p_agreement, p_key);
    end $$`.execute(db);
  await sql`revoke all on function agreement_key(uuid), agreement_key_create(uuid, bytea) from public`.execute(
    db,
  );
  await sql`grant execute on function agreement_key(uuid), agreement_key_create(uuid, bytea) to znr_app`.execute(
    db,
  );
}

async function policies(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'data_agreement',
    'partner_column_mapping',
    'partner_import',
    'partner_record',
    'partner_record_identity',
    'linkage_run',
    'linkage_cluster_member',
  ]) {
    await sql`alter table ${sql.table(table)} enable row level security`.execute(db);
    await sql`alter table ${sql.table(table)} force row level security`.execute(db);
  }
  const manager = sql`znr_manages_reperage() and territory_id = reperage_territory()`;
  const party = sql`znr_reads_personal() and znr_org() = any (parties)`;
  await sql`create policy data_agreement_read on data_agreement for select using ((${manager}) or (${party}))`.execute(
    db,
  );
  await sql`create policy data_agreement_insert on data_agreement for insert with check (${manager})`.execute(
    db,
  );
  await sql`create policy data_agreement_update on data_agreement for update using (${manager}) with check (${manager})`.execute(
    db,
  );
  await sql`create policy data_agreement_delete on data_agreement for delete using (${manager})`.execute(
    db,
  );

  const mine = sql`organisation_id = znr_org() and znr_writes_personal()`;
  await sql`create policy partner_column_mapping_all on partner_column_mapping for all using (${mine}) with check (${mine})`.execute(
    db,
  );

  // An import is seen by its organisation and by the coordinators of the agreement's territory (the
  // subquery goes through data_agreement's own policy).
  const visibleAgreement = sql`agreement_id in (select id from data_agreement)`;
  const importReader = sql`znr_reads_personal() and ((organisation_id = znr_org()) or (znr_manages_reperage() and ${visibleAgreement}))`;
  await sql`create policy partner_import_read on partner_import for select using (${importReader})`.execute(
    db,
  );
  const importer = sql`${mine} and ${visibleAgreement}`;
  await sql`create policy partner_import_insert on partner_import for insert with check (${importer})`.execute(
    db,
  );
  await sql`create policy partner_import_update on partner_import for update using (${importer}) with check (${importer})`.execute(
    db,
  );
  await sql`create policy partner_import_delete on partner_import for delete using (${importReader} and znr_manages_reperage())`.execute(
    db,
  );

  const visibleImport = sql`import_id in (select id from partner_import)`;
  await sql`create policy partner_record_read on partner_record for select using (znr_reads_personal() and ${visibleImport})`.execute(
    db,
  );
  await sql`create policy partner_record_insert on partner_record for insert with check (${mine} and ${visibleImport})`.execute(
    db,
  );
  // No select policy on partner_record_identity: nobody reads a clear identity here.
  await sql`create policy partner_record_identity_insert on partner_record_identity for insert with check (${mine})`.execute(
    db,
  );

  await sql`create policy linkage_run_all on linkage_run for all using (${manager}) with check (${manager} and ${visibleAgreement})`.execute(
    db,
  );
  const visibleRun = sql`run_id in (select id from linkage_run)`;
  await sql`create policy linkage_cluster_member_read on linkage_cluster_member for select using (znr_reads_personal() and ${visibleRun})`.execute(
    db,
  );
  await sql`create policy linkage_cluster_member_write on linkage_cluster_member for insert with check (znr_manages_reperage() and ${visibleRun})`.execute(
    db,
  );
  await sql`create policy linkage_cluster_member_delete on linkage_cluster_member for delete using (znr_manages_reperage() and ${visibleRun})`.execute(
    db,
  );

  // A job holds ids, no personal data: row-level security is enabled but not forced, so that the
  // runner, working as the owner, takes any job; requests queue and read their organisation's.
  await sql`alter table job enable row level security`.execute(db);
  const jobOwner = sql`organisation_id = znr_org() and user_id = znr_user()`;
  await sql`create policy job_read on job for select using (organisation_id = znr_org())`.execute(
    db,
  );
  await sql`create policy job_insert on job for insert with check (${jobOwner} and role = znr_role())`.execute(
    db,
  );
}
