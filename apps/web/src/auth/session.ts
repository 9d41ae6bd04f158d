/**
 * The signed-in user, kept in localStorage so a reload (or a second tab) stays signed in until the token
 * expires. Pure apart from the Storage handed in, so it is unit-tested without a browser.
 */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: string;
  scopeId: string | null;
}

export interface Session {
  accessToken: string;
  /** Epoch milliseconds after which the token is refused; the console signs out a little before. */
  expiresAt: number;
  user: SessionUser;
}

const KEY = 'chuangjian.session';
/** Sign out this long before the server would refuse the token, so no form is lost to a last-second 401. */
const EXPIRY_MARGIN_MS = 60_000;

export function readSession(storage: Storage, now: number): Session | null {
  const raw = storage.getItem(KEY);
  if (raw === null) return null;
  try {
    const session = JSON.parse(raw) as Session;
    if (typeof session.accessToken !== 'string' || typeof session.expiresAt !== 'number') return null;
    return session.expiresAt - EXPIRY_MARGIN_MS > now ? session : null;
  } catch {
    return null;
  }
}

export function writeSession(
  storage: Storage,
  login: { accessToken: string; expiresInSeconds: number; user: SessionUser },
  now: number,
): Session {
  const session = {
    accessToken: login.accessToken,
    expiresAt: now + login.expiresInSeconds * 1000,
    user: login.user,
  };
  storage.setItem(KEY, JSON.stringify(session));
  return session;
}

export function clearSession(storage: Storage): void {
  storage.removeItem(KEY);
}

/** Where sign-in returns to: a path inside the console only (never another site), else the role's home. */
export function safeReturnPath(next: string | null): string | null {
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/login'))
    return null;
  return next;
}
