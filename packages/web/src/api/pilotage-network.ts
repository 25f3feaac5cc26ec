// The pilotage network: /api/pilotage/actions, /reseau, /ateliers, /blocages.
import { apiRequest } from './client.ts';
import type { ApiBody, ApiQuery, ApiResponse } from './contract.ts';

/** An outreach action as the device enters it. */
export type ActionInput = ApiBody<'/api/pilotage/actions/{id}', 'put'>;
export type AgeBand = NonNullable<ActionInput['counts']>[number]['ageBand'];
export type Sex = NonNullable<ActionInput['counts']>[number]['sex'];

export type OutreachAction = ApiResponse<'/api/pilotage/actions', 'get'>[number];

/** The list's filter; `mine` is a switch of the page, sent as `true` when on. */
export type ActionFilter = Pick<
  ApiQuery<'/api/pilotage/actions', 'get'>,
  'type' | 'from' | 'to' | 'limit'
> & { mine?: boolean };

function query(params: Record<string, string | number | boolean | undefined>): string {
  const entries = Object.entries(params).filter(
    ([, v]) => v !== undefined && v !== '' && v !== false,
  );
  return entries.length === 0
    ? ''
    : `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}`;
}

export function listActions(filter: ActionFilter = {}): Promise<OutreachAction[]> {
  return apiRequest('GET', `/api/pilotage/actions${query(filter)}`);
}

/** Sends an action entered on the device; the same clientId never records it twice. */
export function sendAction(
  clientId: string,
  action: ActionInput,
): Promise<ApiResponse<'/api/pilotage/actions', 'post'>> {
  const body: ApiBody<'/api/pilotage/actions', 'post'> = { clientId, action };
  return apiRequest('POST', '/api/pilotage/actions', body);
}

export function updateAction(id: string, action: ActionInput): Promise<void> {
  return apiRequest('PUT', `/api/pilotage/actions/${id}`, action);
}

export function deleteAction(id: string): Promise<void> {
  return apiRequest('DELETE', `/api/pilotage/actions/${id}`);
}

export type TerritoryOrganisation = ApiResponse<'/api/pilotage/organisations', 'get'>[number];

export function listTerritoryOrganisations(): Promise<TerritoryOrganisation[]> {
  return apiRequest('GET', '/api/pilotage/organisations');
}

/** A record of the data·inclusion schema (structure or service). */
export type DiRecord = { id: string; nom: string; [field: string]: unknown };

export type DirectoryEntry = {
  key: string;
  organisationId: string | null;
  structure: DiRecord;
  services: { key: string; service: DiRecord; matches: boolean }[];
};

export function searchDirectory(q: string): Promise<DirectoryEntry[]> {
  return apiRequest('GET', `/api/pilotage/reseau${query({ q })}`);
}

export type Referentials = ApiResponse<'/api/pilotage/reseau/referentiels', 'get'>;

export function fetchReferentials(): Promise<Referentials> {
  return apiRequest('GET', '/api/pilotage/reseau/referentiels');
}

// The directory's records are still open on the server's side (left to do: an exact response
// schema of the data·inclusion records), so the forms send them as they were read.
export function saveStructure(
  structure: Record<string, unknown>,
): Promise<ApiResponse<'/api/pilotage/reseau/structures', 'post'>> {
  return apiRequest('POST', '/api/pilotage/reseau/structures', { structure });
}

export function saveService(
  service: Record<string, unknown>,
): Promise<ApiResponse<'/api/pilotage/reseau/services', 'post'>> {
  return apiRequest('POST', '/api/pilotage/reseau/services', { service });
}

export type ImportReport = ApiResponse<'/api/pilotage/reseau/import', 'post'>;

export function importDirectory(
  file: ApiBody<'/api/pilotage/reseau/import', 'post'>,
): Promise<ImportReport> {
  return apiRequest('POST', '/api/pilotage/reseau/import', file);
}

export type WorkshopInput = ApiBody<'/api/pilotage/ateliers', 'post'>;

export type Workshop = ApiResponse<'/api/pilotage/ateliers', 'get'>[number];

export function listWorkshops(): Promise<Workshop[]> {
  return apiRequest('GET', '/api/pilotage/ateliers');
}

export function createWorkshop(
  workshop: WorkshopInput,
): Promise<ApiResponse<'/api/pilotage/ateliers', 'post'>> {
  return apiRequest('POST', '/api/pilotage/ateliers', workshop);
}

export function updateWorkshop(
  id: string,
  workshop: ApiBody<'/api/pilotage/ateliers/{id}', 'put'>,
): Promise<void> {
  return apiRequest('PUT', `/api/pilotage/ateliers/${id}`, workshop);
}

export function deleteWorkshop(id: string): Promise<void> {
  return apiRequest('DELETE', `/api/pilotage/ateliers/${id}`);
}

export type BlockageInput = ApiBody<'/api/pilotage/blocages', 'post'>;

export type Blockage = ApiResponse<'/api/pilotage/blocages', 'get'>[number];

export type BlockageFilter = ApiQuery<'/api/pilotage/blocages', 'get'>;

export function listBlockages(filter: BlockageFilter = {}): Promise<Blockage[]> {
  return apiRequest('GET', `/api/pilotage/blocages${query(filter)}`);
}

export function raiseBlockage(
  blockage: BlockageInput,
): Promise<ApiResponse<'/api/pilotage/blocages', 'post'>> {
  return apiRequest('POST', '/api/pilotage/blocages', blockage);
}

export function updateBlockage(
  id: string,
  blockage: ApiBody<'/api/pilotage/blocages/{id}', 'put'>,
): Promise<void> {
  return apiRequest('PUT', `/api/pilotage/blocages/${id}`, blockage);
}

export function moveBlockage(
  id: string,
  move: ApiBody<'/api/pilotage/blocages/{id}/statut', 'post'>,
): Promise<void> {
  return apiRequest('POST', `/api/pilotage/blocages/${id}/statut`, move);
}
