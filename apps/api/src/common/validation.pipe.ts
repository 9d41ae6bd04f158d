import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, DomainErrorCode, Problem } from '@app/domain';

function flatten(errors: ValidationError[], prefix = ''): Problem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Malformed bodies are a 400 that lists every field with what was expected. */
export function requestValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) =>
      new DomainError(DomainErrorCode.INVALID_REQUEST, 'The request body has problems; each is listed.', {
        problems: flatten(errors),
      }),
  });
}
