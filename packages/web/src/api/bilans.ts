// Saving a bilan to a case file: the calls of /api/bilans and of the rights it identified.
import { ApiError } from './api-error.ts';
import { apiRequest } from './client.ts';
import type { ApiBody, ApiResponse } from './contract.ts';

/** What `POST /api/bilans` receives: the bilan, its case file and the person's consent. */
export type BilanSyncPayload = ApiBody<'/api/bilans', 'post'>;

/** Where the bilan goes: a household of my organisation, or a new case file. */
export type BilanTarget = BilanSyncPayload['household'];

export type SavedBilan = ApiResponse<'/api/bilans', 'post'>;

/** Sends a bilan; sent again with the same client id, the server answers with the first save. */
export function sendBilan(payload: BilanSyncPayload): Promise<SavedBilan> {
  return apiRequest('POST', '/api/bilans', payload);
}

/** A benefit the bilan found, to follow in the case file from « identifié ». */
export type IdentifiedRight = Pick<
  ApiBody<'/api/households/{id}/rights', 'post'>,
  'benefit' | 'estimatedMonthly'
>;

/**
 * Follows every right the bilan identified, linked to the bilan. A right the case file already
 * follows is left as it is. Returns how many were opened now.
 */
export async function openIdentifiedRights(
  householdId: string,
  bilanId: string,
  rights: readonly IdentifiedRight[],
): Promise<number> {
  let opened = 0;
  for (const right of rights) {
    try {
      const body: ApiBody<'/api/households/{id}/rights', 'post'> = { ...right, bilanId };
      await apiRequest('POST', `/api/households/${encodeURIComponent(householdId)}/rights`, body);
      opened++;
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'droit_deja_suivi')) throw error;
    }
  }
  return opened;
}
