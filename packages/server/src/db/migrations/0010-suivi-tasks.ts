import { sql, type Kysely } from 'kysely';

// Follow-up tasks, referral messages and reminders, and the speed of the case files at the scale
// of a region: one audit chain per organisation instead of one for the whole platform (its locked
// head serialised every request of every organisation), and the indexes the household page, the
// inbox and "mes tâches" read through.

/** The chain of the entries written before this migration (one chain for every organisation). */
const LEGACY_CHAIN = '00000000-0000-0000-0000-000000000000';
const GENESIS_HASH = '0'.repeat(64);

/** Per-organisation audit chains, task and message columns, household closing, indexes. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await auditChains(db);
  await followUpColumns(db);
  await indexes(db);
}

async function auditChains(db: Kysely<unknown>): Promise<void> {
  // Entry `seq` of chain `chain` (the organisation of the actor) links to entry `seq - 1` of the
  // same chain; audit_head keeps the last entry of each chain. Older entries stay in one chain.
  await sql`alter table audit_log add column chain uuid not null default ${sql.lit(LEGACY_CHAIN)}::uuid`.execute(
    db,
  );
  await sql`alter table audit_log alter column chain drop default`.execute(db);
  await sql`alter table audit_log drop constraint audit_log_pkey`.execute(db);
  await sql`alter table audit_log add primary key (chain, seq)`.execute(db);
  await sql`create index audit_log_at_idx on audit_log (at)`.execute(db);

  await sql`alter table audit_head add column chain uuid not null default ${sql.lit(LEGACY_CHAIN)}::uuid`.execute(
    db,
  );
  await sql`alter table audit_head alter column chain drop default`.execute(db);
  await sql`alter table audit_head drop column id`.execute(db);
  await sql`alter table audit_head add primary key (chain)`.execute(db);

  await sql`drop function audit_lock_head()`.execute(db);
  await sql`drop function audit_append(bigint, timestamptz, uuid, uuid, text, text, uuid, uuid, text, text)`.execute(
    db,
  );
  // Locks the chain of the request's organisation only (requests of other organisations go on)
  // and returns its head, starting the chain at its first use.
  await sql`
    create function audit_lock_head() returns table (head_seq bigint, head_hash text)
    language plpgsql security definer set search_path = public, pg_temp as $$
    declare
      own uuid := znr_org();
    begin
      if own is null then
        raise exception 'audit entry without organisation';
      end if;
      perform pg_advisory_xact_lock(7262011, hashtext(own::text));
      insert into audit_head (chain, seq, hash) values (own, 0, ${sql.lit(GENESIS_HASH)})
        on conflict do nothing;
      return query select h.seq, h.hash from audit_head h where h.chain = own;
    end $$`.execute(db);
  await sql`
    create function audit_append(
      p_seq bigint, p_at timestamptz, p_user_id uuid, p_organisation_id uuid, p_action text,
      p_entity text, p_entity_id uuid, p_household_id uuid, p_prev_hash text, p_hash text
    ) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
    begin
      -- An entry speaks for the transaction's own user and organisation, never for another, and
      -- goes to that organisation's chain.
      if p_user_id is distinct from znr_user() or p_organisation_id is distinct from znr_org() then
        raise exception 'audit entry for another actor';
      end if;
      if not exists (select 1 from audit_head where chain = p_organisation_id
                     and seq = p_seq - 1 and hash = p_prev_hash) then
        raise exception 'audit chain head moved';
      end if;
      insert into audit_log (chain, seq, at, user_id, organisation_id, action, entity, entity_id,
          household_id, prev_hash, hash)
        values (p_organisation_id, p_seq, p_at, p_user_id, p_organisation_id, p_action, p_entity,
          p_entity_id, p_household_id, p_prev_hash, p_hash);
      update audit_head set seq = p_seq, hash = p_hash where chain = p_organisation_id;
    end $$`.execute(db);
  await sql`revoke all on function audit_lock_head(), audit_append(bigint, timestamptz, uuid, uuid, text, text, uuid, uuid, text, text) from public`.execute(
    db,
  );
  await sql`grant execute on function audit_lock_head(), audit_append(bigint, timestamptz, uuid, uuid, text, text, uuid, uuid, text, text) to znr_app`.execute(
    db,
  );
}

async function followUpColumns(db: Kysely<unknown>): Promise<void> {
  // Closing the household's follow-up with its outcome (reopened by clearing closed_at).
  await sql`alter table household add column closed_at timestamptz,
    add column closed_by uuid references app_user (id) on delete set null,
    add column outcome text`.execute(db);
  await sql`alter table task add column closed_by uuid references app_user (id) on delete set null,
    add column updated_at timestamptz not null default now()`.execute(db);
  // A reminder is a message of the sending organisation, marked so the inbox shows when it went.
  await sql`alter table referral_message add column kind text not null default 'message'
    check (kind in ('message', 'relance'))`.execute(db);
}

async function indexes(db: Kysely<unknown>): Promise<void> {
  // The name search tests `like '% word%'` on every person of the organisation: an index holding
  // the keys answers it without visiting the table (index-only scan), in place of the prefix
  // indexes that an infix pattern never used.
  await sql`drop index person_name_idx, person_phonetic_idx`.execute(db);
  await sql`create index person_search_idx on person (organisation_id, household_id)
    include (name_key, phonetic_key)`.execute(db);
  await sql`create index right_stage_history_household_idx on right_stage_history (household_id)`.execute(
    db,
  );
  await sql`create index right_follow_up_household_idx on right_follow_up (household_id, created_at)`.execute(
    db,
  );
  await sql`create index task_organisation_idx on task (organisation_id, status, due_on)`.execute(
    db,
  );
  await sql`create index task_assignee_idx on task (assignee_id, status, due_on)`.execute(db);
}
