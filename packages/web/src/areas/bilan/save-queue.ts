// The bilans waiting to reach a case file. A save is first written to the device (encrypted, see
// drafts.ts), then sent; without network it waits and is sent again when the network returns.
// Each bilan carries the id the device gave it, so a send repeated after a lost answer is saved
// once by the server. A refusal (consent, household, validation) keeps the bilan and says why.
import { ApiError } from '../../api/api-error.ts';
import type { BilanSyncPayload, IdentifiedRight, SavedBilan } from '../../api/bilans.ts';
import type { SealedRecord } from './drafts.ts';

/** Where a save stands: waiting to be sent, in the case file, or refused by the server. */
export type SaveState = 'en_attente' | 'envoye' | 'refuse';

export type PendingSave = {
  clientId: string;
  /** What the list shows: the date and the person (« Bilan du 23 novembre 2026, Awa Diallo »). */
  label: string;
  queuedAt: string;
  state: SaveState;
  /** The bilan to send; dropped once it is in the case file (nothing personal stays). */
  payload: BilanSyncPayload | null;
  /** The rights the bilan identified, offered in one click once saved. */
  rights: IdentifiedRight[];
  /** Why the server refused, or why the last send failed (no network). */
  message: string | null;
  saved: { bilanId: string; householdId: string } | null;
  attempts: number;
};

/** Sends one bilan; throws an ApiError (status 0 when the server could not be reached). */
export type Transport = (payload: BilanSyncPayload) => Promise<SavedBilan>;

/** A failure after which the same send may succeed later: no network, server error, session. */
function isTransient(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return error.status === 0 || error.status === 401 || error.status === 429 || error.status >= 500;
}

/** Why a send failed, in French, with each field the server's validation named. */
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (!(error instanceof ApiError) || error.issues.length === 0) return error.message;
  const fields = error.issues.map((issue) => `${issue.field} : ${issue.message}`).join(' ; ');
  return `${error.message} (${fields})`;
}

export type SaveQueue = {
  list: () => Promise<PendingSave[]>;
  /** Writes the save to the device, then tries to send it. */
  enqueue: (
    save: Pick<PendingSave, 'clientId' | 'label' | 'payload' | 'rights'>,
  ) => Promise<PendingSave[]>;
  /** Sends every save waiting, in order; stops at the first failure that may pass. */
  flush: () => Promise<PendingSave[]>;
  /** Puts a refused save back in the queue and tries again. */
  retry: (clientId: string) => Promise<PendingSave[]>;
  /** Forgets a save (sent, or refused and given up). */
  remove: (clientId: string) => Promise<PendingSave[]>;
};

/**
 * The queue over its encrypted record and its transport. Calls are chained, so that a flush started
 * by the `online` event and another by a click never send the same bilan twice at once.
 */
export function createSaveQueue(
  record: SealedRecord<PendingSave[]>,
  transport: Transport,
  now: () => Date = () => new Date(),
): SaveQueue {
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = chain.then(task, task);
    chain = run.catch(() => undefined);
    return run;
  };
  const read = async () => (await record.load()) ?? [];
  const write = async (items: PendingSave[]) => {
    await record.save(items);
    return items;
  };

  const sendWaiting = async (): Promise<PendingSave[]> => {
    const items = await read();
    for (const [k, item] of items.entries()) {
      if (item.state !== 'en_attente' || item.payload === null) continue;
      try {
        const saved = await transport(item.payload);
        items[k] = {
          ...item,
          state: 'envoye',
          payload: null,
          message: null,
          saved: { bilanId: saved.id, householdId: saved.householdId },
          attempts: item.attempts + 1,
        };
      } catch (error) {
        const message = reasonOf(error);
        if (isTransient(error)) {
          items[k] = { ...item, message, attempts: item.attempts + 1 };
          await write(items);
          return items;
        }
        items[k] = { ...item, state: 'refuse', message, attempts: item.attempts + 1 };
      }
      await write(items);
    }
    return items;
  };

  return {
    list: () => serial(read),
    enqueue: (save) =>
      serial(async () => {
        const items = (await read()).filter((item) => item.clientId !== save.clientId);
        items.push({
          ...save,
          queuedAt: now().toISOString(),
          state: 'en_attente',
          message: null,
          saved: null,
          attempts: 0,
        });
        await write(items);
        return sendWaiting();
      }),
    flush: () => serial(sendWaiting),
    retry: (clientId) =>
      serial(async () => {
        const items = await read();
        await write(
          items.map((item) =>
            item.clientId === clientId && item.state === 'refuse'
              ? { ...item, state: 'en_attente' as const, message: null }
              : item,
          ),
        );
        return sendWaiting();
      }),
    remove: (clientId) =>
      serial(async () => write((await read()).filter((item) => item.clientId !== clientId))),
  };
}
