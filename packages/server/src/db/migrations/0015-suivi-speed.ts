import { sql, type Kysely } from 'kysely';

// The case files at the scale of a region, cheaper per request (bench:cases, issue 6):
// - an audit entry is one call, `audit_record`, which locks the organisation's chain, hashes the
//   entry and appends it in the database, instead of two calls with the hash computed in between
//   by the server (one round trip less on every request, and no head travelling to and fro);
// - the read policies of the case-file tables read the request's settings once per query
//   (`(select znr_org())` is an init plan) instead of once per row: same rules, but a search no
//   longer calls current_setting() three times for each person of the organisation.

const GENESIS_HASH = '0'.repeat(64);

/** `audit_record`, and the read policies with their settings hoisted out of the row loop. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await auditRecord(db);
  await readPolicies(db);
}

async function auditRecord(db: Kysely<unknown>): Promise<void> {
  // The canonical JSON is built exactly as canonicalEntry() in audit/chain.ts builds it (keys in
  // that order, no spaces, ISO date in milliseconds, strings escaped as JSON.stringify does, which
  // to_json() matches), so that `znr audit verify` recomputes the same hash in TypeScript.
  await sql`
    create function audit_record(
      p_user_id uuid, p_organisation_id uuid, p_action text, p_entity text, p_entity_id uuid,
      p_household_id uuid
    ) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
    declare
      own uuid := znr_org();
      head_seq bigint;
      head_hash text;
      at timestamptz := date_trunc('milliseconds', clock_timestamp());
      entry text;
      entry_hash text;
    begin
      if own is null then
        raise exception 'audit entry without organisation';
      end if;
      -- An entry speaks for the transaction's own user and organisation, never for another, and
      -- goes to that organisation's chain.
      if p_user_id is distinct from znr_user() or p_organisation_id is distinct from own then
        raise exception 'audit entry for another actor';
      end if;
      perform pg_advisory_xact_lock(7262011, hashtext(own::text));
      insert into audit_head (chain, seq, hash) values (own, 0, ${sql.lit(GENESIS_HASH)})
        on conflict do nothing;
      select h.seq, h.hash into head_seq, head_hash from audit_head h where h.chain = own;
      head_seq := head_seq + 1;
      entry := '{"action":' || to_json(p_action)::text
        || ',"at":"' || to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
        || '","entity":' || to_json(p_entity)::text
        || ',"entityId":' || coalesce(to_json(p_entity_id::text)::text, 'null')
        || ',"householdId":' || coalesce(to_json(p_household_id::text)::text, 'null')
        || ',"organisationId":' || to_json(own::text)::text
        || ',"seq":' || head_seq
        || ',"userId":' || coalesce(to_json(p_user_id::text)::text, 'null') || '}';
      entry_hash := encode(sha256(convert_to(head_hash || entry, 'UTF8')), 'hex');
      insert into audit_log (chain, seq, at, user_id, organisation_id, action, entity, entity_id,
          household_id, prev_hash, hash)
        values (own, head_seq, at, p_user_id, own, p_action, p_entity, p_entity_id,
          p_household_id, head_hash, entry_hash);
      update audit_head set seq = head_seq, hash = entry_hash where chain = own;
    end $$`.execute(db);
  await sql`revoke all on function audit_record(uuid, uuid, text, text, uuid, uuid) from public`.execute(
    db,
  );
  await sql`grant execute on function audit_record(uuid, uuid, text, text, uuid, uuid) to znr_app`.execute(
    db,
  );
  // The only way in is now audit_record: the application no longer chooses the hash it appends.
  await sql`revoke execute on function audit_lock_head(), audit_append(bigint, timestamptz, uuid, uuid, text, text, uuid, uuid, text, text) from znr_app`.execute(
    db,
  );
}

async function readPolicies(db: Kysely<unknown>): Promise<void> {
  // The rules of 0003 and 0005, word for word, with each setting read through a scalar subquery.
  const reads = sql`(select znr_reads_personal())`;
  const mine = sql`organisation_id = (select znr_org())`;
  await sql`alter policy household_read on household using (${reads} and (${mine} or id in (select shared_households('menage'))))`.execute(
    db,
  );
  // The tables of a case file, each with the part of the file a referral must share to show it.
  const partOf = {
    person: 'personnes',
    consent: 'personnes',
    bilan: 'bilans',
    right_follow_up: 'droits',
    right_stage_history: 'droits',
  };
  for (const [table, part] of Object.entries(partOf)) {
    const shared = sql`household_id in (select shared_households(${sql.lit(part)}))`;
    await sql`alter policy ${sql.id(`${table}_read`)} on ${sql.table(table)} using (${reads} and (${mine} or ${shared}))`.execute(
      db,
    );
  }
  await sql`alter policy referral_read on referral using (${reads} and (from_organisation_id = (select znr_org()) or to_organisation_id = (select znr_org())))`.execute(
    db,
  );
  await sql`alter policy referral_message_read on referral_message using (${reads} and exists (select 1 from referral r where r.id = referral_id))`.execute(
    db,
  );
  await sql`alter policy task_read on task using (${reads} and ${mine})`.execute(db);
  await sql`alter policy audit_log_read on audit_log using ((select znr_role()) = 'admin' and (${mine} or exists (select 1 from household h where h.id = household_id and h.organisation_id = (select znr_org()))))`.execute(
    db,
  );
}
