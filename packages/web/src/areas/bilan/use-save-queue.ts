// The save queue as the bilan page uses it: its items as state, sent again when the network
// returns (`online`) and when the page opens with network.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { sendBilan } from '../../api/bilans.ts';
import type { DraftStore } from './drafts.ts';
import { createSaveQueue, type PendingSave, type SaveQueue } from './save-queue.ts';

export type SaveQueueView = {
  items: PendingSave[];
  enqueue: SaveQueue['enqueue'];
  flush: () => void;
  retry: (clientId: string) => void;
  remove: (clientId: string) => void;
};

export function useSaveQueue(drafts: DraftStore | null): SaveQueueView | null {
  const queue = useMemo(() => drafts && createSaveQueue(drafts.queue, sendBilan), [drafts]);
  const [items, setItems] = useState<PendingSave[]>([]);

  useEffect(() => {
    if (!queue) return;
    let current = true;
    const show = (next: PendingSave[]) => current && setItems(next);
    const flush = () => void queue.flush().then(show);
    void queue.list().then(show);
    if (navigator.onLine) flush();
    window.addEventListener('online', flush);
    return () => {
      current = false;
      window.removeEventListener('online', flush);
    };
  }, [queue]);

  const enqueue = useCallback<SaveQueue['enqueue']>(
    async (save) => {
      if (!queue) return [];
      const next = await queue.enqueue(save);
      setItems(next);
      return next;
    },
    [queue],
  );

  if (!queue) return null;
  return {
    items,
    enqueue,
    flush: () => void queue.flush().then(setItems),
    retry: (clientId) => void queue.retry(clientId).then(setItems),
    remove: (clientId) => void queue.remove(clientId).then(setItems),
  };
}
