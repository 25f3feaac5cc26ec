// Actions entered on the device and not yet on the server. An action holds counts only (nothing
// personal), so it is kept in plain localStorage, under the user who entered it. Each carries the
// id the device gave it: a send repeated after a lost answer is recorded once by the server.
import { ApiError } from '../../api/api-error.ts';
import type { ActionInput } from '../../api/pilotage-network.ts';

export type OutboxItem = {
  clientId: string;
  action: ActionInput;
  state: 'en_attente' | 'refuse';
  /** Why the server refused, or why the last send failed (no network). */
  message: string | null;
};

export type Send = (clientId: string, action: ActionInput) => Promise<unknown>;

const OWNER_KEY = 'znr-actions-owner';
const keyOf = (userId: string) => `znr-actions-outbox:${userId}`;

/** The user whose actions wait on this device: lets the entry page open without network. */
export function outboxOwner(): string | null {
  return localStorage.getItem(OWNER_KEY);
}

/** Marks the device as the user's: called when the page opens with a session. */
export function rememberOwner(userId: string): void {
  localStorage.setItem(OWNER_KEY, userId);
}

export function readOutbox(userId: string): OutboxItem[] {
  try {
    return JSON.parse(localStorage.getItem(keyOf(userId)) ?? '[]') as OutboxItem[];
  } catch {
    return [];
  }
}

function writeOutbox(userId: string, items: OutboxItem[]): OutboxItem[] {
  localStorage.setItem(OWNER_KEY, userId);
  localStorage.setItem(keyOf(userId), JSON.stringify(items));
  return items;
}

/** Puts an action in the outbox (replacing one of the same client id). */
export function addToOutbox(userId: string, clientId: string, action: ActionInput): OutboxItem[] {
  const items = readOutbox(userId).filter((item) => item.clientId !== clientId);
  return writeOutbox(userId, [...items, { clientId, action, state: 'en_attente', message: null }]);
}

export function dropFromOutbox(userId: string, clientId: string): OutboxItem[] {
  return writeOutbox(
    userId,
    readOutbox(userId).filter((item) => item.clientId !== clientId),
  );
}

/**
 * Sends every waiting action in order; a sent one leaves the outbox. Without network (or with a
 * server error) the rest waits for the next try; a refusal (validation) stays, with its reason.
 */
export async function flushOutbox(userId: string, send: Send): Promise<OutboxItem[]> {
  let items = readOutbox(userId);
  for (const item of [...items]) {
    if (item.state !== 'en_attente') continue;
    try {
      await send(item.clientId, item.action);
      items = items.filter((other) => other.clientId !== item.clientId);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const transient =
        error instanceof ApiError &&
        (error.status === 0 || error.status === 401 || error.status >= 500);
      items = items.map((other) =>
        other.clientId === item.clientId
          ? { ...other, message, state: transient ? 'en_attente' : 'refuse' }
          : other,
      );
      if (transient) break;
    }
  }
  return writeOutbox(userId, items);
}
