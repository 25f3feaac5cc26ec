import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { OrganisationType } from '../tenancy/organisation-types.ts';
import type { Role } from '../tenancy/roles.ts';

/** A creation time: set by the database, never changed. */
export type CreatedAt = ColumnType<Date, Date | undefined, never>;

/** A territory of the experiment (e.g. Vénissieux — Moulin-à-Vent). */
export interface TerritoryTable {
  id: Generated<string>;
  name: string;
  /** Months after a household's last activity before its personal data is erased. */
  retention_months: Generated<number>;
  created_at: CreatedAt;
}

/** A commune (INSEE code) covered by a territory. */
export interface TerritoryCommuneTable {
  territory_id: string;
  insee_code: string;
  name: string;
}

/** A partner organisation; its public contact is printed on the bilan. */
export interface OrganisationTable {
  id: Generated<string>;
  territory_id: string;
  name: string;
  type: OrganisationType;
  address: string | null;
  phone: string | null;
  email: string | null;
  created_at: CreatedAt;
}

/** A person who logs in; the e-mail is stored lower-case and unique. */
export interface AppUserTable {
  id: Generated<string>;
  email: string;
  display_name: string;
  password_hash: string;
  disabled: Generated<boolean>;
  created_at: CreatedAt;
}

/** A user's role in one organisation. */
export interface MembershipTable {
  id: Generated<string>;
  user_id: string;
  organisation_id: string;
  role: Role;
  created_at: CreatedAt;
}

/** A login session: only the SHA-256 of the cookie's token is kept. */
export interface UserSessionTable {
  id: Generated<string>;
  token_hash: string;
  user_id: string;
  membership_id: string;
  created_at: CreatedAt;
  expires_at: Date;
}

/** One entry of the hash-chained audit log (written only through `audit_record`). */
export interface AuditLogTable {
  /** The organisation whose chain holds the entry (one chain each, see audit/chain.ts). */
  chain: ColumnType<string, never, never>;
  seq: ColumnType<string | number, never, never>;
  at: Date;
  user_id: string | null;
  organisation_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  household_id: string | null;
  prev_hash: string;
  hash: string;
}

/** A job of the in-process queue (imports, linkage runs, detection runs). */
export interface JobTable {
  id: Generated<string>;
  kind: string;
  payload: ColumnType<unknown, string, string>;
  organisation_id: string;
  user_id: string | null;
  role: string;
  status: Generated<'en_attente' | 'en_cours' | 'terminee' | 'echouee'>;
  progress: Generated<number>;
  attempts: Generated<number>;
  error: string | null;
  locked_at: Date | null;
  created_at: CreatedAt;
  finished_at: Date | null;
}

/**
 * Every table of the database, as Kysely sees it: the kernel's own tables here, and each feature's
 * added by its `tables.ts` (`declare module '…/db/schema.ts'`), so that the kernel names no feature.
 * The tables themselves come from the one ordered list of migrations (db/migrations/).
 */
export interface Database {
  audit_log: AuditLogTable;
  territory: TerritoryTable;
  territory_commune: TerritoryCommuneTable;
  organisation: OrganisationTable;
  app_user: AppUserTable;
  membership: MembershipTable;
  user_session: UserSessionTable;
  job: JobTable;
}

export type Territory = Selectable<TerritoryTable>;
export type Organisation = Selectable<OrganisationTable>;
export type NewOrganisation = Insertable<OrganisationTable>;
export type AppUser = Selectable<AppUserTable>;
export type Membership = Selectable<MembershipTable>;
