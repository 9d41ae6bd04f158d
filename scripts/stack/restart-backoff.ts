/** The first restart waits this long; each further one in a row twice as long, up to RESTART_MAX_MS. */
export const RESTART_FIRST_MS = 1000;
export const RESTART_MAX_MS = 30_000;
/** A service that ran this long before it exited was healthy: its restart waits RESTART_FIRST_MS again. */
export const RESTART_STABLE_MS = 60_000;

/**
 * How long to wait before restarting a service that exited after running `uptimeMs`, given the wait
 * before its previous restart (undefined: it never restarted). A crash loop backs off (1 s, 2 s, 4 s …
 * 30 s) instead of spinning; a one-off crash is back within a second.
 */
export function nextRestartDelayMs(previousDelayMs: number | undefined, uptimeMs: number): number {
  if (previousDelayMs === undefined || uptimeMs >= RESTART_STABLE_MS) return RESTART_FIRST_MS;
  return Math.min(previousDelayMs * 2, RESTART_MAX_MS);
}
