import { sql, type Kysely } from 'kysely';

// Case files (suivi): households, persons, consents, bilans, followed rights, referrals, tasks, and
// the hash-chained audit log. Every table holding personal data has row-level security enabled
// AND forced, with policies keyed on the transaction's settings (see docs/security.md). Over 300
// lines because the tables and the policies that guard them belong in one reviewable place.

/** Tables, helper functions and row-level security policies of the case files. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await helpers(db);
  await tables(db);
  await sharingFunction(db);
  await auditFunctions(db);
  await policies(db);
  await sql`revoke all on audit_log, audit_head from znr_app`.execute(db);
  await sql`grant select on audit_log to znr_app`.execute(db);
}

async function helpers(db: Kysely<unknown>): Promise<void> {
  // The request's user, organisation and role, set by withActor for one transaction.
  await sql`
    create function znr_org() returns uuid language sql stable as
    $$ select nullif(current_setting('znr.organisation_id', true), '')::uuid $$`.execute(db);
  await sql`
    create function znr_user() returns uuid language sql stable as
    $$ select nullif(current_setting('znr.user_id', true), '')::uuid $$`.execute(db);
  await sql`
    create function znr_role() returns text language sql stable as
    $$ select coalesce(current_setting('znr.role', true), '') $$`.execute(db);
  // Pilote and evaluateur see no personal data at all; admin reads (GDPR requests, audit).
  await sql`
    create function znr_reads_personal() returns boolean language sql stable as
    $$ select znr_role() in ('ambassadeur', 'travailleur_social', 'coordinateur', 'admin') $$`.execute(
    db,
  );
  await sql`
    create function znr_writes_personal() returns boolean language sql stable as
    $$ select znr_role() in ('ambassadeur', 'travailleur_social', 'coordinateur') $$`.execute(db);
}

async function tables(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table household (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisation (id) on delete restrict,
      territory_id uuid not null references territory (id) on delete restrict,
      address text,
      insee_code text check (insee_code ~ '^[0-9][0-9AB][0-9]{3}$'),
      commune text,
      quartier text,
      qpv boolean not null default false,
      created_by uuid references app_user (id) on delete set null,
      created_at timestamptz not null default now(),
      last_activity_at timestamptz not null default now(),
      -- Target of the (household_id, organisation_id) foreign keys below: a row of a case file
      -- always carries its household's organisation, so "organisation_id = znr_org()" in a policy
      -- means "a household of mine".
      unique (id, organisation_id)
    )`.execute(db);
  await sql`create index household_organisation_idx on household (organisation_id, last_activity_at desc)`.execute(
    db,
  );

  await sql`
    create table person (
      id uuid primary key default gen_random_uuid(),
      household_id uuid not null references household (id) on delete cascade,
      organisation_id uuid not null references organisation (id) on delete restrict,
      role text not null check (role in ('demandeur', 'conjoint', 'enfant', 'autre')),
      first_name text not null check (length(trim(first_name)) > 0),
      last_name text not null check (length(trim(last_name)) > 0),
      birth_date date,
      phone text,
      email text,
      name_key text not null,
      phonetic_key text not null,
      phone_key text,
      created_at timestamptz not null default now(),
      foreign key (household_id, organisation_id) references household (id, organisation_id)
        on delete cascade
    )`.execute(db);
  await sql`create index person_household_idx on person (household_id)`.execute(db);
  await sql`create index person_name_idx on person (organisation_id, name_key text_pattern_ops)`.execute(
    db,
  );
  await sql`create index person_phonetic_idx on person (organisation_id, phonetic_key)`.execute(db);
  await sql`create index person_birth_idx on person (organisation_id, birth_date)`.execute(db);
  await sql`create index person_phone_idx on person (organisation_id, phone_key)`.execute(db);

  await sql`
    create table consent (
      id uuid primary key default gen_random_uuid(),
      household_id uuid not null references household (id) on delete cascade,
      organisation_id uuid not null references organisation (id) on delete restrict,
      person_id uuid references person (id) on delete cascade,
      scope text not null check (scope in ('bilan', 'partage', 'recontact')),
      partner_organisation_id uuid references organisation (id) on delete restrict,
      method text not null check (method in ('oral', 'ecrit')),
      given_on date not null,
      recorded_by uuid references app_user (id) on delete set null,
      recorded_at timestamptz not null default now(),
      withdrawn_at timestamptz,
      withdrawn_by uuid references app_user (id) on delete set null,
      check ((scope = 'partage') = (partner_organisation_id is not null)),
      foreign key (household_id, organisation_id) references household (id, organisation_id)
        on delete cascade
    )`.execute(db);
  await sql`create index consent_household_idx on consent (household_id)`.execute(db);

  await sql`
    create table bilan (
      id uuid primary key default gen_random_uuid(),
      household_id uuid not null references household (id) on delete cascade,
      organisation_id uuid not null references organisation (id) on delete restrict,
      author_id uuid references app_user (id) on delete set null,
      period text not null check (period ~ '^[0-9]{4}-[0-9]{2}$'),
      engine_version text not null,
      parameters_version text not null,
      situation jsonb not null,
      results jsonb not null,
      created_at timestamptz not null default now(),
      foreign key (household_id, organisation_id) references household (id, organisation_id)
        on delete cascade
    )`.execute(db);
  await sql`create index bilan_household_idx on bilan (household_id, created_at desc)`.execute(db);

  await sql`
    create table right_follow_up (
      id uuid primary key default gen_random_uuid(),
      household_id uuid not null references household (id) on delete cascade,
      organisation_id uuid not null references organisation (id) on delete restrict,
      benefit text not null,
      stage text not null check (stage in ('identifie', 'demarche_a_faire', 'demarche_engagee',
        'ouvert', 'refuse', 'abandonne', 'non_eligible')),
      in_charge_organisation_id uuid references organisation (id) on delete set null,
      estimated_monthly numeric(10, 2),
      actual_monthly numeric(10, 2),
      closure_reason text check (closure_reason in ('ressources_trop_elevees', 'conditions_non_remplies',
        'pieces_manquantes', 'personne_injoignable', 'renoncement', 'demenagement', 'autre')),
      closure_note text,
      bilan_id uuid references bilan (id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (household_id, benefit),
      foreign key (household_id, organisation_id) references household (id, organisation_id)
        on delete cascade
    )`.execute(db);

  await sql`
    create table right_stage_history (
      id uuid primary key default gen_random_uuid(),
      right_id uuid not null references right_follow_up (id) on delete cascade,
      household_id uuid not null references household (id) on delete cascade,
      organisation_id uuid not null references organisation (id) on delete restrict,
      stage text not null,
      changed_by uuid references app_user (id) on delete set null,
      changed_by_organisation_id uuid references organisation (id) on delete set null,
      changed_at timestamptz not null default now(),
      foreign key (household_id, organisation_id) references household (id, organisation_id)
        on delete cascade
    )`.execute(db);
  await sql`create index right_stage_history_right_idx on right_stage_history (right_id, changed_at)`.execute(
    db,
  );

  await sql`
    create table referral (
      id uuid primary key default gen_random_uuid(),
      household_id uuid not null references household (id) on delete cascade,
      from_organisation_id uuid not null references organisation (id) on delete restrict,
      to_organisation_id uuid not null references organisation (id) on delete restrict,
      consent_id uuid not null references consent (id) on delete restrict,
      purpose text not null check (length(trim(purpose)) > 0),
      shares text[] not null check (shares <@ array['personnes', 'bilans', 'droits']::text[]),
      status text not null default 'envoyee' check (status in ('envoyee', 'acceptee', 'refusee', 'cloturee')),
      refusal_reason text,
      outcome text,
      created_by uuid references app_user (id) on delete set null,
      created_at timestamptz not null default now(),
      answered_at timestamptz,
      closed_at timestamptz,
      check (from_organisation_id <> to_organisation_id)
    )`.execute(db);
  await sql`create index referral_to_idx on referral (to_organisation_id, status, created_at)`.execute(
    db,
  );
  await sql`create index referral_from_idx on referral (from_organisation_id, status, created_at)`.execute(
    db,
  );
  await sql`create index referral_household_idx on referral (household_id)`.execute(db);

  await sql`
    create table referral_message (
      id uuid primary key default gen_random_uuid(),
      referral_id uuid not null references referral (id) on delete cascade,
      organisation_id uuid not null references organisation (id) on delete restrict,
      author_id uuid references app_user (id) on delete set null,
      body text not null check (length(trim(body)) > 0),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index referral_message_referral_idx on referral_message (referral_id, created_at)`.execute(
    db,
  );

  await sql`
    create table task (
      id uuid primary key default gen_random_uuid(),
      household_id uuid not null references household (id) on delete cascade,
      organisation_id uuid not null references organisation (id) on delete restrict,
      title text not null check (length(trim(title)) > 0),
      due_on date,
      assignee_id uuid references app_user (id) on delete set null,
      status text not null default 'a_faire' check (status in ('a_faire', 'faite')),
      outcome text,
      created_by uuid references app_user (id) on delete set null,
      created_at timestamptz not null default now(),
      closed_at timestamptz
    )`.execute(db);
  await sql`create index task_household_idx on task (household_id, due_on)`.execute(db);

  // Append-only: znr_app only reads it; rows arrive through audit_append (security definer).
  await sql`
    create table audit_log (
      seq bigint primary key,
      at timestamptz not null,
      user_id uuid,
      organisation_id uuid,
      action text not null,
      entity text not null,
      entity_id uuid,
      household_id uuid,
      prev_hash text not null,
      hash text not null
    )`.execute(db);
  await sql`create index audit_log_household_idx on audit_log (household_id, seq)`.execute(db);
  await sql`create table audit_head (id boolean primary key default true check (id), seq bigint not null, hash text not null)`.execute(
    db,
  );
  await sql`insert into audit_head (seq, hash) values (0, ${GENESIS_HASH})`.execute(db);
}

/** The hash before the first entry of the chain. */
const GENESIS_HASH = '0'.repeat(64);

