import { sql, type Kysely } from 'kysely';

/**
 * Retention per territory (personal data erased this many months after a household's last
 * activity, 24 by default) and the pseudonymous statistics that outlive an erasure: one row per
 * followed right, without any identity, so indicators still count what was opened.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table territory add column retention_months integer not null default 24
      check (retention_months between 1 and 120)`.execute(db);
  await sql`
    create table right_statistic (
      id uuid primary key default gen_random_uuid(),
      territory_id uuid not null references territory (id) on delete cascade,
      organisation_id uuid not null references organisation (id) on delete cascade,
      benefit text not null,
      stage text not null,
      estimated_monthly numeric(10, 2),
      actual_monthly numeric(10, 2),
      opened_month text not null,
      recorded_at timestamptz not null default now()
    )`.execute(db);
  await sql`grant select, insert on right_statistic to znr_app`.execute(db);
  await sql`revoke update, delete on right_statistic from znr_app`.execute(db);
}
