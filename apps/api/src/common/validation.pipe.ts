import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { validateSync, ValidatorOptions } from 'class-validator';
import { DomainError, DomainErrorCode, Problem } from '@app/domain';

const VALIDATOR_OPTIONS: ValidatorOptions = { whitelist: true, forbidNonWhitelisted: true };

/** `items[4]` below an array, `.maxScore` below an object: the path a client finds the value at. */
function childField(prefix: string, property: string, inArray: boolean): string {
  if (prefix === '') return property;
  return inArray && /^\d+$/.test(property) ? `${prefix}[${property}]` : `${prefix}.${property}`;
}

/** Which of the array's own rules the object breaks with `list` in the array's place. */
function brokenWith(error: ValidationError, list: unknown[]): Set<string> {
  const target = error.target as object;
  const probe = Object.assign(Object.create(Object.getPrototypeOf(target) as object) as object, target, {
    [error.property]: list,
  });
  const found = validateSync(probe, VALIDATOR_OPTIONS).find((e) => e.property === error.property);
  return new Set(Object.keys(found?.constraints ?? {}));
}

/**
 * An array's problems, each on the element that has it (`inspectorIds[3]`): class-validator names only the
 * array for an `each` rule (@IsString({ each: true })), so each element is checked again alone. A rule an
 * empty array breaks too, or that no element breaks alone (ArrayMaxSize, ArrayUnique), stays on the array.
 */
function arrayProblems(error: ValidationError, field: string): Problem[] {
  const constraints = error.constraints ?? {};
  const list = error.value as unknown[];
  const ofWhole = brokenWith(error, []);
  const onElements = new Set<string>();
  const problems: Problem[] = [];
  list.forEach((element, index) => {
    for (const key of brokenWith(error, [element])) {
      if (!(key in constraints) || ofWhole.has(key)) continue;
      onElements.add(key);
      problems.push({ field: `${field}[${index}]`, message: constraints[key] });
    }
  });
  const own = Object.entries(constraints)
    .filter(([key]) => !onElements.has(key))
    .map(([, message]) => ({ field, message }));
  return [...own, ...problems];
}

/** Every problem with the full path of its value, indices included (`categories[1].items[4].maxScore`). */
function flatten(errors: ValidationError[], prefix = '', inArray = false): Problem[] {
  return errors.flatMap((error) => {
    const field = childField(prefix, error.property, inArray);
    const isArray = Array.isArray(error.value);
    const own =
      isArray && error.target !== undefined && error.constraints !== undefined
        ? arrayProblems(error, field)
        : Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field, isArray)];
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
    ...VALIDATOR_OPTIONS,
    transform: true,
    // The object and each value are kept on the errors, so that flatten can tell which element of an array is at fault.
    validationError: { target: true, value: true },
    exceptionFactory: (errors) =>
      new DomainError(DomainErrorCode.INVALID_REQUEST, 'The request body has problems; each is listed.', {
        problems: flatten(errors),
      }),
  });
}