async function sharingFunction(db: Kysely<unknown>): Promise<void> {
  // Whether the request's organisation may see `part` of household `h`: it owns the household, or
  // it receives a pending or accepted referral of it, whose consent stands, sharing that part.
  // Security definer so that it reads referral and consent without their own policies (no loop).
  await sql`
    create function household_shared(h uuid, part text) returns boolean
    language sql stable security definer set search_path = public, pg_temp as $$
      select exists (select 1 from household where id = h and organisation_id = znr_org())
          or exists (
            select 1 from referral r join consent c on c.id = r.consent_id
            where r.household_id = h and r.to_organisation_id = znr_org()
              and r.status in ('envoyee', 'acceptee') and c.withdrawn_at is null
              and (part = 'menage' or part = any (r.shares)))
    $$`.execute(db);
}

async function auditFunctions(db: Kysely<unknown>): Promise<void> {
  // Locks the chain for this transaction and returns its head: the caller hashes the next entry.
  await sql`
    create function audit_lock_head() returns table (seq bigint, hash text)
    language plpgsql security definer set search_path = public, pg_temp as $$
    begin
      perform pg_advisory_xact_lock(7262011);
      return query select h.seq, h.hash from audit_head h;
    end $$`.execute(db);
  await sql`
    create function audit_append(
      p_seq bigint, p_at timestamptz, p_user_id uuid, p_organisation_id uuid, p_action text,
      p_entity text, p_entity_id uuid, p_household_id uuid, p_prev_hash text, p_hash text
    ) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
    begin
      if not exists (select 1 from audit_head where seq = p_seq - 1 and hash = p_prev_hash) then
        raise exception 'audit chain head moved';
      end if;
      -- An entry speaks for the transaction's own user and organisation, never for another.
      if p_user_id is distinct from znr_user() or p_organisation_id is distinct from znr_org() then
        raise exception 'audit entry for another actor';
      end if;
      insert into audit_log values (p_seq, p_at, p_user_id, p_organisation_id, p_action, p_entity,
        p_entity_id, p_household_id, p_prev_hash, p_hash);
      update audit_head set seq = p_seq, hash = p_hash;
    end $$`.execute(db);
  await sql`revoke all on function audit_lock_head(), audit_append(bigint, timestamptz, uuid, uuid, text, text, uuid, uuid, text, text) from public`.execute(
    db,
  );
  await sql`grant execute on function audit_lock_head(), audit_append(bigint, timestamptz, uuid, uuid, text, text, uuid, uuid, text, text) to znr_app`.execute(
    db,
  );
}

