// The one place that talks HTTP to @znr/server. Pages call the typed functions of `src/api/*`,
// never fetch() directly, so errors always arrive as an ApiError with a French message.
import { ApiError, toApiError, UNREACHABLE_MESSAGE } from './api-error.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Sends a JSON request to the API on the same origin (the session cookie goes with it) and returns
 * the decoded body, or undefined for 204. Throws an ApiError for a network failure or an error status.
 */
export async function apiRequest<T>(method: Method, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : {
              accept: 'application/json',
              'content-type': 'application/json',
            },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'serveur_injoignable', UNREACHABLE_MESSAGE);
  }
  const payload = await readJson(response);
  if (!response.ok) throw toApiError(response.status, payload);
  return payload as T;
}

/**
 * Sends a JSON request whose answer is a file (a PDF) and returns it as a Blob; errors arrive as
 * an ApiError with the server's French message, as for {@link apiRequest}.
 */
export async function apiFile(method: Method, path: string, body?: unknown): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'serveur_injoignable', UNREACHABLE_MESSAGE);
  }
  if (!response.ok) throw toApiError(response.status, await readJson(response));
  return response.blob();
}
