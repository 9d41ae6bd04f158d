/** A JSON token written as it is: numbers JSON.stringify cannot produce (1e400, 9007199254740993, -0). */
export class RawJson {
  constructor(readonly text: string) {}
}

/** JSON text of a value whose leaves may be RawJson tokens. */
export function jsonText(value: unknown): string {
  const tokens: string[] = [];
  const text = JSON.stringify(value, (_key, entry: unknown) => {
    if (!(entry instanceof RawJson)) return entry;
    tokens.push(entry.text);
    return `\u0001raw${tokens.length - 1}\u0001`;
  });
  // JSON.stringify escapes \u0001, so a marker can only be one of ours.
  return text.replace(/"\\u0001raw(\d+)\\u0001"/g, (_match, index: string) => tokens[Number(index)]);
}

/** Strings the API must refuse wherever they appear (a body's keys or values): NUL and lone surrogates. */
export const REFUSED_STRINGS = ['a\u0000b', '\u0000', '\ud800', 'x\udc00y', 'end\ud83d', '\udfff\ud800'];

/** Strings that are odd but well-formed: the API may take them or refuse them, never with a 5xx. */
export const ODD_STRINGS = [
  '',
  ' ',
  '平安社区',
  '😀',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '%00',
  '\\u0000',
  'null',
  '__proto__',
  'constructor',
  'x'.repeat(5000),
  '\t\n\r',
  '\u202e',
  '\ufeff',
  '\ufffd',
  '１２３',
  '2026-02-30T25:61:00Z',
];

/** JSON values of every type and edge, for a field of any type. */
export const ODD_JSON_VALUES: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  0.5,
  1e308,
  -1e308,
  new RawJson('1e400'),
  new RawJson('9007199254740993'),
  new RawJson('-0'),
  [],
  {},
  [null],
  { '': '' },
];

/** Numbers that break naive parsing: overflow, rounding, signs, exponents. */
export const HOSTILE_NUMBER_TEXTS = [
  '1e20',
  '9007199254740993',
  '-1',
  '0x10',
  '1.5',
  '',
  ' 1',
  'NaN',
  'Infinity',
  '1e400',
  '00000000000000000001',
];

/** Percent-encoded path or query text the API must refuse: NUL, bytes that are not UTF-8, malformed escapes. */
export const REFUSED_ENCODED = ['%00', 'a%00b', '%ED%A0%80', '%E5%B9', '%C0%AF', '%FF', 'caf%E9'];

/** Percent-encoded text that is well-formed but odd. */
export const ODD_ENCODED = [
  '%E5%B9%B3%E5%AE%89',
  '%F0%9F%98%80',
  '%25',
  '..',
  '%2e%2e',
  '%20',
  '%2F',
  'x'.repeat(100),
  '-',
];

/** Bodies that are not a JSON object, or not JSON at all. */
export const REFUSED_JSON_TEXTS = [
  'null',
  '[]',
  '"x"',
  '1',
  '[{}]',
  '{',
  '{"a":1,}',
  '{"a":"\\x"}',
  "{'a':1}",
  '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{"admin":true}}}',
  '\ufeff{"a":',
];

/** Content types a JSON endpoint must answer 415 (or, without a boundary, 400). */
export const REFUSED_CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=XX',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/merge-patch+json',
  'application/xml',
  'application/json garbage',
  '',
];

/** Array nesting of the given depth around a value. */
export function nested(depth: number, inner: unknown = 1): unknown {
  let value = inner;
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
}