async function policies(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'household',
    'person',
    'consent',
    'bilan',
    'right_follow_up',
    'right_stage_history',
    'referral',
    'referral_message',
    'task',
    'audit_log',
  ]) {
    await sql`alter table ${sql.table(table)} enable row level security`.execute(db);
    await sql`alter table ${sql.table(table)} force row level security`.execute(db);
  }
  const mine = sql`organisation_id = znr_org()`;
  const owner = sql`organisation_id = znr_org() and znr_writes_personal()`;
  const eraser = sql`organisation_id = znr_org() and znr_role() in ('admin', 'coordinateur')`;

  await sql`create policy household_read on household for select using (znr_reads_personal() and (${mine} or household_shared(id, 'menage')))`.execute(
    db,
  );
  await sql`create policy household_insert on household for insert with check (${owner})`.execute(
    db,
  );
  await sql`create policy household_update on household for update using (${owner} or (znr_writes_personal() and household_shared(id, 'droits'))) with check (${owner} or (znr_writes_personal() and household_shared(id, 'droits')))`.execute(
    db,
  );
  await sql`create policy household_delete on household for delete using (${eraser})`.execute(db);

  const parts: [string, string][] = [
    ['person', 'personnes'],
    ['consent', 'personnes'],
    ['bilan', 'bilans'],
    ['right_follow_up', 'droits'],
    ['right_stage_history', 'droits'],
  ];
  for (const [table, part] of parts) {
    const t = sql.table(table);
    await sql`create policy ${sql.id(`${table}_read`)} on ${t} for select using (znr_reads_personal() and (${mine} or household_shared(household_id, ${sql.lit(part)})))`.execute(
      db,
    );
    // A receiving organisation updates the rights it was referred (e.g. the CAF marks RSA opened).
    const shared =
      part === 'droits'
        ? sql` or (znr_writes_personal() and household_shared(household_id, 'droits'))`
        : sql``;
    await sql`create policy ${sql.id(`${table}_insert`)} on ${t} for insert with check (${owner}${shared})`.execute(
      db,
    );
    await sql`create policy ${sql.id(`${table}_update`)} on ${t} for update using (${owner}${shared}) with check (${owner}${shared})`.execute(
      db,
    );
    await sql`create policy ${sql.id(`${table}_delete`)} on ${t} for delete using (${eraser})`.execute(
      db,
    );
  }

  const party = sql`(from_organisation_id = znr_org() or to_organisation_id = znr_org())`;
  await sql`create policy referral_read on referral for select using (znr_reads_personal() and ${party})`.execute(
    db,
  );
  await sql`create policy referral_insert on referral for insert with check (znr_writes_personal() and from_organisation_id = znr_org() and exists (select 1 from household h where h.id = household_id and h.organisation_id = znr_org()))`.execute(
    db,
  );
  await sql`create policy referral_update on referral for update using (znr_writes_personal() and ${party}) with check (${party})`.execute(
    db,
  );
  await sql`create policy referral_delete on referral for delete using (from_organisation_id = znr_org() and znr_role() in ('admin', 'coordinateur'))`.execute(
    db,
  );

  const visibleReferral = sql`exists (select 1 from referral r where r.id = referral_id)`;
  await sql`create policy referral_message_read on referral_message for select using (znr_reads_personal() and ${visibleReferral})`.execute(
    db,
  );
  await sql`create policy referral_message_insert on referral_message for insert with check (${owner} and ${visibleReferral})`.execute(
    db,
  );

  await sql`create policy task_read on task for select using (znr_reads_personal() and ${mine})`.execute(
    db,
  );
  await sql`create policy task_insert on task for insert with check (${owner} and household_shared(household_id, 'menage'))`.execute(
    db,
  );
  await sql`create policy task_update on task for update using (${owner}) with check (${mine})`.execute(
    db,
  );
  await sql`create policy task_delete on task for delete using (${eraser})`.execute(db);

  // Administrators see who acted in their organisation and who touched their households.
  await sql`create policy audit_log_read on audit_log for select using (znr_role() = 'admin' and (${mine} or exists (select 1 from household h where h.id = household_id and h.organisation_id = znr_org())))`.execute(
    db,
  );
}
