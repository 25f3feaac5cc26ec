import { sql, type Kysely } from 'kysely';

// Pilotage of a territory: outreach (aller-vers) actions with anonymous counts, the partner
// directory in the data·inclusion schema (v1), workshops between professionals and the register of
// systemic blockages. No personal data beyond the professionals' user ids, yet row-level security
// is forced and keyed on the territory of the request's organisation: its members read, the
// coordinateur and the pilote manage; the évaluateur reads nothing here (indicators aggregate).
// The vocabularies are copied, not imported: a released migration is frozen.

/** Tables, helper functions and row-level security policies of the pilotage network. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await helpers(db);
  await outreachTables(db);
  await networkTables(db);
  await workshopTable(db);
  await blockageTables(db);
  await policies(db);
}

async function helpers(db: Kysely<unknown>): Promise<void> {
  // The territory of the request's organisation (organisation has no row-level security).
  await sql`
    create function znr_territory() returns uuid language sql stable as
    $$ select territory_id from organisation where id = znr_org() $$`.execute(db);
  // Members of a territory's organisations read its pilotage data; not the évaluateur.
  await sql`
    create function znr_reads_pilotage() returns boolean language sql stable as
    $$ select znr_role() in ('ambassadeur', 'travailleur_social', 'coordinateur', 'pilote', 'admin') $$`.execute(
    db,
  );
  await sql`
    create function znr_manages_pilotage() returns boolean language sql stable as
    $$ select znr_role() in ('coordinateur', 'pilote') $$`.execute(db);
  // Who goes out on the field and enters actions.
  await sql`
    create function znr_enters_actions() returns boolean language sql stable as
    $$ select znr_role() in ('ambassadeur', 'travailleur_social', 'coordinateur') $$`.execute(db);
}

async function outreachTables(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table outreach_action (
      id uuid primary key default gen_random_uuid(),
      territory_id uuid not null references territory (id) on delete restrict,
      organisation_id uuid not null references organisation (id) on delete restrict,
      type text not null check (type in ('maraude', 'bus_des_droits', 'porte_a_porte',
        'permanence', 'stand', 'atelier_numerique', 'accompagnement_physique', 'autre')),
      type_other text,
      held_on date not null,
      duration_minutes integer check (duration_minutes between 1 and 1440),
      insee_code text check (insee_code ~ '^[0-9][0-9AB][0-9]{3}$'),
      commune text,
      quartier text,
      qpv boolean not null default false,
      people_met integer not null check (people_met between 0 and 100000),
      went_to_bilan integer not null default 0,
      went_to_case_file integer not null default 0,
      note text,
      client_id uuid not null,
      created_by uuid references app_user (id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (went_to_bilan between 0 and people_met),
      check (went_to_case_file between 0 and people_met),
      check ((type = 'autre') = (type_other is not null and length(trim(type_other)) > 0)),
      -- A device retrying a send finds its action instead of creating it twice.
      unique (organisation_id, client_id)
    )`.execute(db);
  await sql`create index outreach_action_territory_idx on outreach_action (territory_id, held_on desc)`.execute(
    db,
  );

  await sql`
    create table outreach_action_team (
      id uuid primary key default gen_random_uuid(),
      action_id uuid not null references outreach_action (id) on delete cascade,
      organisation_id uuid not null references organisation (id) on delete restrict,
      user_id uuid references app_user (id) on delete set null
    )`.execute(db);
  await sql`create unique index outreach_action_team_key on outreach_action_team (action_id, organisation_id, coalesce(user_id, '00000000-0000-0000-0000-000000000000'::uuid))`.execute(
    db,
  );
  await sql`create index outreach_action_team_organisation_idx on outreach_action_team (organisation_id)`.execute(
    db,
  );

  // Anonymous counts: how many people of an age band and sex were met, nothing about who.
  await sql`
    create table outreach_action_count (
      action_id uuid not null references outreach_action (id) on delete cascade,
      age_band text not null check (age_band in ('moins_18', '18_25', '26_64', '65_plus', 'inconnu')),
      sex text not null check (sex in ('femme', 'homme', 'inconnu')),
      people integer not null check (people > 0),
      primary key (action_id, age_band, sex)
    )`.execute(db);
}

async function networkTables(db: Kysely<unknown>): Promise<void> {
  // data·inclusion v1 "structure"; `di_id` and `source` are the schema's `id` and `source`,
  // `extra` keeps the schema's fields without a column so that an import exports back whole.
  await sql`
    create table network_structure (
      id uuid primary key default gen_random_uuid(),
      territory_id uuid not null references territory (id) on delete cascade,
      organisation_id uuid references organisation (id) on delete set null,
      di_id text not null check (length(trim(di_id)) > 0),
      source text not null,
      nom text not null check (length(trim(nom)) >= 3),
      siret text check (siret ~ '^[0-9]{14}$'),
      commune text,
      code_postal text check (code_postal ~ '^[0-9]{5}$'),
      code_insee text check (code_insee ~ '^[0-9][0-9AB][0-9]{3}$'),
      adresse text,
      complement_adresse text,
      longitude double precision,
      latitude double precision,
      telephone text,
      courriel text,
      site_web text,
      description text,
      horaires_accueil text,
      reseaux_porteurs text[] not null default '{}',
      typologie text,
      thematiques text[] not null default '{}',
      date_maj date not null default current_date,
      extra jsonb not null default '{}',
      search_key text not null default '',
      created_by uuid references app_user (id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (territory_id, di_id)
    )`.execute(db);

  await sql`
    create table network_service (
      id uuid primary key default gen_random_uuid(),
      territory_id uuid not null references territory (id) on delete cascade,
      structure_id uuid not null references network_structure (id) on delete cascade,
      organisation_id uuid references organisation (id) on delete set null,
      di_id text not null check (length(trim(di_id)) > 0),
      source text not null,
      nom text not null check (length(trim(nom)) >= 3),
      description text not null,
      type text,
      thematiques text[] not null default '{}',
      frais text,
      frais_precisions text,
      publics text[] not null default '{}',
      publics_precisions text,
      conditions_acces text,
      commune text,
      code_postal text check (code_postal ~ '^[0-9]{5}$'),
      code_insee text check (code_insee ~ '^[0-9][0-9AB][0-9]{3}$'),
      adresse text,
      complement_adresse text,
      longitude double precision,
      latitude double precision,
      telephone text,
      courriel text,
      contact_nom_prenom text,
      modes_accueil text[] not null default '{}',
      zone_eligibilite text[] not null default '{}',
      lien_mobilisation text,
      modes_mobilisation text[] not null default '{}',
      mobilisable_par text[] not null default '{}',
      mobilisation_precisions text,
      horaires_accueil text,
      date_maj date not null default current_date,
      extra jsonb not null default '{}',
      search_key text not null default '',
      created_by uuid references app_user (id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (territory_id, di_id)
    )`.execute(db);
  await sql`create index network_service_structure_idx on network_service (structure_id)`.execute(
    db,
  );
}

async function workshopTable(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table workshop (
      id uuid primary key default gen_random_uuid(),
      territory_id uuid not null references territory (id) on delete restrict,
      held_on date not null,
      theme text not null check (length(trim(theme)) > 0),
      organisation_ids uuid[] not null default '{}',
      participants integer not null check (participants between 0 and 10000),
      follow_ups text,
      created_by uuid references app_user (id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index workshop_territory_idx on workshop (territory_id, held_on desc)`.execute(
    db,
  );
}

async function blockageTables(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table blockage (
      id uuid primary key default gen_random_uuid(),
      territory_id uuid not null references territory (id) on delete restrict,
      organisation_id uuid not null references organisation (id) on delete restrict,
      title text not null check (length(trim(title)) > 0),
      description text not null check (length(trim(description)) > 0),
      benefit text,
      institution text not null check (institution in ('caf', 'cpam', 'msa', 'france_travail',
        'prefecture_etat', 'departement', 'carsat', 'mdph', 'autre')),
      institution_other text,
      examples text,
      status text not null default 'signale' check (status in ('signale', 'transmis', 'en_cours',
        'resolu', 'sans_suite')),
      owner_id uuid references app_user (id) on delete set null,
      raised_on date not null default current_date,
      transmitted_on date,
      resolved_on date,
      answer text,
      created_by uuid references app_user (id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index blockage_territory_idx on blockage (territory_id, status, raised_on desc)`.execute(
    db,
  );

  await sql`
    create table blockage_status_change (
      id uuid primary key default gen_random_uuid(),
      blockage_id uuid not null references blockage (id) on delete cascade,
      territory_id uuid not null references territory (id) on delete restrict,
      status text not null check (status in ('signale', 'transmis', 'en_cours', 'resolu',
        'sans_suite')),
      changed_on date not null default current_date,
      note text,
      changed_by uuid references app_user (id) on delete set null,
      changed_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index blockage_status_change_blockage_idx on blockage_status_change (blockage_id, changed_at)`.execute(
    db,
  );
}

async function policies(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'outreach_action',
    'outreach_action_team',
    'outreach_action_count',
    'network_structure',
    'network_service',
    'workshop',
    'blockage',
    'blockage_status_change',
  ]) {
    await sql`alter table ${sql.table(table)} enable row level security`.execute(db);
    await sql`alter table ${sql.table(table)} force row level security`.execute(db);
  }
  const reader = sql`territory_id = znr_territory() and znr_reads_pilotage()`;
  const manager = sql`territory_id = znr_territory() and znr_manages_pilotage()`;

  // Actions: entered by field roles for their own organisation; edited by their author or the
  // territory's coordinateur.
  const actionEntry = sql`territory_id = znr_territory() and znr_enters_actions() and organisation_id = znr_org() and created_by = znr_user()`;
  const actionEditor = sql`territory_id = znr_territory() and znr_enters_actions() and (created_by = znr_user() or znr_role() = 'coordinateur')`;
  await sql`create policy outreach_action_read on outreach_action for select using (${reader})`.execute(
    db,
  );
  await sql`create policy outreach_action_insert on outreach_action for insert with check (${actionEntry})`.execute(
    db,
  );
  await sql`create policy outreach_action_update on outreach_action for update using (${actionEditor}) with check (${actionEditor})`.execute(
    db,
  );
  await sql`create policy outreach_action_delete on outreach_action for delete using (${actionEditor})`.execute(
    db,
  );
  const visibleAction = sql`exists (select 1 from outreach_action a where a.id = action_id)`;
  const editableAction = sql`znr_enters_actions() and exists (select 1 from outreach_action a where a.id = action_id and a.territory_id = znr_territory() and (a.created_by = znr_user() or znr_role() = 'coordinateur'))`;
  for (const table of ['outreach_action_team', 'outreach_action_count']) {
    const t = sql.table(table);
    await sql`create policy ${sql.id(`${table}_read`)} on ${t} for select using (${visibleAction})`.execute(
      db,
    );
    await sql`create policy ${sql.id(`${table}_write`)} on ${t} for all using (${editableAction}) with check (${editableAction})`.execute(
      db,
    );
  }

  for (const table of ['network_structure', 'network_service', 'workshop']) {
    const t = sql.table(table);
    await sql`create policy ${sql.id(`${table}_read`)} on ${t} for select using (${reader})`.execute(
      db,
    );
    await sql`create policy ${sql.id(`${table}_write`)} on ${t} for all using (${manager}) with check (${manager})`.execute(
      db,
    );
  }

  // Blockages: any member on the field raises one; the coordinateur and the pilote move it along.
  const raiser = sql`territory_id = znr_territory() and znr_role() in ('ambassadeur', 'travailleur_social', 'coordinateur', 'pilote')`;
  await sql`create policy blockage_read on blockage for select using (${reader})`.execute(db);
  await sql`create policy blockage_insert on blockage for insert with check (${raiser} and organisation_id = znr_org() and created_by = znr_user() and status = 'signale')`.execute(
    db,
  );
  await sql`create policy blockage_update on blockage for update using (${manager}) with check (${manager})`.execute(
    db,
  );
  await sql`create policy blockage_delete on blockage for delete using (${manager})`.execute(db);
  await sql`create policy blockage_status_change_read on blockage_status_change for select using (${reader})`.execute(
    db,
  );
  await sql`create policy blockage_status_change_insert on blockage_status_change for insert with check (changed_by = znr_user() and ((${manager}) or (${raiser} and status = 'signale')))`.execute(
    db,
  );
}
