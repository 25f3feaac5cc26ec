// The case file's persons, timeline, audit view, PDF export and bilan re-runs.
import { apiRequest } from './client.ts';
import type { ApiBody, ApiQuery, ApiResponse } from './contract.ts';

/** A person as the forms send it; empty optional fields go as null. */
export type PersonFields = ApiBody<'/api/households/{id}/persons', 'post'>;

export type PersonRole = PersonFields['role'];

export type AddressFields = ApiBody<'/api/households/{id}', 'patch'>;

export type TimelineEvent = ApiResponse<'/api/households/{id}/timeline', 'get'>[number];

export type AuditEntry = ApiResponse<'/api/households/{id}/audit', 'get'>[number];

export type AuditFilter = ApiQuery<'/api/households/{id}/audit', 'get'>;

export type BilanRerun = ApiResponse<'/api/bilans/{id}/rerun', 'get'>;

const enc = encodeURIComponent;

export function addPerson(
  householdId: string,
  person: PersonFields,
): Promise<ApiResponse<'/api/households/{id}/persons', 'post'>> {
  return apiRequest('POST', `/api/households/${enc(householdId)}/persons`, person);
}

export function updatePerson(
  personId: string,
  change: ApiBody<'/api/persons/{id}', 'patch'>,
): Promise<void> {
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

export function saveRerun(bilanId: string): Promise<ApiResponse<'/api/bilans/{id}/rerun', 'post'>> {
  return apiRequest('POST', `/api/bilans/${enc(bilanId)}/rerun`, {});
}

/** Where the browser downloads the GDPR export (PDF or JSON) of a household. */
export function exportUrl(householdId: string, format: 'pdf' | 'json'): string {
  return `/api/households/${enc(householdId)}/export${format === 'pdf' ? '.pdf' : ''}`;
}
