import { ServiceError } from '@temporalio/client';
import type { AppConfig } from '@app/config';
import type { TemporalConnectionHolder } from '@app/temporal';
import { DependencyFailureCode } from './dependency-failure';
import { DependencyUnavailableError } from './dependency-unavailable.error';
import { retryPauseMs, TemporalCalls } from './temporal-calls';

/** A gRPC status error as @temporalio/client wraps it. */
const grpcFailure = (code: number, details: string) =>
  new ServiceError('Workflow Update failed', {
    cause: Object.assign(new Error(`${code} ${details}`), { code, details, metadata: {} }),
  });
const UNAVAILABLE = () => grpcFailure(14, 'No connection established');
const TASK_FAILED = () =>
  grpcFailure(9, 'Unable to perform workflow execution update due to Workflow Task in failed state.');
const DEADLINE = () => grpcFailure(4, 'Deadline exceeded');

/** TemporalCalls over a connection that records the deadline each attempt was given. */
function callsWith(budgetMs: number) {
  const deadlines: number[] = [];
  const holder = {
    connection: {
      withDeadline: <T>(deadline: number, fn: () => Promise<T>) => {
        deadlines.push(deadline);
        return fn();
      },
    },
  } as unknown as TemporalConnectionHolder;
  const calls = new TemporalCalls(holder, { TEMPORAL_TIMEOUT_MS: budgetMs } as AppConfig);
  return { calls, deadlines };
}

/** A call failing with each of `failures` in turn, then answering `answer`. */
function failingThen<T>(failures: (() => Error)[], answer: T) {
  let attempts = 0;
  const call = () => {
    attempts += 1;
    const failure = failures[attempts - 1];
    return failure ? Promise.reject(failure()) : Promise.resolve(answer);
  };
  return { call, attempts: () => attempts };
}

describe(TemporalCalls.name, () => {
  it('should answer at once, with the deadline of the budget on the call, when Temporal answers', async () => {
    const { calls, deadlines } = callsWith(5000);
    const before = Date.now();
    await expect(calls.run(() => Promise.resolve('view'))).resolves.toBe('view');
    expect(deadlines).toHaveLength(1);
    expect(deadlines[0]).toBeGreaterThanOrEqual(before + 5000);
  });

  it('should try again while the failure is transient and answer once Temporal is back', async () => {
    const { calls, deadlines } = callsWith(5000);
    const flaky = failingThen([UNAVAILABLE, TASK_FAILED], 'view');
    await expect(calls.run(flaky.call)).resolves.toBe('view');
    expect(flaky.attempts()).toBe(3);
    // One deadline for the whole request, not one per attempt.
    expect(new Set(deadlines).size).toBe(1);
  });

  it('should give up with TEMPORAL_UNAVAILABLE when the server stays unreachable past the budget', async () => {
    const { calls } = callsWith(400);
    const down = failingThen(Array(100).fill(UNAVAILABLE), 'never');
    const started = Date.now();
    const error = await calls.run(down.call, { action: true }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DependencyUnavailableError);
    expect((error as DependencyUnavailableError).failure.code).toBe(
      DependencyFailureCode.TEMPORAL_UNAVAILABLE,
    );
    expect((error as DependencyUnavailableError).action).toBe(true);
    expect(down.attempts()).toBeGreaterThan(1);
    expect(Date.now() - started).toBeLessThan(400 + retryPauseMs(10));
  });

  it('should report the unreachable server, not the deadline, when the last attempt ran out of time', async () => {
    const { calls } = callsWith(5000);
    const error = await calls
      .run(failingThen([UNAVAILABLE, DEADLINE], 'never').call)
      .catch((caught: unknown) => caught);
    expect((error as DependencyUnavailableError).failure.code).toBe(
      DependencyFailureCode.TEMPORAL_UNAVAILABLE,
    );
  });

  it('should answer TRY_AGAIN without retrying when the deadline passed while the workflow had the call', async () => {
    const { calls } = callsWith(5000);
    const late = failingThen([DEADLINE], 'never');
    const error = await calls.run(late.call).catch((caught: unknown) => caught);
    expect((error as DependencyUnavailableError).failure.code).toBe(DependencyFailureCode.TRY_AGAIN);
    expect(late.attempts()).toBe(1);
  });

  it('should throw anything else unchanged after one attempt (domain outcomes, bugs)', async () => {
    const { calls } = callsWith(5000);
    const bug = new TypeError('boom');
    const broken = failingThen([() => bug], 'never');
    await expect(calls.run(broken.call)).rejects.toBe(bug);
    expect(broken.attempts()).toBe(1);
  });
});

describe(retryPauseMs.name, () => {
  it('should double from 100 ms and stop at 1 s', () => {
    expect([0, 1, 2, 3, 4, 10].map(retryPauseMs)).toEqual([100, 200, 400, 800, 1000, 1000]);
  });
});
