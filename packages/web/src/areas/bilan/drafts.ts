// Bilan drafts kept on the device, encrypted at rest (AES-GCM, WebCrypto). The key is created when
// a professional's session is first seen on the device, stored in IndexedDB as a non-extractable
// CryptoKey (no script can read its bytes), and deleted at logout or when the session has expired,
// which leaves any draft unreadable. Threat model: docs/adr/0005-bilan-offline-drafts.md.
import type { Answers } from './answers.ts';
import type { PendingSave } from './save-queue.ts';

export type Draft = { answers: Answers; savedAt: string };

/** One encrypted record of the device. */
export type SealedRecord<T> = {
  load: () => Promise<T | null>;
  save: (value: T) => Promise<void>;
  clear: () => Promise<void>;
};

/** Where the bilan in progress is kept, and the queue of bilans waiting to reach a case file. */
export type DraftStore = SealedRecord<Draft> & { queue: SealedRecord<PendingSave[]> };

const DB_NAME = 'znr-bilan';
const KEYS = 'keys';
const DRAFTS = 'drafts';

type StoredKey = { userId: string; key: CryptoKey };
type StoredDraft = { iv: Uint8Array<ArrayBuffer>; data: ArrayBuffer };

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB'));
  });
}

function openDatabase(): Promise<IDBDatabase> {
  const open = indexedDB.open(DB_NAME, 1);
  open.onupgradeneeded = () => {
    open.result.createObjectStore(KEYS);
    open.result.createObjectStore(DRAFTS);
  };
  return request(open);
}

/** Reads one record; IndexedDB types it `any`, the caller says what it stored. */
function get<T>(store: IDBObjectStore, key: string): IDBRequest<T | undefined> {
  return store.get(key) as IDBRequest<T | undefined>;
}

async function withStore<T>(
  name: string,
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openDatabase();
  try {
    return await request(run(db.transaction(name, mode).objectStore(name)));
  } finally {
    db.close();
  }
}

/** Deletes the device key and every draft: what logout and session expiry do. */
export async function forgetDevice(): Promise<void> {
  await withStore(KEYS, 'readwrite', (store) => store.clear());
  await withStore(DRAFTS, 'readwrite', (store) => store.clear());
}

/** The user whose key is on this device, if any (lets a logged-in user work offline). */
export async function deviceKeyOwner(): Promise<string | null> {
  const stored = await withStore(KEYS, 'readonly', (s) => get<StoredKey>(s, 'device'));
  return stored?.userId ?? null;
}

async function deviceKey(userId: string, create: boolean): Promise<CryptoKey | null> {
  const stored = await withStore(KEYS, 'readonly', (s) => get<StoredKey>(s, 'device'));
  if (stored?.userId === userId) return stored.key;
  if (!create) return null;
  // Another user's key (or none): their drafts must not be readable by this one.
  await forgetDevice();
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  await withStore(KEYS, 'readwrite', (store) => store.put({ userId, key }, 'device'));
  return key;
}

/** The record `name` of the drafts store, encrypted with `key` (AES-GCM, a fresh IV each save). */
function sealedRecord<T>(key: CryptoKey, name: string): SealedRecord<T> {
  return {
    async load() {
      const stored = await withStore(DRAFTS, 'readonly', (s) => get<StoredDraft>(s, name));
      if (!stored) return null;
      try {
        const plain = await crypto.subtle.decrypt(
          { name: 'AES-GCM', iv: stored.iv },
          key,
          stored.data,
        );
        return JSON.parse(new TextDecoder().decode(plain)) as T;
      } catch {
        return null;
      }
    },
    async save(value) {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const data = await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv },
        key,
        new TextEncoder().encode(JSON.stringify(value)),
      );
      await withStore(DRAFTS, 'readwrite', (store) => store.put({ iv, data }, name));
    },
    async clear() {
      await withStore(DRAFTS, 'readwrite', (store) => store.delete(name));
    },
  };
}

/**
 * The encrypted draft store of `userId`. `create` makes the key when missing (online, with a live
 * session); offline, only an existing key is used.
 */
export async function openDraftStore(userId: string, create: boolean): Promise<DraftStore | null> {
  const key = await deviceKey(userId, create);
  if (!key) return null;
  return {
    ...sealedRecord<Draft>(key, 'current'),
    queue: sealedRecord<PendingSave[]>(key, 'queue'),
  };
}

/**
 * How many bilans of this device's queue have not reached a case file (waiting or refused). When
 * the session expires with some of them, the key is kept for the same user to log in again and
 * send them; another user's login or a logout from this device still wipes everything.
 */
export async function unsentSaves(): Promise<number> {
  const owner = await deviceKeyOwner();
  if (!owner) return 0;
  const store = await openDraftStore(owner, false);
  const items = (await store?.queue.load()) ?? [];
  return items.filter((item) => item.state !== 'envoye').length;
}
