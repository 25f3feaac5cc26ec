import { sql, type Kysely } from 'kysely';

// What the follow-up of a household keeps after 0010: every closing and reopening (0010 kept only
// the current closing, so a reopening erased it from the timeline), tasks deleted by their own
// organisation, and the reminder task the daily job creates for a referral left unanswered.

/** Closing history, task deletion by its organisation, tasks tied to a referral. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table follow_up_event (
      id uuid primary key default gen_random_uuid(),
      household_id uuid not null references household (id) on delete cascade,
      organisation_id uuid not null references organisation (id) on delete restrict,
      kind text not null check (kind in ('cloture', 'reouverture')),
      outcome text,
      at timestamptz not null default now(),
      recorded_by uuid references app_user (id) on delete set null,
      check ((kind = 'cloture') = (outcome is not null)),
      foreign key (household_id, organisation_id) references household (id, organisation_id)
        on delete cascade
    )`.execute(db);
  await sql`create index follow_up_event_household_idx on follow_up_event (household_id, at)`.execute(
    db,
  );
  // The closings made before this migration enter the history as they are.
  await sql`
    insert into follow_up_event (household_id, organisation_id, kind, outcome, at, recorded_by)
    select id, organisation_id, 'cloture', coalesce(outcome, ''), closed_at, closed_by
    from household where closed_at is not null`.execute(db);

  await sql`alter table follow_up_event enable row level security`.execute(db);
  await sql`alter table follow_up_event force row level security`.execute(db);
  // Read like the household row (a partner sees the follow-up closed); written by its owner only.
  await sql`create policy follow_up_event_read on follow_up_event for select using (
    znr_reads_personal() and (organisation_id = znr_org() or household_shared(household_id, 'menage')))`.execute(
    db,
  );
  await sql`create policy follow_up_event_insert on follow_up_event for insert with check (
    organisation_id = znr_org() and znr_writes_personal())`.execute(db);
  await sql`create policy follow_up_event_delete on follow_up_event for delete using (
    organisation_id = znr_org() and znr_role() in ('admin', 'coordinateur'))`.execute(db);
  // The history is never rewritten (no update policy either).
  await sql`revoke update on follow_up_event from znr_app`.execute(db);

  // A task created by mistake is deleted by whoever writes its organisation's tasks (the GDPR
  // erasure of a household still removes all of them through the cascade).
  await sql`drop policy task_delete on task`.execute(db);
  await sql`create policy task_delete on task for delete using (organisation_id = znr_org()
    and (znr_writes_personal() or znr_role() in ('admin', 'coordinateur')))`.execute(db);

  // The reminder task of a referral (one per referral): the daily job creates it in the sending
  // organisation when the referral waits, and closes it once the referral is answered.
  await sql`alter table task add column referral_id uuid references referral (id) on delete set null`.execute(
    db,
  );
  await sql`create unique index task_referral_idx on task (referral_id) where referral_id is not null`.execute(
    db,
  );
}
