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
  /** The body is larger than the endpoint takes. */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** The body is not in a media type (or charset) the endpoint reads. */
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
}

/** Why a sign-in was refused (`details.reason` of its 401), for a client to say in its own words. */
export enum LoginRefusal {
  /** Unknown username or wrong password: which of the two is not said. */
  WRONG_CREDENTIALS = 'WRONG_CREDENTIALS',
  ACCOUNT_DISABLED = 'ACCOUNT_DISABLED',
}

/**
 * What is wrong with one field, for a client to say in its own words (the console says it in Chinese)
 * rather than by reading the English message. Problems without a code are read by their message.
 */
export enum ProblemCode {
  /** A score sheet leaves out an item it must score; params: item, maxScore, scoreStep. */
  SCORE_MISSING = 'SCORE_MISSING',
  /** params: item, value, maxScore, scoreStep. */
  SCORE_NOT_A_NUMBER = 'SCORE_NOT_A_NUMBER',
  /** Below 0 or above the item's maximum; params: item, value, maxScore, scoreStep. */
  SCORE_OUT_OF_RANGE = 'SCORE_OUT_OF_RANGE',
  /** Not a multiple of the item's step; params: item, value, maxScore, scoreStep. */
  SCORE_OFF_STEP = 'SCORE_OFF_STEP',
  /** More than two decimals (a combined score); params: item, value, maxScore, scoreStep. */
  SCORE_TOO_PRECISE = 'SCORE_TOO_PRECISE',
  /** No item of that code in the pinned standard; params: item, standard, version. */
  ITEM_NOT_IN_STANDARD = 'ITEM_NOT_IN_STANDARD',
  /** The item is for the other kind of community; params: item, kind (URBAN or RURAL). */
  ITEM_NOT_FOR_KIND = 'ITEM_NOT_FOR_KIND',
  /** A veto item is flagged, never scored; params: item. */
  VETO_ITEM_NOT_SCORED = 'VETO_ITEM_NOT_SCORED',
  /** A re-check round scores only the flagged items; params: item, recheckedItems (comma-separated). */
  ITEM_NOT_RECHECKED = 'ITEM_NOT_RECHECKED',
}

/** One concrete problem a clerk can fix: which field (or item code) and what was expected. */
export interface Problem {
  field: string;
  message: string;
  /** What is wrong, when the rule that found it names it (see ProblemCode). */
  code?: ProblemCode;
  /** The values `message` names (maximum, step, the value given …), for a client's own wording. */
  params?: Record<string, string | number>;
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
