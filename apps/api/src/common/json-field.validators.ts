import { registerDecorator, ValidationArguments } from 'class-validator';

/** Why a field's value is refused (naming the offending key where there is one), or null. */
type ShapeCheck = (value: unknown, field: string) => string | null;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A class-validator decorator from a check that explains itself (run again only to word a refusal). */
function shapeValidator(name: string, check: ShapeCheck): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown, args: ValidationArguments) => check(value, args.property) === null,
        defaultMessage: (args: ValidationArguments) => check(args.value, args.property) ?? '',
      },
    });
}

/** Levels of arrays and objects in a JSON value (a scalar is 0, {} is 1); stops counting past `limit`. */
function depthOf(value: unknown, limit: number): number {
  if (typeof value !== 'object' || value === null) return 0;
  if (limit <= 0) return 1;
  let deepest = 0;
  for (const entry of Object.values(value)) deepest = Math.max(deepest, depthOf(entry, limit - 1));
  return 1 + deepest;
}

/**
 * A free-form JSON object (e.g. an application's content, kept in the case file and its history):
 * at most `maxDepth` levels of objects and arrays counting itself, and at most `maxBytes` as UTF-8 JSON.
 */
export function IsBoundedJson({
  maxDepth,
  maxBytes,
}: {
  maxDepth: number;
  maxBytes: number;
}): PropertyDecorator {
  return shapeValidator('isBoundedJson', (value, field) => {
    if (!isPlainObject(value)) return `${field} must be an object with the fields, e.g. {"summary": "…"}`;
    if (depthOf(value, maxDepth) > maxDepth) {
      return `${field} may nest objects and lists at most ${maxDepth} levels deep`;
    }
    const bytes = Buffer.byteLength(JSON.stringify(value));
    if (bytes > maxBytes) return `${field} may be at most ${maxBytes} bytes as JSON (it is ${bytes})`;
    return null;
  });
}

/** Item code → number, e.g. scores {"A-01": 8}; every value a finite number, at most `maxEntries` items. */
export function IsNumberMap({ maxEntries }: { maxEntries: number }): PropertyDecorator {
  return shapeValidator('isNumberMap', (value, field) => {
    if (!isPlainObject(value)) return `${field} must be an object keyed by item code, e.g. {"A-01": 8}`;
    const entries = Object.entries(value);
    if (entries.length > maxEntries) return `${field} may hold at most ${maxEntries} items`;
    const bad = entries.find(([, entry]) => typeof entry !== 'number' || !Number.isFinite(entry));
    return bad === undefined ? null : `${field}.${bad[0]} must be a number, e.g. 8 or 4.5`;
  });
}

/**
 * Item code → list of references, e.g. evidence {"A-01": ["file:ledger-2026.pdf"]}: at most
 * `maxEntries` items, each a list of at most `maxPerItem` strings of at most `maxLength` characters.
 */
export function IsReferenceLists(bounds: {
  maxEntries: number;
  maxPerItem: number;
  maxLength: number;
}): PropertyDecorator {
  const { maxEntries, maxPerItem, maxLength } = bounds;
  return shapeValidator('isReferenceLists', (value, field) => {
    const example = `e.g. {"A-01": ["file:ledger-2026.pdf"]}`;
    if (!isPlainObject(value))
      return `${field} must be an object keyed by item code with lists of references, ${example}`;
    const entries = Object.entries(value);
    if (entries.length > maxEntries) return `${field} may hold at most ${maxEntries} items`;
    for (const [code, list] of entries) {
      const fits =
        Array.isArray(list) &&
        list.length <= maxPerItem &&
        list.every((reference) => typeof reference === 'string' && reference.length <= maxLength);
      if (!fits) {
        return `${field}.${code} must be a list of at most ${maxPerItem} references of at most ${maxLength} characters, ${example}`;
      }
    }
    return null;
  });
}
