/** How often and how patiently a delivery is retried (OUTBOX_MAX_ATTEMPTS, OUTBOX_RETRY_*_MS). */
export interface RetryPolicy {
  maxAttempts: number;
  baseMs: number;
  capMs: number;
}

/** What a delivery becomes after an attempt. */
export type Settlement =
  | { status: 'DELIVERED'; deliveredAt: Date }
  | { status: 'PENDING'; nextAttemptAt: Date; error: string }
  | { status: 'FAILED'; error: string };

/** One attempt's result; `final` gives up at once (e.g. the subscription was deactivated). */
export type DeliveryOutcome = { ok: true } | { ok: false; error: string; final?: boolean };

/**
 * The wait before attempt n+1 after n failed attempts: exponential from the base, capped, with "equal
 * jitter" (half fixed, half random) so receivers coming back are not hit by every sender at once.
 */
export function retryDelayMs(failedAttempts: number, policy: RetryPolicy, random = Math.random): number {
  const exponent = Math.min(Math.max(failedAttempts - 1, 0), 30);
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** exponent);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Delivered; or retried later; or, after the last allowed attempt, FAILED (kept, visible). */
export function settle(
  outcome: DeliveryOutcome,
  attempts: number,
  at: Date,
  policy: RetryPolicy,
  random = Math.random,
): Settlement {
  if (outcome.ok) return { status: 'DELIVERED', deliveredAt: at };
  if (outcome.final || attempts >= policy.maxAttempts) return { status: 'FAILED', error: outcome.error };
  const nextAttemptAt = new Date(at.getTime() + retryDelayMs(attempts, policy, random));
  return { status: 'PENDING', nextAttemptAt, error: outcome.error };
}
