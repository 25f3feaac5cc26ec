import { sql, type Kysely } from 'kysely';

// Repérage (issue #7):
// - two rows of one partner file with the same id are two people the partner cannot tell apart:
//   the import rejects the later ones and reports them. It looks the ids of each batch up in the
//   rows already written, through this index, instead of keeping every id of a file in memory;
// - an agreement's terms (title, purpose, legal basis, parties, fields, retention, DPO contact,
//   dates) may be changed by the territory's coordination until it is terminated; each change
//   keeps the terms it replaced in data_agreement_version, read by whoever reads the agreement.

/** partner_record's index by partner id, and the history of agreements' terms. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index partner_record_source_idx on partner_record (import_id, source_id)`.execute(
    db,
  );

  await sql`
    create table data_agreement_version (
      agreement_id uuid not null references data_agreement (id) on delete cascade,
      version integer not null check (version >= 1),
      changed_by uuid references app_user (id) on delete set null,
      changed_at timestamptz not null default now(),
      terms jsonb not null,
      primary key (agreement_id, version)
    )`.execute(db);
  await sql`alter table data_agreement_version enable row level security`.execute(db);
  await sql`alter table data_agreement_version force row level security`.execute(db);
  // Through data_agreement's own policies: its readers read its history, its managers write it.
  const visible = sql`agreement_id in (select id from data_agreement)`;
  await sql`create policy data_agreement_version_read on data_agreement_version for select using (${visible})`.execute(
    db,
  );
  await sql`create policy data_agreement_version_insert on data_agreement_version for insert with check (znr_manages_reperage() and ${visible})`.execute(
    db,
  );
}
