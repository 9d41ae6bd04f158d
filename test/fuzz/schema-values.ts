import fc from 'fast-check';
import type { Schema } from '../support/openapi-operations';

/** A property reachable through nested objects of a body schema, e.g. ['schedule', 'noticeDays']. */
export interface SchemaField {
  path: string[];
  schema: Schema;
}

const MAX_STRING = 40;
const MAX_ARRAY = 3;

function stringValue(schema: Schema): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? MAX_STRING, MAX_STRING));
  const choices: fc.Arbitrary<string>[] = [fc.string({ minLength, maxLength, unit: 'grapheme' })];
  if (typeof schema.example === 'string') choices.push(fc.constant(schema.example));
  // The longest string the field takes (a boundary value).
  if (schema.maxLength !== undefined) choices.push(fc.constant('长'.repeat(schema.maxLength)));
  return fc.oneof(...choices);
}

function numberValue(schema: Schema): fc.Arbitrary<number> {
  const min = schema.minimum ?? -1_000_000;
  const max = schema.maximum ?? 1_000_000;
  const whole = fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
  const choices: fc.Arbitrary<number>[] = [whole, fc.constant(min), fc.constant(max)];
  if (schema.type === 'number') choices.push(fc.double({ min, max, noNaN: true, noDefaultInfinity: true }));
  if (typeof schema.example === 'number') choices.push(fc.constant(schema.example));
  return fc.oneof(...choices);
}

/**
 * Values that fit a schema (types, enums, lengths, ranges, required properties), leaning on the
 * document's examples so that generated bodies often get past validation to the rules behind it.
 */
export function schemaValue(
  schema: Schema,
  resolve: (schema: Schema) => Schema,
  depth = 0,
): fc.Arbitrary<unknown> {
  const own = resolve(schema);
  if (own.enum !== undefined) return fc.constantFrom(...own.enum);
  switch (own.type) {
    case 'string':
      return stringValue(own);
    case 'integer':
    case 'number':
      return numberValue(own);
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 4 || own.items === undefined
        ? fc.constant([])
        : fc.array(schemaValue(own.items, resolve, depth + 1), {
            minLength: own.minItems ?? 0,
            maxLength: Math.max(own.minItems ?? 0, Math.min(own.maxItems ?? MAX_ARRAY, MAX_ARRAY)),
          });
    default: {
      if (own.properties === undefined) {
        // A free-form object (an application's content, scores keyed by item code): its example or a small one.
        return own.example !== undefined
          ? fc.constant(own.example)
          : fc.dictionary(fc.string({ maxLength: 8 }), fc.string(), { maxKeys: 3 });
      }
      const required = own.required ?? [];
      const properties = Object.fromEntries(
        Object.entries(own.properties).map(([name, property]) => [
          name,
          schemaValue(property, resolve, depth + 1),
        ]),
      );
      return fc.record(properties, { requiredKeys: required.filter((name) => name in properties) });
    }
  }
}

/** Every property of a body schema reachable through nested objects (not through arrays), with its schema. */
export function schemaFields(
  schema: Schema,
  resolve: (schema: Schema) => Schema,
  prefix: string[] = [],
): SchemaField[] {
  const own = resolve(schema);
  return Object.entries(own.properties ?? {}).flatMap(([name, property]) => {
    const path = [...prefix, name];
    const resolvedProperty = resolve(property);
    return [{ path, schema: resolvedProperty }, ...schemaFields(resolvedProperty, resolve, path)];
  });
}

/** A JSON value of another type than the schema's, which a validator must refuse. */
export function wrongTypeFor(schema: Schema): unknown {
  if (schema.enum !== undefined) return 12345;
  switch (schema.type) {
    case 'string':
      return 12345;
    case 'integer':
    case 'number':
      return '12';
    case 'boolean':
      return 'true';
    case 'array':
      return { not: 'a list' };
    default:
      return ['not', 'an object'];
  }
}
