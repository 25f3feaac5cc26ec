import { sql, type Kysely } from 'kysely';

// A migration is frozen once released: the lists below are copied, not imported, so that a later
// change to the code's lists goes through a new migration.

/** Territories, communes, organisations, users, memberships and sessions. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table territory (
      id uuid primary key default gen_random_uuid(),
      name text not null unique check (length(trim(name)) > 0),
      created_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table territory_commune (
      territory_id uuid not null references territory (id) on delete cascade,
      insee_code text not null check (insee_code ~ '^[0-9][0-9AB][0-9]{3}$'),
      name text not null,
      primary key (territory_id, insee_code)
    )`.execute(db);

  await sql`
    create table organisation (
      id uuid primary key default gen_random_uuid(),
      territory_id uuid not null references territory (id) on delete restrict,
      name text not null check (length(trim(name)) > 0),
      type text not null check (type in (
        'caf', 'cpam', 'msa', 'carsat', 'ccas_cias', 'maison_metropole_departement',
        'bailleur_social', 'association', 'pimms_france_services', 'collectivite', 'service_etat'
      )),
      address text,
      phone text,
      email text,
      created_at timestamptz not null default now(),
      unique (territory_id, name)
    )`.execute(db);

  await sql`
    create table app_user (
      id uuid primary key default gen_random_uuid(),
      email text not null check (email = lower(email) and email like '%_@_%'),
      display_name text not null,
      password_hash text not null,
      disabled boolean not null default false,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create unique index app_user_email_key on app_user (lower(email))`.execute(db);

  await sql`
    create table membership (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references app_user (id) on delete cascade,
      organisation_id uuid not null references organisation (id) on delete cascade,
      role text not null check (role in (
        'ambassadeur', 'travailleur_social', 'coordinateur', 'pilote', 'evaluateur', 'admin'
      )),
      created_at timestamptz not null default now(),
      unique (user_id, organisation_id, role)
    )`.execute(db);
  await sql`create index membership_organisation_idx on membership (organisation_id)`.execute(db);

  await sql`
    create table user_session (
      id uuid primary key default gen_random_uuid(),
      token_hash text not null unique,
      user_id uuid not null references app_user (id) on delete cascade,
      membership_id uuid not null references membership (id) on delete cascade,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null
    )`.execute(db);
  await sql`create index user_session_user_idx on user_session (user_id)`.execute(db);
}
