import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, ValidateBy } from 'class-validator';

// Digits only: no sign, exponent, decimal point, hex, spaces or empty string; 10 digits cover PG_INTEGER_MAX.
const DIGITS = /^\d{1,10}$/;

/**
 * A whole-number query parameter, parsed exactly: digits only and from `min` to `max` (at most
 * PG_INTEGER_MAX), else 400 naming the parameter and the range. `1e20`, `-1`, `0x10`, `1.0`, ``,
 * `9007199254740993` are all refused; Number() would have read several of them as something else.
 */
export function QueryInteger(name: string, min: number, max: number): PropertyDecorator {
  return applyDecorators(
    // The OpenAPI type and range; an ApiPropertyOptional above it adds the description and default.
    ApiProperty({ type: 'integer', minimum: min, maximum: max, required: false }),
    // Anything that is not plain digits stays a string, which the range check refuses.
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' && DIGITS.test(value) ? Number(value) : value,
    ),
    ValidateBy({
      name: 'queryInteger',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max,
        defaultMessage: () => `${name} must be a whole number from ${min} to ${max}, written in digits`,
      },
    }),
  );
}

/** A true/false query parameter: exactly `true` or `false`, else 400 naming it (not "anything else is false"). */
export function QueryBoolean(name: string): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      value === 'true' ? true : value === 'false' ? false : value,
    ),
    IsBoolean({ message: `${name} must be true or false` }),
  );
}
