// The case file's persons, timeline, audit view, PDF export and bilan re-runs.
import { apiRequest } from './client.ts';
import type { SocialFollowUp } from './suivi.ts';

export type PersonRole = 'demandeur' | 'conjoint' | 'enfant' | 'autre';

/** A person as the forms send it; empty optional fields go as null. */
export type PersonFields = {
  role: PersonRole;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  phone: string | null;
  email: string | null;
};

export type AddressFields = {
  address: string | null;
  commune: string | null;
  quartier: string | null;
  qpv: boolean;
  socialFollowUp?: SocialFollowUp | null;
  metInOutreach?: boolean;
};

export type TimelineEvent = {
  at: string;
  kind: string;
  label: string;
  organisationName: string | null;
  entityId: string;
};

export type AuditEntry = {
  seq: number;
  at: string;
  action: string;
  entity: string;
  entityId: string | null;
  userId: string | null;
  organisationId: string | null;
  userName: string | null;
  organisationName: string | null;
};

export type AuditFilter = {
  organisationId?: string;
  userId?: string;
  action?: string;
  from?: string;
  to?: string;
};

type Versions = { period: string; engineVersion: string; parametersVersion: string };
type Amount = { eligible: boolean; amount: number };

export type BilanRerun = {
  bilanId: string;
  householdId: string;
  before: Versions & { createdAt: string };
  after: Versions;
  benefits: {
    id: string;
    label: string;
    periodicity: string;
    before: Amount | null;
    after: Amount;
    difference: number;
  }[];
  composition: { bilan: Composition; household: Composition; changed: boolean };
};

type Composition = { adults: number; children: number };

const enc = encodeURIComponent;

export function addPerson(householdId: string, person: PersonFields): Promise<{ id: string }> {
  return apiRequest('POST', `/api/households/${enc(householdId)}/persons`, person);
}

export function updatePerson(personId: string, change: Partial<PersonFields>): Promise<void> {
  return apiRequest('PATCH', `/api/persons/${enc(personId)}`, change);
}

export function updateAddress(householdId: string, fields: AddressFields): Promise<void> {
  return apiRequest('PATCH', `/api/households/${enc(householdId)}`, fields);
}

export function fetchTimeline(householdId: string): Promise<TimelineEvent[]> {
  return apiRequest('GET', `/api/households/${enc(householdId)}/timeline`);
}

export function fetchAudit(householdId: string, filter: AuditFilter = {}): Promise<AuditEntry[]> {
  const query = new URLSearchParams(
    Object.entries(filter).filter(([, value]) => value !== undefined && value !== ''),
  ).toString();
  return apiRequest('GET', `/api/households/${enc(householdId)}/audit${query ? `?${query}` : ''}`);
}

export function compareBilan(bilanId: string): Promise<BilanRerun> {
  return apiRequest('GET', `/api/bilans/${enc(bilanId)}/rerun`);
}

export function saveRerun(bilanId: string): Promise<{ id: string }> {
  return apiRequest('POST', `/api/bilans/${enc(bilanId)}/rerun`, {});
}

/** Where the browser downloads the GDPR export (PDF or JSON) of a household. */
export function exportUrl(householdId: string, format: 'pdf' | 'json'): string {
  return `/api/households/${enc(householdId)}/export${format === 'pdf' ? '.pdf' : ''}`;
}
