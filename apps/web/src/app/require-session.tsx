import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { whenSignedOut } from '../api/client';
import { useSession } from '../auth/session-context';

/**
 * Pages behind sign-in. Without a session (or when the API refuses the token) the user goes to sign-in,
 * which brings them back to this very address afterwards.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const { session, signOut } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const here = `${location.pathname}${location.search}`;
  useEffect(() => {
    whenSignedOut(() => {
      signOut();
      void navigate(
        `/login?next=${encodeURIComponent(window.location.pathname.replace(/^\/console/, '') + window.location.search)}&expired=1`,
      );
    });
  }, [navigate, signOut]);
  if (session === null) return <Navigate to={`/login?next=${encodeURIComponent(here)}`} replace />;
  return children;
}
