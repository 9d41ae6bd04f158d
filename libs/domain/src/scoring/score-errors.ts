import { DomainError, DomainErrorCode, Problem } from '../errors/domain-error';

/** An INVALID_SCORES error carrying every problem in details.problems, like a validation error does. */
export function invalidScoresError(problems: Problem[], message: string): DomainError {
  return new DomainError(DomainErrorCode.INVALID_SCORES, message, { problems });
}
