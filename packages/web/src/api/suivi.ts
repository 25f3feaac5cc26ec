// Case files (suivi): the calls of /api/households, /api/referrals and /api/rights.
import { apiRequest } from './client.ts';

/** A household of the list. `owned`: collected by my organisation (otherwise referred to it). */
export type HouseholdSummary = {
  id: string;
  owned: boolean;
  commune: string | null;
  quartier: string | null;
  lastActivityAt: string;
  persons: { firstName: string; lastName: string; birthDate: string | null }[];
};

export type Person = {
  id: string;
  role: string;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  phone: string | null;
  email: string | null;
};

export type Consent = {
  id: string;
  scope: 'bilan' | 'partage' | 'recontact';
  method: 'oral' | 'ecrit';
  givenOn: string;
  partnerOrganisationId: string | null;
  withdrawnAt: string | null;
};

export type FollowedRight = {
  id: string;
  benefit: string;
  stage: string;
  stageLabel: string;
  estimatedMonthly: number | null;
  actualMonthly: number | null;
  closureReason: string | null;
  closureNote: string | null;
  inChargeOrganisationId: string | null;
  history: { stage: string; stageLabel: string; changedAt: string }[];
};

export type Referral = {
  id: string;
  householdId: string;
  fromOrganisationId: string;
  toOrganisationId: string;
  purpose: string;
  status: 'envoyee' | 'acceptee' | 'refusee' | 'cloturee';
  refusalReason: string | null;
  outcome: string | null;
  createdAt: string;
};

/** Whether a household is already followed by a social worker: oui, non, ne sait pas. */
export type SocialFollowUp = 'oui' | 'non' | 'inconnu';

/** A household's case file, as much as my organisation may see. */
export type Household = {
  id: string;
  owned: boolean;
  address: string | null;
  commune: string | null;
  quartier: string | null;
  qpv: boolean;
  /** Already followed by a social worker (asked for the indicators). */
  socialFollowUp: SocialFollowUp | null;
  metInOutreach: boolean;
  /** The follow-up closed on this date, with its outcome; null while it goes on. */
  closedAt: string | null;
  outcome: string | null;
  lastActivityAt: string;
  persons: Person[];
  consents: Consent[];
  bilans: {
    id: string;
    period: string;
    engineVersion: string;
    parametersVersion: string;
    createdAt: string;
  }[];
  rights: FollowedRight[];
  referrals: Referral[];
  tasks: {
    id: string;
    title: string;
    dueOn: string | null;
    status: 'a_faire' | 'faite';
    outcome: string | null;
    assigneeName: string | null;
  }[];
};

export type InboxReferral = Referral & {
  fromName: string;
  toName: string;
  /** Still `envoyee` after the reminder delay. */
  waiting: boolean;
  ageDays: number;
  messageCount: number;
  lastReminderAt: string | null;
};

export type Inbox = {
  counts: Record<Referral['status'], number>;
  /** Received referrals still waiting after the reminder delay. */
  waiting: number;
  reminderAfterDays: number;
  received: InboxReferral[];
  sent: InboxReferral[];
};

/**
 * The households my organisation may see, filtered by what was typed in one box: a name (spelling
 * tolerated), a birth date (JJ/MM/AAAA) or a phone number, or a mix.
 */
export function listHouseholds(q: string): Promise<HouseholdSummary[]> {
  const query = q.trim() === '' ? '' : `?q=${encodeURIComponent(q.trim())}`;
  return apiRequest<HouseholdSummary[]>('GET', `/api/households${query}`);
}

export function fetchHousehold(id: string): Promise<Household> {
  return apiRequest<Household>('GET', `/api/households/${encodeURIComponent(id)}`);
}

export type NewPerson = { role: string; firstName: string; lastName: string; birthDate?: string };

export function createHousehold(input: {
  quartier?: string;
  persons: NewPerson[];
}): Promise<{ id: string }> {
  return apiRequest<{ id: string }>('POST', '/api/households', input);
}

export function recordConsent(
  householdId: string,
  input: { scope: Consent['scope']; method: Consent['method']; givenOn: string },
): Promise<{ id: string }> {
  return apiRequest('POST', `/api/households/${encodeURIComponent(householdId)}/consents`, input);
}

/** Withdraws a consent (its organisation only): the only change a consent knows. */
export function withdrawConsent(consentId: string): Promise<void> {
  return apiRequest('PATCH', `/api/consents/${encodeURIComponent(consentId)}`, { withdrawn: true });
}

export function updateRight(
  rightId: string,
  change: {
    stage: string;
    closureReason?: string;
    closureNote?: string | null;
    actualMonthly?: number;
    inChargeOrganisationId?: string | null;
  },
): Promise<void> {
  return apiRequest('PATCH', `/api/rights/${encodeURIComponent(rightId)}`, change);
}

export function openRight(householdId: string, benefit: string): Promise<{ id: string }> {
  return apiRequest('POST', `/api/households/${encodeURIComponent(householdId)}/rights`, {
    benefit,
  });
}

export function referHousehold(
  householdId: string,
  input: {
    toOrganisationId: string;
    purpose: string;
    consent: { method: 'oral' | 'ecrit'; givenOn: string };
  },
): Promise<{ id: string }> {
  return apiRequest('POST', `/api/households/${encodeURIComponent(householdId)}/referrals`, {
    ...input,
    shares: ['personnes', 'bilans', 'droits'],
  });
}

export function answerReferral(
  referralId: string,
  answer:
    | { status: 'acceptee' }
    | { status: 'refusee'; reason: string }
    | { status: 'cloturee'; outcome: string },
): Promise<void> {
  return apiRequest('PATCH', `/api/referrals/${encodeURIComponent(referralId)}`, answer);
}

export function fetchInbox(): Promise<Inbox> {
  return apiRequest<Inbox>('GET', '/api/referrals');
}

/** Today as AAAA-MM-JJ, the date a consent given now is recorded with. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The partner organisations of my territory, to refer a household to. */
export function listPartners(): Promise<{ id: string; name: string; type: string }[]> {
  return apiRequest('GET', '/api/organisations');
}
