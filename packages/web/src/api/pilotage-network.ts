// The pilotage network: /api/pilotage/actions, /reseau, /ateliers, /blocages.
import { apiRequest } from './client.ts';

export type AgeBand = 'moins_18' | '18_25' | '26_64' | '65_plus' | 'inconnu';
export type Sex = 'femme' | 'homme' | 'inconnu';

/** An outreach action as the device enters it. */
export type ActionInput = {
  type: string;
  typeOther?: string | null;
  heldOn: string;
  durationMinutes?: number | null;
  inseeCode?: string | null;
  quartier?: string | null;
  qpv?: boolean;
  peopleMet: number;
  wentToBilan: number;
  wentToCaseFile: number;
  note?: string | null;
  counts: { ageBand: AgeBand; sex: Sex; people: number }[];
  team: { organisationId: string; userId?: string | null }[];
};

export type OutreachAction = Required<Omit<ActionInput, 'team'>> & {
  id: string;
  clientId: string;
  organisationId: string;
  organisationName: string;
  commune: string | null;
  team: { organisationId: string; userId: string | null }[];
  createdBy: string | null;
  createdAt: string;
};

export type ActionFilter = {
  type?: string;
  from?: string;
  to?: string;
  mine?: boolean;
  limit?: number;
};

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
): Promise<{ id: string; created: boolean }> {
  return apiRequest('POST', '/api/pilotage/actions', { clientId, action });
}

export function updateAction(id: string, action: ActionInput): Promise<void> {
  return apiRequest('PUT', `/api/pilotage/actions/${id}`, action);
}

export function deleteAction(id: string): Promise<void> {
  return apiRequest('DELETE', `/api/pilotage/actions/${id}`);
}

export type TerritoryOrganisation = { id: string; name: string; type: string };

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

export type Referentials = {
  thematiques: { value: string; label: string }[];
  typesDeServices: string[];
  publics: string[];
  modesAccueil: string[];
};

export function fetchReferentials(): Promise<Referentials> {
  return apiRequest('GET', '/api/pilotage/reseau/referentiels');
}

export function saveStructure(structure: Record<string, unknown>): Promise<{ id: string }> {
  return apiRequest('POST', '/api/pilotage/reseau/structures', { structure });
}

export function saveService(service: Record<string, unknown>): Promise<{ id: string }> {
  return apiRequest('POST', '/api/pilotage/reseau/services', { service });
}

export type ImportReport = {
  structures: number;
  services: number;
  rejected: {
    kind: 'structure' | 'service';
    index: number;
    id: string | null;
    issues: { field: string; message: string }[];
  }[];
};

export function importDirectory(
  file:
    | { format: 'json'; structures?: unknown[]; services?: unknown[] }
    | { format: 'csv'; type: 'structures' | 'services'; content: string },
): Promise<ImportReport> {
  return apiRequest('POST', '/api/pilotage/reseau/import', file);
}

export type WorkshopInput = {
  heldOn: string;
  theme: string;
  organisationIds: string[];
  participants: number;
  followUps?: string | null;
};

export type Workshop = WorkshopInput & { id: string; followUps: string | null };

export function listWorkshops(): Promise<Workshop[]> {
  return apiRequest('GET', '/api/pilotage/ateliers');
}

export function createWorkshop(workshop: WorkshopInput): Promise<{ id: string }> {
  return apiRequest('POST', '/api/pilotage/ateliers', workshop);
}

export function updateWorkshop(id: string, workshop: WorkshopInput): Promise<void> {
  return apiRequest('PUT', `/api/pilotage/ateliers/${id}`, workshop);
}

export function deleteWorkshop(id: string): Promise<void> {
  return apiRequest('DELETE', `/api/pilotage/ateliers/${id}`);
}

export type BlockageInput = {
  title: string;
  description: string;
  benefit?: string | null;
  institution: string;
  institutionOther?: string | null;
  examples?: string | null;
};

export type Blockage = BlockageInput & {
  id: string;
  organisationName: string;
  status: string;
  ownerId: string | null;
  ownerName: string | null;
  raisedOn: string;
  transmittedOn: string | null;
  resolvedOn: string | null;
  answer: string | null;
  history: { status: string; on: string; note: string | null; byName: string | null }[];
};

export type BlockageFilter = { status?: string; institution?: string; benefit?: string };

export function listBlockages(filter: BlockageFilter = {}): Promise<Blockage[]> {
  return apiRequest('GET', `/api/pilotage/blocages${query(filter)}`);
}

export function raiseBlockage(blockage: BlockageInput): Promise<{ id: string }> {
  return apiRequest('POST', '/api/pilotage/blocages', blockage);
}

export function updateBlockage(
  id: string,
  blockage: BlockageInput & { ownerId?: string | null; answer?: string | null },
): Promise<void> {
  return apiRequest('PUT', `/api/pilotage/blocages/${id}`, blockage);
}

export function moveBlockage(
  id: string,
  move: { status: string; on: string; note?: string | null },
): Promise<void> {
  return apiRequest('POST', `/api/pilotage/blocages/${id}/statut`, move);
}
