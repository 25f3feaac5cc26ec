import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { OrganisationType } from '../tenancy/organisation-types.ts';
import type { Role } from '../tenancy/roles.ts';

type CreatedAt = ColumnType<Date, Date | undefined, never>;

/** A territory of the experiment (e.g. Vénissieux — Moulin-à-Vent). */
export interface TerritoryTable {
  id: Generated<string>;
  name: string;
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

/** Every table of the database, as Kysely sees it. */
export interface Database {
  territory: TerritoryTable;
  territory_commune: TerritoryCommuneTable;
  organisation: OrganisationTable;
  app_user: AppUserTable;
  membership: MembershipTable;
  user_session: UserSessionTable;
}

export type Territory = Selectable<TerritoryTable>;
export type Organisation = Selectable<OrganisationTable>;
export type NewOrganisation = Insertable<OrganisationTable>;
export type AppUser = Selectable<AppUserTable>;
export type Membership = Selectable<MembershipTable>;
