/** Why a domain rule refused an action; apps/api maps each code to one HTTP status in one place. */
export enum DomainErrorCode {
  INVALID_REQUEST = 'INVALID_REQUEST',
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  WRONG_STAGE = 'WRONG_STAGE',
  DEADLINE_PASSED = 'DEADLINE_PASSED',
  CONFLICT = 'CONFLICT',
  INVALID_SCORES = 'INVALID_SCORES',
  /** The same Idempotency-Key with a different request (IETF Idempotency-Key draft: 422). */
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  /** Too many failed attempts (logins); details.retryAfterSeconds says when to try again. */
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
}

/** One concrete problem a clerk can fix: which field (or item code) and what was expected. */
export interface Problem {
  field: string;
  message: string;
}

/**
 * An error a person can act on. Plain data (code, message, details) so it crosses the workflow
 * boundary as an ApplicationFailure and comes back out unchanged.
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static validation(problems: Problem[], message = 'The request has problems; each is listed.'): DomainError {
    return new DomainError(DomainErrorCode.VALIDATION_FAILED, message, { problems });
  }
}
