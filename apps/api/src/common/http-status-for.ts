import { HttpStatus } from '@nestjs/common';
import { DomainErrorCode } from '@app/domain';

/** The one place a domain error code becomes an HTTP status. */
export const HTTP_STATUS_FOR: Record<DomainErrorCode, HttpStatus> = {
  [DomainErrorCode.INVALID_REQUEST]: HttpStatus.BAD_REQUEST,
  [DomainErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [DomainErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [DomainErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [DomainErrorCode.WRONG_STAGE]: HttpStatus.CONFLICT,
  [DomainErrorCode.DEADLINE_PASSED]: HttpStatus.CONFLICT,
  [DomainErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [DomainErrorCode.VALIDATION_FAILED]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DomainErrorCode.INVALID_SCORES]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DomainErrorCode.IDEMPOTENCY_KEY_REUSED]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DomainErrorCode.TOO_MANY_ATTEMPTS]: HttpStatus.TOO_MANY_REQUESTS,
  [DomainErrorCode.PAYLOAD_TOO_LARGE]: HttpStatus.PAYLOAD_TOO_LARGE,
  [DomainErrorCode.UNSUPPORTED_MEDIA_TYPE]: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
};

/**
 * The code of an error Nest or Fastify raised as a bare HTTP status (an unknown route, a body over
 * Fastify's limit): the domain code of that status where there is one, so clients see one vocabulary.
 */
export const CODE_FOR_HTTP_STATUS: Partial<Record<number, DomainErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: DomainErrorCode.INVALID_REQUEST,
  [HttpStatus.UNAUTHORIZED]: DomainErrorCode.UNAUTHENTICATED,
  [HttpStatus.FORBIDDEN]: DomainErrorCode.FORBIDDEN,
  [HttpStatus.NOT_FOUND]: DomainErrorCode.NOT_FOUND,
  [HttpStatus.PAYLOAD_TOO_LARGE]: DomainErrorCode.PAYLOAD_TOO_LARGE,
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: DomainErrorCode.UNSUPPORTED_MEDIA_TYPE,
  [HttpStatus.TOO_MANY_REQUESTS]: DomainErrorCode.TOO_MANY_ATTEMPTS,
};
