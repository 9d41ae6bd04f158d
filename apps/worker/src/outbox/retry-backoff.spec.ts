import { retryDelayMs, RetryPolicy, settle } from './retry-backoff';

const POLICY: RetryPolicy = { maxAttempts: 5, baseMs: 5_000, capMs: 600_000 };
const AT = new Date('2026-03-01T00:00:00.000Z');

describe(retryDelayMs.name, () => {
  it('should double from the base with each failed attempt when the jitter is at its top', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, POLICY, () => 1))).toEqual([
      5_000, 10_000, 20_000, 40_000,
    ]);
  });

  it('should keep at least half of the exponential wait when the jitter is at its bottom', () => {
    expect(retryDelayMs(3, POLICY, () => 0)).toBe(10_000);
  });

  it('should never wait longer than the cap when attempts pile up', () => {
    expect(retryDelayMs(8, POLICY, () => 1)).toBe(600_000);
    expect(retryDelayMs(1_000, POLICY, () => 1)).toBe(600_000);
    expect(retryDelayMs(1_000, POLICY, () => 0)).toBe(300_000);
  });
});

describe(settle.name, () => {
  it('should mark a delivery DELIVERED at the time of the attempt when it succeeded', () => {
    expect(settle({ ok: true }, 1, AT, POLICY)).toEqual({ status: 'DELIVERED', deliveredAt: AT });
  });

  it('should schedule the next attempt with backoff and keep the error when attempts remain', () => {
    expect(settle({ ok: false, error: 'HTTP 503' }, 2, AT, POLICY, () => 1)).toEqual({
      status: 'PENDING',
      nextAttemptAt: new Date(AT.getTime() + 10_000),
      error: 'HTTP 503',
    });
  });

  it('should give up as FAILED when the last allowed attempt failed', () => {
    expect(settle({ ok: false, error: 'HTTP 500' }, 5, AT, POLICY)).toEqual({
      status: 'FAILED',
      error: 'HTTP 500',
    });
  });

  it('should give up at once when the failure is final', () => {
    expect(settle({ ok: false, error: 'subscription deactivated', final: true }, 1, AT, POLICY)).toEqual({
      status: 'FAILED',
      error: 'subscription deactivated',
    });
  });
});
