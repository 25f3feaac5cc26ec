import type { BenefitId } from '@znr/rules';
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from '../db/schema.ts';
import type { AgeBand, BlockageStatus, Institution, OutreachType, Sex } from './vocabulary.ts';

// Kysely types of the pilotage tables (migrations 0006, 0007), added to the kernel's Database.

type Timestamp = ColumnType<Date, Date | undefined, Date>;
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
  /** An id of @znr/rules' vocabulary, or null when none applies. */
  benefit: BenefitId | null;
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

declare module '../db/schema.ts' {
  interface Database {
    outreach_action: OutreachActionTable;
    outreach_action_team: OutreachActionTeamTable;
    outreach_action_count: OutreachActionCountTable;
    network_structure: NetworkStructureTable;
    network_service: NetworkServiceTable;
    workshop: WorkshopTable;
    blockage: BlockageTable;
    blockage_status_change: BlockageStatusChangeTable;
  }
}
