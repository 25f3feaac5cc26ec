import { describe, expect, it } from 'vitest';
import { ApiError, UNREACHABLE_MESSAGE } from '../../api/api-error.ts';
import type { BilanSyncPayload, SavedBilan } from '../../api/bilans.ts';
import type { SealedRecord } from './drafts.ts';
import { createSaveQueue, type PendingSave } from './save-queue.ts';

/** The device's record, kept as the JSON text a real store would hold between two page loads. */
function deviceRecord(): SealedRecord<PendingSave[]> & { text: () => string | null } {
  let text: string | null = null;
  return {
    load: () => Promise.resolve(text === null ? null : (JSON.parse(text) as PendingSave[])),
    save: (value) => {
      text = JSON.stringify(value);
      return Promise.resolve();
    },
    clear: () => {
      text = null;
      return Promise.resolve();
    },
    text: () => text,
  };
}

/**
 * The far end: saves each client id once (as POST /api/bilans does), can be cut from the network,
 * can lose its answer after saving, and refuses a household it does not know.
 */
function network() {
  const saved = new Map<string, SavedBilan>();
  const state = { online: false, loseNextAnswer: false, sends: 0 };
  const transport = async (payload: BilanSyncPayload): Promise<SavedBilan> => {
    await new Promise((resolve) => setTimeout(resolve, 1));
    state.sends++;
    if (!state.online) throw new ApiError(0, 'serveur_injoignable', UNREACHABLE_MESSAGE);
    if ('id' in payload.household && payload.household.id === 'inconnu') {
      throw new ApiError(404, 'introuvable', 'Ménage introuvable.');
    }
    if (payload.consent.givenOn === '') {
      throw new ApiError(400, 'requete_invalide', 'Requête invalide.', [
        { field: 'consent.givenOn', message: 'Date au format AAAA-MM-JJ' },
      ]);
    }
    const first = saved.get(payload.clientId);
    const answer = first
      ? { ...first, created: false }
      : { id: `bilan-${saved.size + 1}`, householdId: 'menage-1', created: true };
    saved.set(payload.clientId, answer);
    if (state.loseNextAnswer) {
      state.loseNextAnswer = false;
      throw new ApiError(0, 'serveur_injoignable', UNREACHABLE_MESSAGE);
    }
    return answer;
  };
  return { saved, state, transport };
}

function saveOf(clientId: string, householdId?: string) {
  const payload: BilanSyncPayload = {
    clientId,
    household: householdId
      ? { id: householdId }
      : { create: { persons: [{ role: 'demandeur', firstName: 'Awa', lastName: 'Diallo' }] } },
    consent: { method: 'oral', givenOn: '2026-11-23' },
    bilan: {
      version: '0.1.0',
      parametersVersion: '2026-04-01.00000000',
      period: '2026-11',
      date: '2026-11-23T10:00:00.000Z',
      answers: {},
      situation: {},
      results: [],
    },
  };
  return { clientId, label: `Bilan ${clientId}`, payload, rights: [] };
}

describe('the queue of bilans to save', () => {
  it('keeps a bilan saved offline on the device and sends it when the network returns', async () => {
    const record = deviceRecord();
    const far = network();
    const queue = createSaveQueue(record, far.transport);

    const offline = await queue.enqueue(saveOf('a'));
    expect(offline).toMatchObject([{ clientId: 'a', state: 'en_attente', attempts: 1 }]);
    expect(offline[0]!.message).toBe(UNREACHABLE_MESSAGE);
    expect(far.saved.size).toBe(0);

    // The page is reloaded meanwhile: the queue reads the device again.
    const reloaded = createSaveQueue(record, far.transport);
    expect((await reloaded.list())[0]!.payload?.clientId).toBe('a');

    far.state.online = true;
    const sent = await reloaded.flush();
    expect(sent).toMatchObject([
      { state: 'envoye', saved: { bilanId: 'bilan-1', householdId: 'menage-1' }, payload: null },
    ]);
    expect(record.text()).not.toContain('Diallo');
  });

  it('saves once when the answer of a send was lost and the send is retried', async () => {
    const far = network();
    far.state.online = true;
    far.state.loseNextAnswer = true;
    const queue = createSaveQueue(deviceRecord(), far.transport);

    expect((await queue.enqueue(saveOf('b')))[0]!.state).toBe('en_attente');
    const retried = await queue.flush();
    expect(retried[0]).toMatchObject({ state: 'envoye', saved: { bilanId: 'bilan-1' } });
    expect(far.saved.size).toBe(1);
    expect(far.state.sends).toBe(2);
  });

  it('keeps a refused bilan with the reason, and still sends the others', async () => {
    const far = network();
    far.state.online = true;
    const queue = createSaveQueue(deviceRecord(), far.transport);

    await queue.enqueue(saveOf('c', 'inconnu'));
    const items = await queue.enqueue(saveOf('d'));
    expect(items.map((item) => [item.clientId, item.state])).toEqual([
      ['c', 'refuse'],
      ['d', 'envoye'],
    ]);
    expect(items[0]!.message).toBe('Ménage introuvable.');
    expect(items[0]!.payload?.clientId).toBe('c');

    // Tried again, it is refused again and not lost; given up, it goes.
    expect((await queue.retry('c'))[0]).toMatchObject({ state: 'refuse', attempts: 2 });
    expect((await queue.remove('c')).map((item) => item.clientId)).toEqual(['d']);
  });

  it('says which field the server refused and why', async () => {
    const far = network();
    far.state.online = true;
    const queue = createSaveQueue(deviceRecord(), far.transport);
    const save = saveOf('g');
    save.payload.consent.givenOn = '';
    const [refused] = await queue.enqueue(save);
    expect(refused).toMatchObject({ state: 'refuse' });
    expect(refused!.message).toBe(
      'Requête invalide. (consent.givenOn : Date au format AAAA-MM-JJ)',
    );
  });

  it('does not send a bilan twice when the network event and a click flush together', async () => {
    const far = network();
    const queue = createSaveQueue(deviceRecord(), far.transport);
    await queue.enqueue(saveOf('e'));
    await queue.enqueue(saveOf('f'));
    const sendsOffline = far.state.sends;

    far.state.online = true;
    await Promise.all([queue.flush(), queue.flush(), queue.flush()]);
    expect(far.state.sends - sendsOffline).toBe(2);
    expect((await queue.list()).every((item) => item.state === 'envoye')).toBe(true);
  });
});
