import type { BenefitId } from '@znr/rules';
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from '../db/schema.ts';
import type {
  ClosureReason,
  ConsentMethod,
  ConsentScope,
  PersonRole,
  ReferralStatus,
  RightStage,
  SharedPart,
  SocialFollowUp,
} from './vocabulary.ts';

// Kysely types of the case-file tables (migrations 0003, 0010, 0015, 0016), added to the kernel's
// Database. `date` columns travel as 'YYYY-MM-DD' strings.

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
  /** An id of @znr/rules' vocabulary (checked by the database, migration 0024). */
  benefit: BenefitId;
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

/** What stays of a followed right once its household is erased: no identity, for indicators. */
export interface RightStatisticTable {
  id: Generated<string>;
  territory_id: string;
  organisation_id: string;
  benefit: BenefitId;
  stage: string;
  estimated_monthly: Money;
  actual_monthly: Money;
  opened_month: string;
  recorded_at: CreatedAt;
}

declare module '../db/schema.ts' {
  interface Database {
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
    right_statistic: RightStatisticTable;
  }
}
