import type { ColumnType, Generated } from 'kysely';
import type { AgreementStatus, FileFormat, WorkStatus } from './vocabulary.ts';
import type { RunQuality } from './linkage-runs.ts';

// Kysely types of migration 0008 (repérage, data side), kept here so that db/schema.ts only lists
// them. Dates (`date` columns) travel as 'YYYY-MM-DD' strings.

type CreatedAt = ColumnType<Date, Date | undefined, never>;
type Timestamp = ColumnType<Date, Date | undefined, Date>;
type Day = ColumnType<string, string, string>;
type Json<T> = ColumnType<T, string, string>;

/** A data-sharing agreement between partners of a territory. */
export interface DataAgreementTable {
  id: Generated<string>;
  territory_id: string;
  title: string;
  purpose: string;
  legal_basis: string;
  /** Organisation ids of the parties. */
  parties: string[];
  /** Canonical field names (see reperage/fields.ts) the parties share. */
  fields: string[];
  retention_months: number;
  dpo_contact: string;
  valid_from: Day;
  valid_to: Day;
  status: Generated<AgreementStatus>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** The terms of an agreement as they were before a change (migration 0021). */
export interface DataAgreementVersionTable {
  agreement_id: string;
  version: number;
  changed_by: string | null;
  changed_at: CreatedAt;
  /** AgreementInput (reperage/agreements.ts) as JSON. */
  terms: Json<unknown>;
}

/** Column mapping of a file: header as read → canonical field name (or null: column ignored). */
export type ColumnMapping = Record<string, string | null>;

/** One rejected cell or row of an import. */
export interface RejectedRow {
  line: number;
  column: string | null;
  reason: string;
}

/** The mapping saved per organisation and partner, proposed again at the next import. */
export interface PartnerColumnMappingTable {
  organisation_id: string;
  partner: string;
  mapping: Json<ColumnMapping>;
  updated_by: string | null;
  updated_at: Timestamp;
}

/** One file imported by a party under an agreement. */
export interface PartnerImportTable {
  id: Generated<string>;
  agreement_id: string;
  organisation_id: string;
  partner: string;
  file_name: string;
  file_sha256: string;
  file_format: FileFormat;
  status: Generated<WorkStatus>;
  progress: Generated<number>;
  rows_total: Generated<number>;
  rows_valid: Generated<number>;
  rows_rejected: Generated<number>;
  report: ColumnType<RejectedRow[], string | undefined, string>;
  mapping: Json<ColumnMapping>;
  error: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  finished_at: Date | null;
}

/** One valid row of an import: pseudonymous codes and non-identifying attributes. */
export interface PartnerRecordTable {
  id: Generated<string>;
  import_id: string;
  agreement_id: string;
  organisation_id: string;
  line: number;
  source_id: string;
  /** `EncodedIdentity` of @znr/linkage, serialised by reperage/encodings.ts. */
  encodings: Json<unknown>;
  /** Non-identifying canonical fields, typed (numbers, booleans, strings). */
  attributes: ColumnType<Record<string, string | number | boolean>, string | undefined, string>;
  created_at: CreatedAt;
}

/** The identity in clear of a record, read only through re-identification. */
export interface PartnerRecordIdentityTable {
  record_id: string;
  organisation_id: string;
  last_name: string | null;
  birth_name: string | null;
  first_names: string | null;
  birth_date: string | null;
  sex: string | null;
  address: string | null;
  postcode: string | null;
  commune: string | null;
  phone: string | null;
  email: string | null;
}

/** A linkage run over two or more imports of an agreement. */
export interface LinkageRunTable {
  id: Generated<string>;
  agreement_id: string;
  territory_id: string;
  import_ids: string[];
  status: Generated<WorkStatus>;
  progress: Generated<number>;
  stage: string | null;
  /** What a finished run measured (written by linkage-runs.ts), null until then. */
  quality: ColumnType<RunQuality | null, string | null | undefined, string | null>;
  started_by: string | null;
  started_at: CreatedAt;
  finished_at: Date | null;
  error: string | null;
}

/** A record placed in a cluster (one person) by a linkage run. */
export interface LinkageClusterMemberTable {
  run_id: string;
  cluster_id: number;
  record_id: string;
  /** Match probability of the record's best link in the cluster (1 for a lone record). */
  score: number;
}

declare module '../db/schema.ts' {
  interface Database {
    data_agreement: DataAgreementTable;
    data_agreement_version: DataAgreementVersionTable;
    partner_column_mapping: PartnerColumnMappingTable;
    partner_import: PartnerImportTable;
    partner_record: PartnerRecordTable;
    partner_record_identity: PartnerRecordIdentityTable;
    linkage_run: LinkageRunTable;
    linkage_cluster_member: LinkageClusterMemberTable;
  }
}
