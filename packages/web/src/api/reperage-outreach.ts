// Repérage, outreach side: the calls of /api/reperage (detections, lists, my people, letters).
import { apiFile, apiRequest } from './client.ts';

export type OutreachOutcome = 'joint' | 'pas_joignable' | 'refus' | 'bilan_fait' | 'droit_ouvert';

export const outreachOutcomeLabels: Record<OutreachOutcome, string> = {
  joint: 'Joint',
  pas_joignable: 'Pas joignable',
  refus: 'Refus',
  bilan_fait: 'Bilan fait',
  droit_ouvert: 'Droit ouvert',
};

export type DetectionRule = { id: string; title: string; benefits: string[] };

export type DetectableRun = {
  id: string;
  agreementTitle: string;
  finishedAt: string | null;
  persons: number;
};

export type DetectionRun = {
  id: string;
  linkageRunId: string;
  month: string;
  status: 'en_attente' | 'en_cours' | 'terminee' | 'echouee';
  progress: number;
  stage: string | null;
  persons: number;
  candidates: number;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
};

export type CandidateLine = {
  id: string;
  ruleId: string;
  ruleTitle: string;
  benefits: string[];
  amount: number;
  confidence: number;
  urgency: number;
  priority: number;
  codeInsee: string | null;
  commune: string | null;
  explanation: string;
  assignee: { userId: string; name: string; organisation: string } | null;
  outcome: OutreachOutcome | null;
  rightOpened: boolean;
};

export type Assignee = { membershipId: string; name: string; organisation: string; role: string };

export type RuleConversion = {
  ruleId: string;
  ruleTitle: string;
  candidates: number;
  assigned: number;
  contacted: number;
  bilans: number;
  opened: number;
  rate: number | null;
};

export type CandidateIdentity = {
  partner: string;
  lastName: string | null;
  birthName: string | null;
  firstNames: string | null;
  birthDate: string | null;
  address: string | null;
  postcode: string | null;
  commune: string | null;
  phone: string | null;
  email: string | null;
};

export type MyCandidate = {
  id: string;
  ruleId: string;
  ruleTitle: string;
  benefits: string[];
  amount: number;
  explanation: string;
  outcome: OutreachOutcome | null;
  outcomeNote: string | null;
  householdId: string | null;
  rightOpened: boolean;
  letterAt: string | null;
  identities: CandidateIdentity[];
  needsLetter: boolean;
};

export const fetchDetectionRules = () => apiRequest<DetectionRule[]>('GET', '/api/reperage/rules');

export const fetchDetectableRuns = () =>
  apiRequest<DetectableRun[]>('GET', '/api/reperage/detections/sources');

export const fetchDetectionRuns = () =>
  apiRequest<DetectionRun[]>('GET', '/api/reperage/detections');

export const fetchDetectionRun = (id: string) =>
  apiRequest<DetectionRun>('GET', `/api/reperage/detections/${id}`);

export const startDetection = (linkageRunId: string, month?: string) =>
  apiRequest<{ id: string }>('POST', '/api/reperage/detections', {
    linkageRunId,
    ...(month ? { month } : {}),
  });

export function fetchCandidates(
  runId: string,
  filter: { ruleId?: string; codeInsee?: string; unassigned?: boolean; offset?: number },
) {
  const query = new URLSearchParams({ limit: '50', offset: String(filter.offset ?? 0) });
  if (filter.ruleId) query.set('ruleId', filter.ruleId);
  if (filter.codeInsee) query.set('codeInsee', filter.codeInsee);
  if (filter.unassigned) query.set('unassigned', 'true');
  return apiRequest<{ total: number; items: CandidateLine[] }>(
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
) =>
  apiRequest<{ changed: number }>('POST', `/api/reperage/detections/${runId}/assignments`, {
    candidateIds,
    membershipId,
  });

export const fetchConversion = (runId?: string) =>
  apiRequest<RuleConversion[]>('GET', `/api/reperage/conversion${runId ? `?runId=${runId}` : ''}`);

export const fetchMyCandidates = () =>
  apiRequest<MyCandidate[]>('GET', '/api/reperage/mes-personnes');

export const recordOutcome = (id: string, outcome: OutreachOutcome, note: string | null) =>
  apiRequest<undefined>('PUT', `/api/reperage/candidates/${id}/outcome`, { outcome, note });

export const createCandidateHousehold = (id: string) =>
  apiRequest<{ id: string }>('POST', `/api/reperage/candidates/${id}/household`);

export const downloadLetters = (
  candidateIds: string[],
  meeting: { at: string; place: string } | null,
) => apiFile('POST', '/api/reperage/letters', { candidateIds, meeting });
