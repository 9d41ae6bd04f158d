import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, DomainErrorCode, Problem } from '@app/domain';

function flatten(errors: ValidationError[], prefix = ''): Problem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

const WHAT_HAS_PROBLEMS: Partial<Record<ArgumentMetadata['type'], string>> = {
  query: 'The query parameters have problems; each is listed.',
  param: 'The path has problems; each is listed.',
};

/** Malformed bodies, queries and paths are a 400 that lists every field with what was expected. */
class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      const message = WHAT_HAS_PROBLEMS[metadata.type];
      if (!(error instanceof DomainError) || message === undefined) throw error;
      throw new DomainError(error.code, message, error.details);
    }
  }
}

export function requestValidationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) =>
      new DomainError(DomainErrorCode.INVALID_REQUEST, 'The request body has problems; each is listed.', {
        problems: flatten(errors),
      }),
  });
}
