import { DependencyFailure, DependencyFailureCode } from './dependency-failure';

/**
 * A dependency failed and the request's time for it ran out: the API answers 503 with the failure's
 * code. `action` says the request was an action sent to a case or campaign workflow, which may still be
 * applied after the answer (Temporal keeps an Update it has received), so the message says how to retry
 * without acting twice.
 */
export class DependencyUnavailableError extends Error {
  constructor(
    readonly failure: DependencyFailure,
    readonly action: boolean,
  ) {
    super(failure.reason);
    this.name = 'DependencyUnavailableError';
  }
}

/** What is wrong, in the words of the person reading the 503. */
function whatIsWrong({ code, dependency }: DependencyFailure, action: boolean): string {
  switch (code) {
    case DependencyFailureCode.TEMPORAL_UNAVAILABLE:
      return 'The case engine (Temporal) cannot be reached.';
    case DependencyFailureCode.DATABASE_UNAVAILABLE:
      return 'The database (PostgreSQL) cannot be reached.';
    case DependencyFailureCode.TRY_AGAIN:
      if (dependency === 'database') return 'The database is too busy to answer in time.';
      return action
        ? 'The case did not answer in time (its worker may be restarting); the action may still be applied.'
        : 'The case did not answer in time (its worker may be restarting).';
  }
}

/**
 * The 503's message: what is wrong, when to retry and, for an action, how the retry avoids acting twice.
 * `retryAfterSeconds` is the Retry-After header's value.
 */
export function unavailableMessage(
  failure: DependencyFailure,
  action: boolean,
  retryAfterSeconds: number,
): string {
  const operator = 'If it keeps happening, tell the operator (GET /health names what is down).';
  if (!action) return `${whatIsWrong(failure, action)} Try again in ${retryAfterSeconds} s. ${operator}`;
  return (
    `${whatIsWrong(failure, action)} Try again in ${retryAfterSeconds} s with the same Idempotency-Key: ` +
    'if the action did go through, the retry returns its result instead of acting twice. ' +
    operator
  );
}
