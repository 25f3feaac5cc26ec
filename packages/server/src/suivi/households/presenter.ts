import type { z } from 'zod';
import type {
  auditSchema,
  householdSchema,
  householdSummarySchema,
  inboxSchema,
} from '../schema.ts';
import type { readHouseholdAudit } from './read-household-audit.ts';
import type { HouseholdView } from './read-household.ts';
import type { ReferralInbox } from '../referrals/list-referral-inbox.ts';
import type { HouseholdSummary } from './search-households.ts';
import { rightStageLabels } from '../vocabulary.ts';

type Row = Record<string, unknown>;

function camel(key: string): string {
  return key.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

// The nested lists keep their columns, renamed to camelCase, dates in ISO, money as numbers.
export function presentRow(row: object): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) {
    const name = camel(key);
    if (value instanceof Date) out[name] = value.toISOString();
    else if (name.endsWith('Monthly') && typeof value === 'string') out[name] = Number(value);
    else out[name] = value;
  }
  return out;
}

/** A household of the list, as the API shows it. */
export function presentHouseholdSummary(
  summary: HouseholdSummary,
  organisationId: string,
): z.infer<typeof householdSummarySchema> {
  return {
    id: summary.id,
    owned: summary.organisationId === organisationId,
    commune: summary.commune,
    quartier: summary.quartier,
    lastActivityAt: summary.lastActivityAt.toISOString(),
    persons: summary.persons,
  };
}

/** A household's case file, as the API shows it, each right with its stage label and history. */
export function presentHousehold(
  view: HouseholdView,
  organisationId: string,
): z.infer<typeof householdSchema> {
  const { household } = view;
  return {
    id: household.id,
    owned: household.organisation_id === organisationId,
    address: household.address,
    inseeCode: household.insee_code,
    commune: household.commune,
    quartier: household.quartier,
    qpv: household.qpv,
    socialFollowUp: household.social_follow_up,
    metInOutreach: household.met_in_outreach,
    closedAt: household.closed_at?.toISOString() ?? null,
    outcome: household.outcome,
    lastActivityAt: household.last_activity_at.toISOString(),
    persons: view.persons.map(presentRow),
    consents: view.consents.map(presentRow),
    bilans: view.bilans.map(presentRow),
    rights: view.rights.map((right) => ({
      ...presentRow(right),
      stageLabel: rightStageLabels[right.stage],
      history: view.history
        .filter((step) => step.right_id === right.id)
        .map((step) => ({
          ...presentRow(step),
          stageLabel: rightStageLabels[step.stage],
        })),
    })),
    referrals: view.referrals.map(presentRow),
    tasks: view.tasks.map(presentRow),
  };
}

/** The referral inbox, as the API shows it. */
export function presentInbox(inbox: ReferralInbox): z.infer<typeof inboxSchema> {
  return {
    counts: inbox.counts,
    waiting: inbox.waiting,
    reminderAfterDays: inbox.reminderAfterDays,
    received: inbox.received.map(presentRow),
    sent: inbox.sent.map(presentRow),
  };
}

/** Who accessed a household, as the API shows it. */
export function presentAudit(
  rows: Awaited<ReturnType<typeof readHouseholdAudit>>,
): z.infer<typeof auditSchema> {
  return rows.map((row) => ({
    seq: Number(row.seq),
    at: row.at.toISOString(),
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    userId: row.user_id,
    organisationId: row.organisation_id,
    userName: row.user_name,
    organisationName: row.organisation_name,
  }));
}
