import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type {
  DataAgreementTable,
  DataAgreementVersionTable,
  JobTable,
  LinkageClusterMemberTable,
  LinkageRunTable,
  PartnerColumnMappingTable,
  PartnerImportTable,
  PartnerRecordIdentityTable,
  PartnerRecordTable,
} from '../reperage/tables.ts';
import type {
  DetectionRunTable,
  OutreachCandidateTable,
  OutreachStatisticTable,
} from '../reperage/outreach/tables.ts';
import type { OrganisationType } from '../tenancy/organisation-types.ts';
import type { Role } from '../tenancy/roles.ts';
import type {
  ClosureReason,
  ConsentMethod,
  ConsentScope,
  PersonRole,
  ReferralStatus,
  RightStage,
  SharedPart,
  SocialFollowUp,
} from '../suivi/vocabulary.ts';
import type {
  AgeBand,
  BlockageStatus,
  Institution,
  OutreachType,
  Sex,
} from '../pilotage/vocabulary.ts';

type CreatedAt = ColumnType<Date, Date | undefined, never>;

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

type Timestamp = ColumnType<Date, Date | undefined, Date>;
type Money = ColumnType<string | null, number | null | undefined, number | null>;

/** A household's case file, owned by the organisation that collected it. */
export interface HouseholdTable {
  id: Generated<string>;
  organisation_id: string;
  territory_id: string;
  address: string | null;
  insee_code: string | null;
  commune: string | null;
  quartier: string | null;
  qpv: Generated<boolean>;
  created_by: string | null;
  created_at: CreatedAt;
  last_activity_at: Timestamp;
  /** The follow-up closed with its outcome (migration 0010); null while it goes on. */
  closed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  closed_by: ColumnType<string | null, string | null | undefined, string | null>;
  outcome: ColumnType<string | null, string | null | undefined, string | null>;
  /** Already followed by a social worker: oui, non, inconnu (ne sait pas), or not asked. */
  social_follow_up: SocialFollowUp | null;
  /** Met during an aller-vers action whose people count already includes it. */
  met_in_outreach: Generated<boolean>;
}

/** A person of a household; the `*_key` columns are normalised for search. */
export interface PersonTable {
  id: Generated<string>;
  household_id: string;
  organisation_id: string;
  role: PersonRole;
  first_name: string;
  last_name: string;
  birth_date: ColumnType<string | null, string | null, string | null>;
  phone: string | null;
  email: string | null;
  name_key: string;
  phonetic_key: string;
  phone_key: string | null;
  created_at: CreatedAt;
}

/** A consent given by a person, until withdrawn. */
export interface ConsentTable {
  id: Generated<string>;
  household_id: string;
  organisation_id: string;
  person_id: string | null;
  scope: ConsentScope;
  partner_organisation_id: string | null;
  method: ConsentMethod;
  given_on: ColumnType<string, string, string>;
  recorded_by: string | null;
  recorded_at: CreatedAt;
  withdrawn_at: Date | null;
  withdrawn_by: string | null;
}

/** A bilan de droits saved to a household, with the engine version that computed it. */
export interface BilanTable {
  id: Generated<string>;
  household_id: string;
  organisation_id: string;
  author_id: string | null;
  period: string;
  engine_version: string;
  parameters_version: string;
  situation: ColumnType<unknown, string, string>;
  results: ColumnType<unknown, string, string>;
  /** The device's id of the bilan, which makes a retried save find the first one (0012). */
  client_id: ColumnType<string | null, string | null | undefined, never>;
  created_at: CreatedAt;
}

