// Repérage, outreach side: the calls of /api/reperage (detections, lists, my people, letters).
import { apiFile, apiRequest } from './client.ts';
import type { ApiBody, ApiQuery, ApiResponse } from './contract.ts';

export type DetectionRule = ApiResponse<'/api/reperage/rules', 'get'>[number];

/** A linkage run detection may start from. */
export type DetectableRun = ApiResponse<'/api/reperage/detections/sources', 'get'>[number];

export type DetectionRun = ApiResponse<'/api/reperage/detections/{id}', 'get'>;

export type CandidatePage = ApiResponse<'/api/reperage/detections/{id}/candidates', 'get'>;
export type CandidateLine = CandidatePage['items'][number];

export type Assignee = ApiResponse<'/api/reperage/detections/{id}/assignees', 'get'>[number];

export type RuleConversion = ApiResponse<'/api/reperage/conversion', 'get'>[number];

export type MyCandidate = ApiResponse<'/api/reperage/mes-personnes', 'get'>[number];
export type CandidateIdentity = MyCandidate['identities'][number];

export type OutreachOutcome = ApiBody<'/api/reperage/candidates/{id}/outcome', 'put'>['outcome'];

export const outreachOutcomeLabels: Record<OutreachOutcome, string> = {
  joint: 'Joint',
  pas_joignable: 'Pas joignable',
  refus: 'Refus',
  bilan_fait: 'Bilan fait',
  droit_ouvert: 'Droit ouvert',
};

export const fetchDetectionRules = () => apiRequest<DetectionRule[]>('GET', '/api/reperage/rules');

export const fetchDetectableRuns = () =>
  apiRequest<DetectableRun[]>('GET', '/api/reperage/detections/sources');

export const fetchDetectionRuns = () =>
  apiRequest<ApiResponse<'/api/reperage/detections', 'get'>>('GET', '/api/reperage/detections');

export const fetchDetectionRun = (id: string) =>
  apiRequest<DetectionRun>('GET', `/api/reperage/detections/${id}`);

export const startDetection = (linkageRunId: string, month?: string) => {
  const body: ApiBody<'/api/reperage/detections', 'post'> = {
    linkageRunId,
    ...(month ? { month } : {}),
  };
  return apiRequest<ApiResponse<'/api/reperage/detections', 'post'>>(
    'POST',
    '/api/reperage/detections',
    body,
  );
};

export function fetchCandidates(
  runId: string,
  filter: Pick<
    ApiQuery<'/api/reperage/detections/{id}/candidates', 'get'>,
    'ruleId' | 'codeInsee' | 'offset'
  > & { unassigned?: boolean },
) {
  const query = new URLSearchParams({ limit: '50', offset: String(filter.offset ?? 0) });
  if (filter.ruleId) query.set('ruleId', filter.ruleId);
  if (filter.codeInsee) query.set('codeInsee', filter.codeInsee);
  if (filter.unassigned) query.set('unassigned', 'true');
  return apiRequest<CandidatePage>(
    'GET',
    `/api/reperage/detections/${runId}/candidates?${query.toString()}`,
  );
}

export const fetchAssignees = (runId: string) =>
  apiRequest<Assignee[]>('GET', `/api/reperage/detections/${runId}/assignees`);

export const assignCandidates = (
  runId: string,
  candidateIds: string[],
  membershipId: string | null,
) => {
  const body: ApiBody<'/api/reperage/detections/{id}/assignments', 'post'> = {
    candidateIds,
    membershipId,
  };
  return apiRequest<ApiResponse<'/api/reperage/detections/{id}/assignments', 'post'>>(
    'POST',
    `/api/reperage/detections/${runId}/assignments`,
    body,
  );
};

export const fetchConversion = (runId?: string) =>
  apiRequest<RuleConversion[]>('GET', `/api/reperage/conversion${runId ? `?runId=${runId}` : ''}`);

export const fetchMyCandidates = () =>
  apiRequest<MyCandidate[]>('GET', '/api/reperage/mes-personnes');

export const recordOutcome = (id: string, outcome: OutreachOutcome, note: string | null) => {
  const body: ApiBody<'/api/reperage/candidates/{id}/outcome', 'put'> = { outcome, note };
  return apiRequest<undefined>('PUT', `/api/reperage/candidates/${id}/outcome`, body);
};

export const createCandidateHousehold = (id: string) =>
  apiRequest<ApiResponse<'/api/reperage/candidates/{id}/household', 'post'>>(
    'POST',
    `/api/reperage/candidates/${id}/household`,
  );

export const downloadLetters = (
  candidateIds: string[],
  meeting: ApiBody<'/api/reperage/letters', 'post'>['meeting'],
) => {
  const body: ApiBody<'/api/reperage/letters', 'post'> = { candidateIds, meeting };
  return apiFile('POST', '/api/reperage/letters', body);
};
