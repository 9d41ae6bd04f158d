import { DomainError, DomainErrorCode } from '@app/domain';

/** A refusal: how long until the caller may try again. */
export interface LoginBlock {
  /** USER: too many failures for this username; ADDRESS: from this client address. */
  by: 'USER' | 'ADDRESS';
  retryAfterSeconds: number;
}

export interface LoginLimits {
  maxFailuresPerUser: number;
  maxFailuresPerAddress: number;
  windowMs: number;
}

interface Window {
  failures: number;
  startedAt: number;
}

/** Keys kept at most, per kind; beyond it the oldest windows go (an attacker cannot grow memory for ever). */
const MAX_KEYS = 100_000;

/**
 * Counts failed logins per username and per client address in fixed windows that start at the first
 * failure; once either reaches its limit, logins for it are refused until its window ends, the right
 * password included (otherwise guessing would go on). A success clears the username's count.
 *
 * Our own and in memory (per API process): @fastify/rate-limit and @nestjs/throttler count every request
 * under one key per route, while this needs two keys (one read from the body) and to count failures
 * only, so that an office of fifty clerks behind one address can all log in at nine.
 */
export class LoginRateLimiter {
  private readonly users = new Map<string, Window>();
  private readonly addresses = new Map<string, Window>();

  constructor(
    private readonly limits: LoginLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether a login may be tried now; a block says by whom and for how long. */
  check(username: string, address: string): LoginBlock | null {
    const user = this.blocked(this.users, userKey(username), this.limits.maxFailuresPerUser);
    if (user !== null) return { by: 'USER', retryAfterSeconds: user };
    const byAddress = this.blocked(this.addresses, address, this.limits.maxFailuresPerAddress);
    return byAddress === null ? null : { by: 'ADDRESS', retryAfterSeconds: byAddress };
  }

  failed(username: string, address: string): void {
    this.count(this.users, userKey(username));
    this.count(this.addresses, address);
  }

  succeeded(username: string): void {
    this.users.delete(userKey(username));
  }

  private blocked(windows: Map<string, Window>, key: string, max: number): number | null {
    const window = this.current(windows, key);
    if (window === undefined || window.failures < max) return null;
    return Math.max(1, Math.ceil((window.startedAt + this.limits.windowMs - this.now()) / 1000));
  }

  private count(windows: Map<string, Window>, key: string): void {
    const window = this.current(windows, key);
    if (window !== undefined) {
      window.failures += 1;
      return;
    }
    if (windows.size >= MAX_KEYS) windows.delete(windows.keys().next().value as string);
    windows.set(key, { failures: 1, startedAt: this.now() });
  }

  private current(windows: Map<string, Window>, key: string): Window | undefined {
    const window = windows.get(key);
    if (window === undefined || window.startedAt + this.limits.windowMs > this.now()) return window;
    windows.delete(key);
    return undefined;
  }
}

// Usernames are matched exactly at login, but a guesser must not get five more tries per capitalisation.
function userKey(username: string): string {
  return username.trim().toLowerCase();
}

/** The 429 for a block, with Retry-After (details.retryAfterSeconds) and who is limited. */
export function tooManyAttempts({ by, retryAfterSeconds }: LoginBlock): DomainError {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const who = by === 'USER' ? 'for this username' : 'from your address';
  return new DomainError(
    DomainErrorCode.TOO_MANY_ATTEMPTS,
    `Too many failed logins ${who}; try again in ${minutes} minute(s)`,
    { retryAfterSeconds, limitedBy: by },
  );
}