/** One benefit followed for a household, from identified to opened (or closed otherwise). */
export interface RightFollowUpTable {
  id: Generated<string>;
  household_id: string;
  organisation_id: string;
  benefit: string;
  stage: RightStage;
  in_charge_organisation_id: string | null;
  estimated_monthly: Money;
  actual_monthly: Money;
  closure_reason: ClosureReason | null;
  closure_note: string | null;
  bilan_id: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** Each stage a followed right went through. */
export interface RightStageHistoryTable {
  id: Generated<string>;
  right_id: string;
  household_id: string;
  organisation_id: string;
  stage: RightStage;
  changed_by: string | null;
  changed_by_organisation_id: string | null;
  changed_at: CreatedAt;
}

/** A referral (orientation) of a household from one organisation to another. */
export interface ReferralTable {
  id: Generated<string>;
  household_id: string;
  from_organisation_id: string;
  to_organisation_id: string;
  consent_id: string;
  purpose: string;
  shares: SharedPart[];
  status: Generated<ReferralStatus>;
  refusal_reason: string | null;
  outcome: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  answered_at: Date | null;
  closed_at: Date | null;
}

/** A message written on a referral by either organisation. */
export interface ReferralMessageTable {
  id: Generated<string>;
  referral_id: string;
  organisation_id: string;
  author_id: string | null;
  body: string;
  /** `relance`: the reminder of a referral still waiting for its answer (migration 0010). */
  kind: Generated<'message' | 'relance'>;
  created_at: CreatedAt;
}

/** A follow-up task of an organisation on a household. */
export interface TaskTable {
  id: Generated<string>;
  household_id: string;
  organisation_id: string;
  title: string;
  due_on: ColumnType<string | null, string | null | undefined, string | null>;
  assignee_id: string | null;
  status: Generated<'a_faire' | 'faite'>;
  outcome: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  closed_at: Date | null;
  closed_by: ColumnType<string | null, string | null | undefined, string | null>;
  updated_at: Generated<Date>;
  /** The referral this reminder task is about (migration 0016, one task per referral). */
  referral_id: ColumnType<string | null, string | null | undefined, string | null>;
}

/** One closing or reopening of a household's follow-up (migration 0016), oldest kept. */
export interface FollowUpEventTable {
  id: Generated<string>;
  household_id: string;
  organisation_id: string;
  kind: 'cloture' | 'reouverture';
  /** The outcome of a closing; null for a reopening. */
  outcome: string | null;
  at: Generated<Date>;
  recorded_by: string | null;
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

/** What stays of a followed right once its household is erased: no identity, for indicators. */
export interface RightStatisticTable {
  id: Generated<string>;
  territory_id: string;
  organisation_id: string;
  benefit: string;
  stage: string;
  estimated_monthly: Money;
  actual_monthly: Money;
  opened_month: string;
  recorded_at: CreatedAt;
}

type Day = ColumnType<string, string, string>;
type OptionalDay = ColumnType<string | null, string | null | undefined, string | null>;
type TextList = ColumnType<string[], string[] | undefined, string[]>;
type Extra = ColumnType<Record<string, unknown>, string | undefined, string>;

/** An outreach (aller-vers) action: where, when, how many people met; counts only, no identity. */
export interface OutreachActionTable {
  id: Generated<string>;
  territory_id: string;
  /** The organisation of the person who entered it. */
  organisation_id: string;
  type: OutreachType;
  type_other: string | null;
  held_on: Day;
  duration_minutes: number | null;
  insee_code: string | null;
  commune: string | null;
  quartier: string | null;
  qpv: Generated<boolean>;
  people_met: number;
  went_to_bilan: Generated<number>;
  went_to_case_file: Generated<number>;
  note: string | null;
  /** Chosen by the device that entered it offline: a retried send never creates twice. */
  client_id: string;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** An organisation (and optionally one of its users) that took part in an action. */
export interface OutreachActionTeamTable {
  id: Generated<string>;
  action_id: string;
  organisation_id: string;
  user_id: string | null;
}

/** How many people of an age band and sex an action met. */
export interface OutreachActionCountTable {
  action_id: string;
  age_band: AgeBand;
  sex: Sex;
  people: number;
}

/** Columns shared by the structures and services of the data·inclusion schema (v1). */
interface NetworkPlace {
  id: Generated<string>;
  territory_id: string;
  organisation_id: string | null;
  /** The schema's `id` (producer--identifier) and `source`. */
  di_id: string;
  source: string;
  nom: string;
  thematiques: TextList;
  commune: string | null;
  code_postal: string | null;
  code_insee: string | null;
  adresse: string | null;
  complement_adresse: string | null;
  longitude: number | null;
  latitude: number | null;
  telephone: string | null;
  courriel: string | null;
  horaires_accueil: string | null;
  date_maj: ColumnType<string, string | undefined, string>;
  /** The schema's fields without a column, kept so that an import exports back whole. */
  extra: Extra;
  /** Lower-case, accent-free words of the name, description and thematiques, for search. */
  search_key: ColumnType<string, string | undefined, string>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** A partner structure of the territory's directory (data·inclusion `structure`). */
export interface NetworkStructureTable extends NetworkPlace {
  siret: string | null;
  site_web: string | null;
  description: string | null;
  reseaux_porteurs: TextList;
  typologie: string | null;
}

/** A service offered by a structure of the directory (data·inclusion `service`). */
export interface NetworkServiceTable extends NetworkPlace {
  structure_id: string;
  description: string;
  type: string | null;
  frais: string | null;
  frais_precisions: string | null;
  publics: TextList;
  publics_precisions: string | null;
  conditions_acces: string | null;
  contact_nom_prenom: string | null;
  modes_accueil: TextList;
  zone_eligibilite: TextList;
  lien_mobilisation: string | null;
  modes_mobilisation: TextList;
  mobilisable_par: TextList;
  mobilisation_precisions: string | null;
}

/** A workshop between the territory's professionals. */
export interface WorkshopTable {
  id: Generated<string>;
  territory_id: string;
  held_on: Day;
  theme: string;
  organisation_ids: TextList;
  participants: number;
  follow_ups: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** A systemic blockage escalated to an institution (examples anonymised). */
export interface BlockageTable {
  id: Generated<string>;
  territory_id: string;
  /** The organisation of the person who raised it. */
  organisation_id: string;
  title: string;
  description: string;
  /** A benefit id of the rules engine, or null when none applies. */
  benefit: string | null;
  institution: Institution;
  institution_other: string | null;
  examples: string | null;
  status: Generated<BlockageStatus>;
  owner_id: string | null;
  raised_on: ColumnType<string, string | undefined, string>;
  transmitted_on: OptionalDay;
  resolved_on: OptionalDay;
  answer: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** Each status a blockage went through, when and by whom. */
export interface BlockageStatusChangeTable {
  id: Generated<string>;
  blockage_id: string;
  territory_id: string;
  status: BlockageStatus;
  changed_on: ColumnType<string, string | undefined, string>;
  note: string | null;
  changed_by: string | null;
  changed_at: CreatedAt;
}

/** Every table of the database, as Kysely sees it. */
export interface Database {
  household: HouseholdTable;
  person: PersonTable;
  consent: ConsentTable;
  bilan: BilanTable;
  right_follow_up: RightFollowUpTable;
  right_stage_history: RightStageHistoryTable;
  referral: ReferralTable;
  referral_message: ReferralMessageTable;
  task: TaskTable;
  follow_up_event: FollowUpEventTable;
  audit_log: AuditLogTable;
  right_statistic: RightStatisticTable;
  territory: TerritoryTable;
  territory_commune: TerritoryCommuneTable;
  organisation: OrganisationTable;
  app_user: AppUserTable;
  membership: MembershipTable;
  user_session: UserSessionTable;
  outreach_action: OutreachActionTable;
  outreach_action_team: OutreachActionTeamTable;
  outreach_action_count: OutreachActionCountTable;
  network_structure: NetworkStructureTable;
  network_service: NetworkServiceTable;
  workshop: WorkshopTable;
  blockage: BlockageTable;
  blockage_status_change: BlockageStatusChangeTable;
  data_agreement: DataAgreementTable;
  data_agreement_version: DataAgreementVersionTable;
  partner_column_mapping: PartnerColumnMappingTable;
  partner_import: PartnerImportTable;
  partner_record: PartnerRecordTable;
  partner_record_identity: PartnerRecordIdentityTable;
  linkage_run: LinkageRunTable;
  linkage_cluster_member: LinkageClusterMemberTable;
  detection_run: DetectionRunTable;
  outreach_candidate: OutreachCandidateTable;
  outreach_statistic: OutreachStatisticTable;
  job: JobTable;
}

export type Territory = Selectable<TerritoryTable>;
export type Organisation = Selectable<OrganisationTable>;
export type NewOrganisation = Insertable<OrganisationTable>;
export type AppUser = Selectable<AppUserTable>;
export type Membership = Selectable<MembershipTable>;
