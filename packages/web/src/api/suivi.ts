// Case files (suivi): the calls of /api/households, /api/referrals and /api/rights.
import { apiRequest } from './client.ts';
import type { ApiBody, ApiResponse } from './contract.ts';

/** A household of the list. `owned`: collected by my organisation (otherwise referred to it). */
export type HouseholdSummary = ApiResponse<'/api/households', 'get'>[number];

/** A household's case file, as much as my organisation may see. */
export type Household = ApiResponse<'/api/households/{id}', 'get'>;

export type Person = Household['persons'][number];
export type Consent = Household['consents'][number];
export type FollowedRight = Household['rights'][number];
export type Referral = Household['referrals'][number];

/** Whether a household is already followed by a social worker: oui, non, ne sait pas. */
export type SocialFollowUp = NonNullable<Household['socialFollowUp']>;

export type Inbox = ApiResponse<'/api/referrals', 'get'>;
export type InboxReferral = Inbox['received'][number];

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

export type NewHousehold = ApiBody<'/api/households', 'post'>;
export type NewPerson = NewHousehold['persons'][number];

export function createHousehold(
  input: NewHousehold,
): Promise<ApiResponse<'/api/households', 'post'>> {
  return apiRequest('POST', '/api/households', input);
}

export function recordConsent(
  householdId: string,
  input: ApiBody<'/api/households/{id}/consents', 'post'>,
): Promise<ApiResponse<'/api/households/{id}/consents', 'post'>> {
  return apiRequest('POST', `/api/households/${encodeURIComponent(householdId)}/consents`, input);
}

/** Withdraws a consent (its organisation only): the only change a consent knows. */
export function withdrawConsent(consentId: string): Promise<void> {
  const change: ApiBody<'/api/consents/{id}', 'patch'> = { withdrawn: true };
  return apiRequest('PATCH', `/api/consents/${encodeURIComponent(consentId)}`, change);
}

export function updateRight(
  rightId: string,
  change: ApiBody<'/api/rights/{id}', 'patch'>,
): Promise<void> {
  return apiRequest('PATCH', `/api/rights/${encodeURIComponent(rightId)}`, change);
}

export function openRight(
  householdId: string,
  benefit: ApiBody<'/api/households/{id}/rights', 'post'>['benefit'],
): Promise<ApiResponse<'/api/households/{id}/rights', 'post'>> {
  return apiRequest('POST', `/api/households/${encodeURIComponent(householdId)}/rights`, {
    benefit,
  });
}

export function referHousehold(
  householdId: string,
  input: Omit<ApiBody<'/api/households/{id}/referrals', 'post'>, 'shares'>,
): Promise<ApiResponse<'/api/households/{id}/referrals', 'post'>> {
  return apiRequest('POST', `/api/households/${encodeURIComponent(householdId)}/referrals`, {
    ...input,
    shares: ['personnes', 'bilans', 'droits'],
  });
}

export function answerReferral(
  referralId: string,
  answer: ApiBody<'/api/referrals/{id}', 'patch'>,
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
export function listPartners(): Promise<ApiResponse<'/api/organisations', 'get'>> {
  return apiRequest('GET', '/api/organisations');
}
