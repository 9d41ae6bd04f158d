import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { whenSignedOut } from '../api/client';
import { useSession } from '../auth/session-context';

const EXPIRED = 'chuangjian.session-expired';

/**
 * Pages behind sign-in. Without a session (or once the API refuses the token) the user goes to sign-in,
 * which brings them back to this very address afterwards and says why they had to sign in again.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const { session, signOut } = useSession();
  const location = useLocation();
  useEffect(() => {
    whenSignedOut(() => {
      sessionStorage.setItem(EXPIRED, '1');
      signOut();
    });
  }, [signOut]);
  if (session === null) {
    const expired = sessionStorage.getItem(EXPIRED) === '1';
    sessionStorage.removeItem(EXPIRED);
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return <Navigate to={`/login?next=${next}${expired ? '&expired=1' : ''}`} replace />;
  }
  return children;
}
