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

type HouseholdJson = z.infer<typeof householdSchema>;
type InboxJson = z.infer<typeof inboxSchema>;

/**
 * A timestamp as ISO 8601 text. The nested lists arrive as JSON, typed so by Kysely, and
 * read-household revives their `*_at` columns as Dates: either way the API shows ISO text.
 */
function instant(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : value;
}

/** A timestamp or null as ISO 8601 text. */
function instantOrNull(value: Date | string | null): string | null {
  return value === null ? null : instant(value);
}

/** A `numeric` amount (text from the driver, a number from the nested JSON) as a number. */
function money(value: string | number | null): number | null {
  return value === null ? null : Number(value);
}

/** A household's case file, as the API shows it, each right with its stage label and history. */
export function presentHousehold(view: HouseholdView, organisationId: string): HouseholdJson {
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
    persons: view.persons.map((person) => ({
      id: person.id,
      role: person.role,
      firstName: person.first_name,
      lastName: person.last_name,
      birthDate: person.birth_date,
      phone: person.phone,
      email: person.email,
    })),
    consents: view.consents.map((consent) => ({
      id: consent.id,
      personId: consent.person_id,
      scope: consent.scope,
      partnerOrganisationId: consent.partner_organisation_id,
      method: consent.method,
      recordedBy: consent.recorded_by,
      recordedAt: instant(consent.recorded_at),
      withdrawnAt: instantOrNull(consent.withdrawn_at),
      // A NOT NULL column; isoDate() is typed nullable for every column it formats.
      givenOn: consent.given_on ?? '',
    })),
    bilans: view.bilans.map((bilan) => ({
      id: bilan.id,
      period: bilan.period,
      engineVersion: bilan.engine_version,
      parametersVersion: bilan.parameters_version,
      authorId: bilan.author_id,
      createdAt: instant(bilan.created_at),
    })),
    rights: view.rights.map((right) => ({
      id: right.id,
      householdId: right.household_id,
      organisationId: right.organisation_id,
      benefit: right.benefit,
      stage: right.stage,
      stageLabel: rightStageLabels[right.stage],
      inChargeOrganisationId: right.in_charge_organisation_id,
      estimatedMonthly: money(right.estimated_monthly),
      actualMonthly: money(right.actual_monthly),
      closureReason: right.closure_reason,
      closureNote: right.closure_note,
      bilanId: right.bilan_id,
      createdAt: instant(right.created_at),
      updatedAt: instant(right.updated_at),
      history: view.history
        .filter((step) => step.right_id === right.id)
        .map((step) => ({
          rightId: step.right_id,
          stage: step.stage,
          stageLabel: rightStageLabels[step.stage],
          changedAt: instant(step.changed_at),
          changedByOrganisationId: step.changed_by_organisation_id,
        })),
    })),
    referrals: view.referrals.map((referral) => ({
      id: referral.id,
      householdId: referral.household_id,
      fromOrganisationId: referral.from_organisation_id,
      toOrganisationId: referral.to_organisation_id,
      consentId: referral.consent_id,
      purpose: referral.purpose,
      shares: referral.shares,
      status: referral.status,
      refusalReason: referral.refusal_reason,
      outcome: referral.outcome,
      createdBy: referral.created_by,
      createdAt: instant(referral.created_at),
      answeredAt: instantOrNull(referral.answered_at),
      closedAt: instantOrNull(referral.closed_at),
    })),
    tasks: view.tasks.map((task) => ({
      id: task.id,
      title: task.title,
      assigneeId: task.assignee_id,
      assigneeName: task.assignee_name,
      status: task.status,
      outcome: task.outcome,
      dueOn: task.due_on,
      createdAt: instant(task.created_at),
      closedAt: instantOrNull(task.closed_at),
    })),
  };
}

/** A referral of the inbox, as the API shows it. */
function presentInboxReferral(
  referral: ReferralInbox['received'][number],
): InboxJson['received'][number] {
  return {
    id: referral.id,
    householdId: referral.household_id,
    purpose: referral.purpose,
    status: referral.status,
    refusalReason: referral.refusal_reason,
    outcome: referral.outcome,
    shares: referral.shares,
    createdAt: instant(referral.created_at),
    fromOrganisationId: referral.from_organisation_id,
    toOrganisationId: referral.to_organisation_id,
    fromName: referral.from_name,
    toName: referral.to_name,
    ageDays: referral.age_days,
    waiting: referral.waiting,
    messageCount: referral.message_count ?? 0,
    lastReminderAt: instantOrNull(referral.last_reminder_at),
  };
}

/** The referral inbox, as the API shows it. */
export function presentInbox(inbox: ReferralInbox): InboxJson {
  return {
    counts: inbox.counts,
    waiting: inbox.waiting,
    reminderAfterDays: inbox.reminderAfterDays,
    received: inbox.received.map(presentInboxReferral),
    sent: inbox.sent.map(presentInboxReferral),
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
