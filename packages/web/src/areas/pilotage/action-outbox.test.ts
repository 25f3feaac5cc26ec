import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import type { ActionInput } from '../../api/pilotage-network.ts';
import { addToOutbox, flushOutbox, outboxOwner, readOutbox } from './action-outbox.ts';

const action: ActionInput = {
  type: 'maraude',
  heldOn: '2026-11-23',
  peopleMet: 8,
  wentToBilan: 2,
  wentToCaseFile: 0,
  counts: [],
  team: [],
};

// A Map-backed localStorage: the web tests run in Node.
beforeEach(() => {
  const store = new Map<string, string>();
  globalThis.localStorage = {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => void store.set(key, value),
    removeItem: (key: string) => void store.delete(key),
    clear: () => store.clear(),
    key: () => null,
    length: 0,
  };
});

describe('the outbox of actions entered on the device', () => {
  it('keeps actions while the network is away, then sends each once, in order', async () => {
    addToOutbox('u1', 'a', action);
    addToOutbox('u1', 'b', { ...action, type: 'stand' });
    expect(outboxOwner()).toBe('u1');
    const offline = () =>
      Promise.reject(new ApiError(0, 'serveur_injoignable', 'Le serveur ne répond pas.'));
    const waiting = await flushOutbox('u1', offline);
    expect(waiting.map((item) => [item.clientId, item.state])).toEqual([
      ['a', 'en_attente'],
      ['b', 'en_attente'],
    ]);
    const sent: string[] = [];
    const left = await flushOutbox('u1', (clientId) => {
      sent.push(clientId);
      return Promise.resolve({ id: clientId, created: true });
    });
    expect(sent).toEqual(['a', 'b']);
    expect(left).toEqual([]);
    expect(readOutbox('u1')).toEqual([]);
  });

  it('keeps a refused action with the server’s reason and sends the next one', async () => {
    addToOutbox('u1', 'a', action);
    addToOutbox('u1', 'b', action);
    const left = await flushOutbox('u1', (clientId) =>
      clientId === 'a'
        ? Promise.reject(new ApiError(400, 'validation', 'La requête est invalide.'))
        : Promise.resolve({}),
    );
    expect(left).toEqual([
      { clientId: 'a', action, state: 'refuse', message: 'La requête est invalide.' },
    ]);
  });
});
