import { sql, type Kysely } from 'kysely';

/**
 * The non-superuser role `znr_app` under which request queries run (`SET LOCAL ROLE`), so that
 * row-level security applies to them. Roles are cluster-wide: several databases of one server (the
 * parallel test databases) may run this at the same moment, hence the tolerated duplicates.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    do $$
    begin
      create role znr_app nologin;
    exception when duplicate_object or unique_violation then
      null;
    end
    $$`.execute(db);

  // A non-superuser owner (PostgreSQL 15) must be a member of the role to `SET ROLE` to it.
  await sql`
    do $$
    begin
      if not exists (
        select 1 from pg_roles where rolname = current_user and rolsuper
      ) and not pg_has_role(current_user, 'znr_app', 'member') then
        execute format('grant znr_app to %I', current_user);
      end if;
    exception when duplicate_object or unique_violation then
      null;
    end
    $$`.execute(db);

  await sql`grant usage on schema public to znr_app`.execute(db);
  await sql`grant select, insert, update, delete on all tables in schema public to znr_app`.execute(
    db,
  );
  await sql`revoke all on kysely_migration, kysely_migration_lock from znr_app`.execute(db);
  // Tables created by later migrations (run by the same owner) get the same grants.
  await sql`
    alter default privileges in schema public
    grant select, insert, update, delete on tables to znr_app`.execute(db);
  await sql`alter default privileges in schema public grant usage on sequences to znr_app`.execute(
    db,
  );
}
