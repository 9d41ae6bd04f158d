import { ValidateIf } from 'class-validator';

/**
 * A field that may be left out, but not sent as null: the field's other validators then refuse null
 * and name the field (class-validator's IsOptional lets null through to the handler, where a merge or
 * a string method fails with a 500). Fields where null means something keep IsOptional and say so
 * with `nullable` in their ApiProperty.
 */
export function IsOmittable(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}
