// What the professional's bilan needs before it starts: the organisation's contact for the
// person's copy and the encrypted draft store. Offline, the session cannot be checked: the bilan
// still opens if this device holds the key of a user who has not logged out.
import { useEffect, useState } from 'react';
import type { Membership } from '../../api/index.ts';
import { useSession } from '../../session/session-context.tsx';
import type { Contact } from './contact.ts';
import {
  deviceKeyOwner,
  forgetDevice,
  openDraftStore,
  unsentSaves,
  type DraftStore,
} from './drafts.ts';

export type Workspace =
  | { status: 'loading' }
  | { status: 'login' }
  | { status: 'unavailable'; message: string }
  | { status: 'ready'; contact: Contact; drafts: DraftStore | null; offline: boolean };

const CONTACT_KEY = 'znr-bilan-contact';

/** The organisation as printed on the copy; contact fields appear when the session carries them. */
function contactOf(membership: Membership): Contact {
  const organisation = membership.organisation as Membership['organisation'] & {
    address?: string | null;
    phone?: string | null;
    email?: string | null;
  };
  const details = [organisation.address, organisation.phone, organisation.email].filter(
    (line): line is string => typeof line === 'string' && line !== '',
  );
  return {
    name: `${organisation.name} (${organisation.typeLabel})`,
    details: [...details, `Territoire : ${membership.territory.name}`],
  };
}

function savedContact(): Contact | null {
  try {
    const raw = localStorage.getItem(CONTACT_KEY);
    return raw ? (JSON.parse(raw) as Contact) : null;
  } catch {
    return null;
  }
}

/** Opens the professional's bilan workspace from the session (or, offline, from the device). */
export function useBilanWorkspace(): Workspace {
  const { state, reload } = useSession();
  const [workspace, setWorkspace] = useState<Workspace>({ status: 'loading' });
  const offline = workspace.status === 'ready' && workspace.offline;

  // When the network comes back, the session is checked again: still valid, the bilan goes on
  // online; expired meanwhile, the device key is wiped and the user is asked to log in.
  useEffect(() => {
    if (!offline) return;
    window.addEventListener('online', reload);
    return () => window.removeEventListener('online', reload);
  }, [offline, reload]);

  useEffect(() => {
    let current = true;
    const set = (next: Workspace) => current && setWorkspace(next);
    const failed = (error: unknown) =>
      set({
        status: 'unavailable',
        message: error instanceof Error ? error.message : String(error),
      });
    if (state.status === 'authenticated') {
      const contact = contactOf(state.session.membership);
      localStorage.setItem(CONTACT_KEY, JSON.stringify(contact));
      openDraftStore(state.session.user.id, true).then(
        (drafts) => set({ status: 'ready', contact, drafts, offline: false }),
        failed,
      );
    } else if (state.status === 'anonymous') {
      // Logged out or expired: the drafts of the previous session become unreadable — unless
      // bilans still have to reach a case file: they wait for the same user to log in again.
      unsentSaves()
        .then((unsent) => (unsent > 0 ? undefined : forgetDevice()))
        .then(
          () => set({ status: 'login' }),
          () => set({ status: 'login' }),
        );
    } else if (state.status === 'unavailable') {
      deviceKeyOwner()
        .then(async (owner) => {
          const contact = savedContact();
          if (!owner || !contact) return set({ status: 'unavailable', message: state.message });
          const drafts = await openDraftStore(owner, false);
          set({ status: 'ready', contact, drafts, offline: true });
        })
        .catch(failed);
    }
    return () => {
      current = false;
    };
  }, [state]);

  return workspace;
}
