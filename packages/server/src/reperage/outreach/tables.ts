import type { BenefitId } from '@znr/rules';
import type { ColumnType, Generated } from 'kysely';
import type { DetectionSettings } from '../detection/rules.ts';
import type { DetectionStatus, OutreachOutcome } from './vocabulary.ts';

// Kysely types of migration 0009 (repérage, outreach side), listed by db/schema.ts.

type CreatedAt = ColumnType<Date, Date | undefined, never>;

/** A detection run over the clusters of a linkage run. */
export interface DetectionRunTable {
  id: Generated<string>;
  linkage_run_id: string;
  agreement_id: string;
  territory_id: string;
  /** Month 'YYYY-MM' the engine computes. */
  month: string;
  settings: ColumnType<DetectionSettings, string, string>;
  status: Generated<DetectionStatus>;
  progress: Generated<number>;
  stage: string | null;
  persons: Generated<number>;
  candidates: Generated<number>;
  started_by: string | null;
  started_at: CreatedAt;
  finished_at: Date | null;
  error: string | null;
}

/** A person a rule says misses a right: pseudonymous until assigned and re-identified. */
export interface OutreachCandidateTable {
  id: Generated<string>;
  /** Null once the agreement's data is purged: a candidate kept for its case file (0017). */
  detection_run_id: string | null;
  territory_id: string;
  rule_id: string;
  benefits: BenefitId[];
  cluster_id: number;
  record_ids: string[];
  /** numeric columns travel as strings. */
  amount: ColumnType<string, number, number>;
  confidence: number;
  urgency: number;
  priority: ColumnType<string, number, number>;
  code_insee: string | null;
  explanation: string;
  assigned_to: string | null;
  assigned_organisation_id: string | null;
  assigned_by: string | null;
  assigned_at: Date | null;
  outcome: OutreachOutcome | null;
  outcome_note: string | null;
  outcome_at: Date | null;
  household_id: string | null;
  right_opened_at: Date | null;
  letter_at: Date | null;
  created_at: CreatedAt;
}

/** Conversion counts of candidates erased by the agreement purge, without identity (0017). */
export interface OutreachStatisticTable {
  territory_id: string;
  /** First day of the month the candidates were detected, 'YYYY-MM-DD'. */
  month: ColumnType<string, string, string>;
  rule_id: string;
  candidates: number;
  assigned: number;
  reached: number;
  bilans: number;
  opened: number;
}

declare module '../../db/schema.ts' {
  interface Database {
    detection_run: DetectionRunTable;
    outreach_candidate: OutreachCandidateTable;
    outreach_statistic: OutreachStatisticTable;
  }
}
