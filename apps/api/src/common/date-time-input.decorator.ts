import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ValidateBy, ValidationArguments } from 'class-validator';
import { acceptedDateTimeForms, DEFAULT_TIME_ZONE, parseDateTimeInput } from '@app/domain';

// DTO metadata is static, so the zone is set once at boot (configureApp, from TIME_ZONE) and read here.
let inputZone = DEFAULT_TIME_ZONE;

/** Sets the zone every date-time input is read in; called once at boot with the validated TIME_ZONE. */
export function useInputTimeZone(zone: string): void {
  inputZone = zone;
}

/** What a refused input becomes, so the validator can say why. */
class RefusedDateTime {
  constructor(readonly problem: string) {}
}

export interface DateTimeInputOptions {
  /** `instant` (default): ISO 8601 with the zone's offset; `date`: the local day it falls on, YYYY-MM-DD. */
  as?: 'instant' | 'date';
  /** False for an optional field (pair it with @IsOptional()). */
  required?: boolean;
  example?: string;
  description?: string;
}

function normalise(value: unknown, as: 'instant' | 'date'): unknown {
  if (value === undefined || value === null) return value;
  const result = parseDateTimeInput(value, inputZone);
  if (!result.ok) return new RefusedDateTime(result.problem);
  return as === 'date' ? result.value.localDate : result.value.iso;
}

function refusal({ property, value }: ValidationArguments): string {
  const problem = value instanceof RefusedDateTime ? value.problem : 'expected a date or a date-time';
  return `${property}: ${problem}. Expected ${acceptedDateTimeForms(inputZone)}`;
}

/**
 * Every date-time field of every DTO: reads the input under the one rule (parseDateTimeInput — a date
 * alone is the end of that day in TIME_ZONE, a time without an offset is read there, an offset is taken
 * as given) and hands the service ISO 8601 with the zone's offset (e.g. 2027-01-15T23:59:59.999+08:00),
 * or with `as: 'date'` the local day. Anything else is a 400 naming the field, the problem and the forms.
 */
export function DateTimeInput(options: DateTimeInputOptions = {}): PropertyDecorator {
  const as = options.as ?? 'instant';
  const meaning =
    as === 'date'
      ? 'the day, in the deployment time zone (TIME_ZONE, default Asia/Shanghai), that the input falls on'
      : 'an instant; a date alone is the end of that day in the deployment time zone (TIME_ZONE, default Asia/Shanghai), a time without an offset is read there';
  return applyDecorators(
    ApiProperty({
      type: String,
      required: options.required ?? true,
      example: options.example ?? (as === 'date' ? '2026-03-01' : '2027-01-15'),
      description: [
        options.description,
        `${meaning}. Forms: 2027-01-15, 2027-01-15T17:00, 2027-01-15T17:00+08:00`,
      ]
        .filter(Boolean)
        .join('. '),
    }),
    Transform(({ value }) => normalise(value, as)),
    ValidateBy({
      name: 'dateTimeInput',
      validator: {
        validate: (value: unknown) => typeof value === 'string',
        defaultMessage: refusal,
      },
    }),
  );
}
