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
};
