// Repérage, data side: agreements, uploads with their mapping preview, imports, linkage runs.
import { ApiError, toApiError, UNREACHABLE_MESSAGE } from './api-error.ts';
import { apiRequest } from './client.ts';
import type { ApiBody, ApiResponse } from './contract.ts';

/** A field of the shared catalogue (identity or attribute). */
export type CanonicalField = ApiResponse<'/api/reperage/fields', 'get'>[number];

export type Agreement = ApiResponse<'/api/reperage/agreements/{id}', 'get'>;
export type AgreementStatus = Agreement['status'];

/** The terms of an agreement as the form sends them (creation or amendment). */
export type AgreementInput = ApiBody<'/api/reperage/agreements', 'post'>;

/** One amendment of an agreement: each term changed, before and after. */
export type AgreementChange = ApiResponse<'/api/reperage/agreements/{id}/history', 'get'>[number];

export type Upload = ApiResponse<'/api/reperage/uploads', 'post'>;
export type Mapping = Upload['mapping'];

export type ImportSummary = ApiResponse<'/api/reperage/agreements/{id}/imports', 'get'>[number];
export type WorkStatus = ImportSummary['status'];

export type ImportDetail = ApiResponse<'/api/reperage/imports/{id}', 'get'>;

export type LinkageRun = ApiResponse<'/api/reperage/agreements/{id}/runs', 'get'>[number];
export type RunQuality = NonNullable<LinkageRun['quality']>;
export type PairQuality = RunQuality['pairs'][number];

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

export const fetchFields = () => apiRequest<CanonicalField[]>('GET', '/api/reperage/fields');
export const fetchAgreements = () =>
  apiRequest<ApiResponse<'/api/reperage/agreements', 'get'>>('GET', '/api/reperage/agreements');
export const fetchAgreement = (id: string) =>
  apiRequest<Agreement>('GET', `/api/reperage/agreements/${id}`);
export const createAgreement = (input: AgreementInput) =>
  apiRequest<ApiResponse<'/api/reperage/agreements', 'post'>>(
    'POST',
    '/api/reperage/agreements',
    input,
  );
export const updateAgreement = (
  id: string,
  input: ApiBody<'/api/reperage/agreements/{id}', 'put'>,
) => apiRequest<undefined>('PUT', `/api/reperage/agreements/${id}`, input);
export const fetchAgreementHistory = (id: string) =>
  apiRequest<AgreementChange[]>('GET', `/api/reperage/agreements/${id}/history`);
export const setAgreementStatus = (id: string, status: AgreementStatus) => {
  const body: ApiBody<'/api/reperage/agreements/{id}/status', 'patch'> = { status };
  return apiRequest<undefined>('PATCH', `/api/reperage/agreements/${id}/status`, body);
};
export const fetchImports = (agreementId: string) =>
  apiRequest<ImportSummary[]>('GET', `/api/reperage/agreements/${agreementId}/imports`);
export const fetchImport = (id: string) =>
  apiRequest<ImportDetail>('GET', `/api/reperage/imports/${id}`);
export const startImport = (input: ApiBody<'/api/reperage/imports', 'post'>) =>
  apiRequest<ApiResponse<'/api/reperage/imports', 'post'>>('POST', '/api/reperage/imports', input);
export const fetchRuns = (agreementId: string) =>
  apiRequest<LinkageRun[]>('GET', `/api/reperage/agreements/${agreementId}/runs`);
export const startRun = (agreementId: string, importIds: string[]) => {
  const body: ApiBody<'/api/reperage/agreements/{id}/runs', 'post'> = { importIds };
  return apiRequest<ApiResponse<'/api/reperage/agreements/{id}/runs', 'post'>>(
    'POST',
    `/api/reperage/agreements/${agreementId}/runs`,
    body,
  );
};

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
