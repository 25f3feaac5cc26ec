// Repérage, data side: agreements, uploads with their mapping preview, imports, linkage runs.
import { ApiError, toApiError, UNREACHABLE_MESSAGE } from './api-error.ts';
import { apiRequest } from './client.ts';

export type AgreementStatus = 'brouillon' | 'active' | 'suspendue' | 'terminee';
export type WorkStatus = 'en_attente' | 'en_cours' | 'terminee' | 'echouee';

export const agreementStatusLabels: Record<AgreementStatus, string> = {
  brouillon: 'Brouillon',
  active: 'Active',
  suspendue: 'Suspendue',
  terminee: 'Terminée',
};

export const workStatusLabels: Record<WorkStatus, string> = {
  en_attente: 'En attente',
  en_cours: 'En cours',
  terminee: 'Terminé',
  echouee: 'Échec',
};

export type CanonicalField = {
  name: string;
  label: string;
  kind: 'identite' | 'attribut';
  type: string;
  unit?: string;
};

export type Agreement = {
  id: string;
  title: string;
  purpose: string;
  legalBasis: string;
  parties: { id: string; name: string }[];
  fields: string[];
  retentionMonths: number;
  dpoContact: string;
  validFrom: string;
  validTo: string;
  status: AgreementStatus;
  usable: boolean;
  refusal: string | null;
  createdAt: string;
};

export type AgreementInput = Omit<
  Agreement,
  'id' | 'parties' | 'status' | 'usable' | 'refusal' | 'createdAt'
> & { parties: string[] };

/** One amendment of an agreement: each term changed, before and after. */
export type AgreementChange = {
  version: number;
  changedAt: string;
  changedBy: string | null;
  changes: { term: keyof AgreementInput; before: unknown; after: unknown }[];
};

export type Mapping = Record<string, string | null>;

export type Upload = {
  uploadId: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  bytes: number;
  header: string[];
  rows: string[][];
  mapping: Mapping;
};

export type ImportSummary = {
  id: string;
  agreementId: string;
  organisation: string;
  partner: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  status: WorkStatus;
  progress: number;
  rowsTotal: number;
  rowsValid: number;
  rowsRejected: number;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
};

export type ImportDetail = ImportSummary & {
  mapping: Mapping;
  report: { line: number; column: string | null; reason: string }[];
};

export type PairQuality = {
  leftRecords: number;
  rightRecords: number;
  candidatePairs: number;
  keptPairs: number;
  expectedPrecision: number;
  expectedRecall: number;
  estimatedMatches: number;
  fields: { name: string; label: string; levels: string[]; m: number[]; u: number[] }[];
};

export type RunQuality = {
  threshold: number;
  records: number;
  clusters: number;
  clustersBySize: Record<string, number>;
  pairs: PairQuality[];
  seconds: number;
};

export type LinkageRun = {
  id: string;
  agreementId: string;
  importIds: string[];
  status: WorkStatus;
  progress: number;
  stage: string | null;
  quality: RunQuality | null;
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
};

export const fetchFields = () => apiRequest<CanonicalField[]>('GET', '/api/reperage/fields');
export const fetchAgreements = () => apiRequest<Agreement[]>('GET', '/api/reperage/agreements');
export const fetchAgreement = (id: string) =>
  apiRequest<Agreement>('GET', `/api/reperage/agreements/${id}`);
export const createAgreement = (input: AgreementInput) =>
  apiRequest<{ id: string }>('POST', '/api/reperage/agreements', input);
export const updateAgreement = (id: string, input: AgreementInput) =>
  apiRequest<undefined>('PUT', `/api/reperage/agreements/${id}`, input);
export const fetchAgreementHistory = (id: string) =>
  apiRequest<AgreementChange[]>('GET', `/api/reperage/agreements/${id}/history`);
export const setAgreementStatus = (id: string, status: AgreementStatus) =>
  apiRequest<undefined>('PATCH', `/api/reperage/agreements/${id}/status`, { status });
export const fetchImports = (agreementId: string) =>
  apiRequest<ImportSummary[]>('GET', `/api/reperage/agreements/${agreementId}/imports`);
export const fetchImport = (id: string) =>
  apiRequest<ImportDetail>('GET', `/api/reperage/imports/${id}`);
export const startImport = (input: {
  uploadId: string;
  agreementId: string;
  partner: string;
  fileName: string;
  mapping: Mapping;
}) => apiRequest<{ id: string; existing: boolean }>('POST', '/api/reperage/imports', input);
export const fetchRuns = (agreementId: string) =>
  apiRequest<LinkageRun[]>('GET', `/api/reperage/agreements/${agreementId}/runs`);
export const startRun = (agreementId: string, importIds: string[]) =>
  apiRequest<{ id: string }>('POST', `/api/reperage/agreements/${agreementId}/runs`, {
    importIds,
  });

/** Sends a partner's file (multipart) and returns its header, first rows and proposed mapping. */
export async function uploadPartnerFile(file: File, partner: string): Promise<Upload> {
  const form = new FormData();
  form.append('fichier', file, file.name);
  let response: Response;
  try {
    response = await fetch(`/api/reperage/uploads?partner=${encodeURIComponent(partner)}`, {
      method: 'POST',
      credentials: 'same-origin',
      body: form,
    });
  } catch {
    throw new ApiError(0, 'serveur_injoignable', UNREACHABLE_MESSAGE);
  }
  const payload = (await response.json().catch(() => undefined)) as unknown;
  if (!response.ok) throw toApiError(response.status, payload);
  return payload as Upload;
}
