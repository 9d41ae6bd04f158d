import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { clearSession, readSession, writeSession, type Session, type SessionUser } from './session';

interface SessionContextValue {
  session: Session | null;
  signIn: (login: { accessToken: string; expiresInSeconds: number; user: SessionUser }) => Session;
  signOut: () => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/** Holds the signed-in user for the whole console; the token itself lives in localStorage (see session.ts). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState(() => readSession(localStorage, Date.now()));
  const signIn = useCallback((login: Parameters<SessionContextValue['signIn']>[0]) => {
    const next = writeSession(localStorage, login, Date.now());
    setSession(next);
    return next;
  }, []);
  const signOut = useCallback(() => {
    clearSession(localStorage);
    setSession(null);
  }, []);
  const value = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user; pages behind RequireSession may rely on it. */
export function useUser(): SessionUser {
  const { session } = useSession();
  if (session === null) throw new Error('useUser without a session');
  return session.user;
}
