/**
 * JSON with object keys in a stable (code-unit) order, so equal data always hashes the same whatever
 * order its keys were built in. Follows JSON.stringify otherwise: toJSON is honoured, undefined and
 * functions are dropped from objects (null in arrays), non-finite numbers become null; a bigint is
 * written as a decimal string.
 */
export function canonicalJson(value: unknown): string {
  return serialise(value) ?? 'null';
}

function serialise(value: unknown): string | undefined {
  if (value === null) return 'null';
  if (hasToJson(value)) return serialise(value.toJSON());
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'bigint':
      return JSON.stringify(value.toString());
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
    case 'object':
      return Array.isArray(value) ? serialiseArray(value) : serialiseObject(value as Record<string, unknown>);
  }
}

function serialiseArray(items: unknown[]): string {
  return `[${items.map((item) => serialise(item) ?? 'null').join(',')}]`;
}

function serialiseObject(object: Record<string, unknown>): string {
  const members: string[] = [];
  for (const key of Object.keys(object).sort()) {
    const text = serialise(object[key]);
    if (text !== undefined) members.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${members.join(',')}}`;
}

function hasToJson(value: unknown): value is { toJSON(): unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  );
}
