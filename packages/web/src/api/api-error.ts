/** One field rejected by the API's validation, named as the API names it (`email`, `password`...). */
export type FieldIssue = { field: string; message: string };

/**
 * A failed API call, carrying the French message to show to the user. `status` is the HTTP status,
 * or 0 when the server could not be reached at all.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: readonly FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const UNREACHABLE_MESSAGE =
  'Le serveur ne répond pas. Vérifiez votre connexion internet, puis réessayez.';

/** What to say when the server answered without a usable `message` of its own. */
function fallbackMessage(status: number): string {
  if (status === 401) return 'Votre session a expiré. Reconnectez-vous.';
  if (status === 403) return "Votre rôle ne permet pas d'accéder à cette page.";
  if (status === 429) return 'Trop de tentatives. Patientez quelques minutes, puis réessayez.';
  if (status >= 500) return 'Le serveur a rencontré une erreur. Réessayez dans quelques instants.';
  return `La demande n'a pas abouti (erreur ${status}).`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readIssues(value: unknown): FieldIssue[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((issue: unknown) =>
    isRecord(issue) && typeof issue.field === 'string' && typeof issue.message === 'string'
      ? [{ field: issue.field, message: issue.message }]
      : [],
  );
}

/**
 * Turns an error response into an ApiError. The body is whatever the server sent, so each field is
 * checked before use: a proxy's HTML error page must still give the user a sentence in French.
 */
export function toApiError(status: number, body: unknown): ApiError {
  const error = isRecord(body) && typeof body.error === 'string' ? body.error : `http_${status}`;
  const message =
    isRecord(body) && typeof body.message === 'string' && body.message.trim() !== ''
      ? body.message
      : fallbackMessage(status);
  return new ApiError(status, error, message, isRecord(body) ? readIssues(body.issues) : []);
}
