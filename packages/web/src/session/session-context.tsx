// Who is logged in, for every page. The state is loaded once from GET /api/session when the app
// starts; login and logout update it so the header and the guards follow without a reload.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { closeSession, fetchSession, openSession } from '../api/index.ts';
import type { Credentials, Session } from '../api/index.ts';
import { forgetDevice } from '../areas/bilan/drafts.ts';

export type SessionState =
  | { status: 'loading' }
  /** `loggedOut`: the user has just logged out here, which the login page confirms. */
  | { status: 'anonymous'; loggedOut?: boolean }
  | { status: 'unavailable'; message: string }
  | { status: 'authenticated'; session: Session };

type SessionContextValue = {
  state: SessionState;
  /** Opens a session; rejects with an ApiError carrying the French message to show. */
  login: (credentials: Credentials) => Promise<Session>;
  logout: () => Promise<void>;
  /** Asks the server again, e.g. after "le serveur ne répond pas". */
  reload: () => void;
};

const SessionContext = createContext<SessionContextValue | null>(null);

/** Provides the session to the app; mounted once, above the layout. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    fetchSession().then(
      (session) => {
        if (current)
          setState(session ? { status: 'authenticated', session } : { status: 'anonymous' });
      },
      (error: unknown) => {
        if (current)
          setState({
            status: 'unavailable',
            message: error instanceof Error ? error.message : String(error),
          });
      },
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  const login = useCallback(async (credentials: Credentials) => {
    const session = await openSession(credentials);
    setState({ status: 'authenticated', session });
    return session;
  }, []);

  const logout = useCallback(async () => {
    await closeSession();
    // The device key of the bilan drafts goes with the session: drafts left become unreadable.
    await forgetDevice().catch(() => undefined);
    setState({ status: 'anonymous', loggedOut: true });
  }, []);

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const value = useMemo(() => ({ state, login, logout, reload }), [state, login, logout, reload]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

/** The session state and its actions; only valid under SessionProvider. */
export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession() doit être appelé sous <SessionProvider>.');
  return value;
}

/** The logged-in session; only valid on pages behind RequireSession. */
export function useAuthenticatedSession(): Session {
  const { state } = useSession();
  if (state.status !== 'authenticated') throw new Error('Cette page exige une session ouverte.');
  return state.session;
}
