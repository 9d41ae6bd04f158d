import fc from 'fast-check';
import { UserRole } from '@app/persistence';
import type { ApiOperation, Parameter, Schema } from '../support/openapi-operations';
import { Sender } from './fuzz-world';
import {
  HOSTILE_NUMBER_TEXTS,
  jsonText,
  ODD_ENCODED,
  ODD_JSON_VALUES,
  ODD_STRINGS,
  RawJson,
  REFUSED_CONTENT_TYPES,
  REFUSED_ENCODED,
  REFUSED_JSON_TEXTS,
  REFUSED_STRINGS,
} from './hostile-values';
import { schemaFields, SchemaField, schemaValue, wrongTypeFor } from './schema-values';

/** One generated request: who sends it, its path, query, headers and body, and what was done to it. */
export interface FuzzRequest {
  sender: Sender;
  /** Path parameter → its percent-encoded value. */
  path: Record<string, string>;
  /** The query string as sent, without "?". */
  query: string;
  /** Extra headers (values as Node sends them: one character per byte). */
  headers: Record<string, string>;
  body?: { contentType?: string; payload: string | Buffer };
  /** What was made hostile or odd, for the report. */
  notes: string[];
  /** Whether the request holds something the API must refuse, so it may not change anything. */
  refused: boolean;
}

/** A request being built: the body stays a JSON value (or raw text) until it is sent. */
interface Draft {
  sender: Sender;
  path: Record<string, string>;
  /** Query fragments as sent, e.g. "limit=20" (or anything odd, e.g. "a[b]=1"). */
  query: string[];
  headers: Record<string, string>;
  body?: { value?: unknown; raw?: string | Buffer; contentType?: string };
}

/** One change to a well-formed request, and whether it alone must make the API refuse. */
interface Mutation {
  note: string;
  refused: boolean;
  apply(draft: Draft): Draft;
}

type Resolve = (schema: Schema) => Schema;

/** Bytes of a Latin-1 string that are not UTF-8 (a header Node passes on, the API must refuse). */
const NOT_UTF8_HEADER = Buffer.from([0x61, 0xff, 0xfe, 0x62]).toString('latin1');

const mutation = (note: string, refused: boolean, apply: (draft: Draft) => Draft): Mutation => ({
  note,
  refused,
  apply,
});

/** A copy of `value` with `replacement` at `path` (objects made on the way where missing). */
export function withValueAt(value: unknown, path: string[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const base =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  const [head, ...rest] = path;
  return { ...base, [head]: withValueAt(base[head], rest, replacement) };
}

const setQuery = (draft: Draft, name: string, value: string): Draft => ({
  ...draft,
  query: [...draft.query.filter((fragment) => !fragment.startsWith(`${name}=`)), `${name}=${value}`],
});

const setBodyValue = (draft: Draft, path: string[], value: unknown): Draft => ({
  ...draft,
  body: { ...draft.body, value: withValueAt(draft.body?.value ?? {}, path, value) },
});

// Those who may write most things come up most often, so more requests get past the role check.
const senders: fc.Arbitrary<Sender> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Sender>(UserRole.ADMIN) },
  { weight: 3, arbitrary: fc.constant<Sender>(UserRole.ORGANIZER) },
  { weight: 2, arbitrary: fc.constant<Sender>(UserRole.COMMUNITY) },
  { weight: 2, arbitrary: fc.constant<Sender>(UserRole.INSPECTOR) },
  { weight: 1, arbitrary: fc.constant<Sender>(UserRole.OBSERVER) },
  { weight: 1, arbitrary: fc.constant<Sender>('ANONYMOUS') },
  { weight: 1, arbitrary: fc.constant<Sender>('FORGED_TOKEN') },
);

/**
 * A field of the body: a top-level one, or (half the time, where there is one) a field inside it, so
 * top-level fields — where a null or a wrong type does the most harm — come up as often as all nested ones.
 */
function fieldOf(fields: SchemaField[]): fc.Arbitrary<SchemaField> {
  if (fields.length === 0) return fc.constant({ path: ['zz'], schema: {} });
  const top = fields.filter((field) => field.path.length === 1);
  const inside = (parent: SchemaField) =>
    fields.filter((field) => field.path.length > 1 && field.path[0] === parent.path[0]);
  return fc.tuple(fc.constantFrom(...top), fc.boolean(), fc.nat()).map(([parent, descend, index]) => {
    const nested = inside(parent);
    return descend && nested.length > 0 ? nested[index % nested.length] : parent;
  });
}

// ---- the well-formed request: real ids, valid query values, ordinary headers, a schema-valid body ----

function validQueryValue(schema: Schema): fc.Arbitrary<string> {
  if (schema.enum !== undefined) return fc.constantFrom(...schema.enum.map(String));
  if (schema.type === 'integer') {
    const min = schema.minimum ?? 0;
    const max = schema.maximum ?? 1000;
    return fc.oneof(
      fc.integer({ min, max: Math.max(min, Math.min(max, min + 1000)) }).map(String),
      fc.constantFrom(String(min), String(max)),
    );
  }
  if (schema.type === 'boolean') return fc.constantFrom('true', 'false');
  return fc.string({ maxLength: 30, unit: 'grapheme' }).map(encodeURIComponent);
}

function wellFormed(
  operation: ApiOperation,
  resolve: Resolve,
  realIds: (name: string) => string[],
): fc.Arbitrary<Draft> {
  const pathValue = (parameter: Parameter) => {
    const real = realIds(parameter.name);
    return real.length > 0
      ? fc.constantFrom(...real).map(encodeURIComponent)
      : fc.stringMatching(/^[a-z0-9-]{1,24}$/);
  };
  const path = fc.tuple(...operation.path.map(pathValue));
  const query = fc.tuple(
    ...operation.query.map((parameter) =>
      fc.option(
        validQueryValue(parameter.schema).map((value) => `${parameter.name}=${value}`),
        {
          freq: 2,
          nil: undefined,
        },
      ),
    ),
  );
  const headers = fc.record(
    {
      'Idempotency-Key': fc.constantFrom('fuzz-key-0001', 'fuzz:key.0002'),
      Prefer: fc.constantFrom('read-your-writes', 'return=minimal'),
      'X-Request-Id': fc.constantFrom('fuzz-1', 'fuzz:2'),
      Accept: fc.constantFrom('application/json', '*/*', 'text/csv'),
    },
    { requiredKeys: [] },
  );
  const body: fc.Arbitrary<Draft['body']> =
    operation.body?.mediaType === 'application/json'
      ? schemaValue(operation.body.schema, resolve).map((value) => ({
          value,
          contentType: 'application/json',
        }))
      : operation.body?.mediaType === 'multipart/form-data'
        ? fc.constantFrom(...MULTIPART_BODIES).map(([contentType, raw]) => ({ contentType, raw }))
        : fc.constant(undefined);
  return fc
    .record({ sender: senders, path, query, headers, body })
    .map(({ sender, path: values, query: pairs, headers: given, body: generated }) => ({
      sender,
      path: Object.fromEntries(operation.path.map((parameter, index) => [parameter.name, values[index]])),
      query: pairs.filter((fragment): fragment is string => fragment !== undefined),
      headers: given,
      body: generated,
    }));
}

const CSV = Buffer.from('社区编码,称号,年度,证书编号\nfz-03,平安社区,2023,FZ-FUZZ\n');
const part = (name: string, filename: string, content: Buffer) =>
  Buffer.concat([
    Buffer.from(`--XX\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\n\r\n`),
    content,
  ]);
const END = Buffer.from('\r\n--XX--\r\n');

/** Uploads broken in their framing or their file: each must be refused, so no import ever runs. */
const MULTIPART_BODIES: [contentType: string, body: Buffer][] = [
  ['multipart/form-data', Buffer.concat([part('file', 'a.csv', CSV), END])],
  ['multipart/form-data; boundary=XX', part('file', 'a.csv', CSV)],
  ['multipart/form-data; boundary=XX', Buffer.from('--XX\r\nno headers here\r\n\r\n')],
  ['multipart/form-data; boundary=XX', Buffer.concat([part('other', 'a.csv', CSV), END])],
  ['multipart/form-data; boundary=YY', Buffer.concat([part('file', 'a.csv', CSV), END])],
  [
    'multipart/form-data; boundary=XX',
    Buffer.concat([part('file', 'a.xlsx', Buffer.from('PK\u0003\u0004garbage')), END]),
  ],
  ['multipart/form-data; boundary=XX', Buffer.from('--XX--\r\n')],
  ['application/json', Buffer.from('{"file":"x"}')],
  ['text/csv', CSV],
];

// ---- mutations: each one hostile (the API must refuse) or odd (it may take it, never with a 5xx) ----

function pathMutations(operation: ApiOperation): fc.Arbitrary<Mutation>[] {
  if (operation.path.length === 0) return [];
  const parameter = fc.constantFrom(...operation.path.map((one) => one.name));
  const onPath = (name: string, value: string, refused: boolean) =>
    mutation(`${name}=${value}`, refused, (draft) => ({ ...draft, path: { ...draft.path, [name]: value } }));
  return [
    fc
      .tuple(parameter, fc.constantFrom(...REFUSED_ENCODED))
      .map(([name, value]) => onPath(name, value, true)),
    // An unknown id should be a 404, but is not counted on to refuse (a verify may answer it).
    fc.tuple(parameter, fc.constantFrom(...ODD_ENCODED)).map(([name, value]) => onPath(name, value, false)),
    fc
      .tuple(parameter, fc.stringMatching(/^[a-z0-9-]{1,24}$/))
      .map(([name, value]) => onPath(name, value, false)),
  ];
}

function queryMutations(operation: ApiOperation): fc.Arbitrary<Mutation>[] {
  const names = ['zz', ...operation.query.map((parameter) => parameter.name)];
  const name = fc.constantFrom(...names);
  const integers = operation.query
    .filter((parameter) => parameter.schema.type === 'integer')
    .map((one) => one.name);
  const mutations = [
    fc
      .tuple(name, fc.constantFrom(...REFUSED_ENCODED))
      .map(([given, value]) => mutation(`${given}=${value}`, true, (draft) => setQuery(draft, given, value))),
    fc
      .tuple(name, fc.constantFrom(...ODD_STRINGS))
      .map(([given, value]) =>
        mutation(`${given}=${JSON.stringify(value).slice(0, 40)}`, false, (draft) =>
          setQuery(draft, given, encodeURIComponent(value)),
        ),
      ),
    fc
      .constantFrom('limit=1&limit=2', 'a[b]=1', '=1', '&&', 'zz')
      .map((raw) => mutation(`query ${raw}`, false, (draft) => ({ ...draft, query: [...draft.query, raw] }))),
  ];
  if (integers.length > 0) {
    mutations.push(
      fc.tuple(fc.constantFrom(...integers), fc.constantFrom(...HOSTILE_NUMBER_TEXTS)).map(([given, value]) =>
        // Refused by every integer parameter: not plain digits, or out of its range.
        mutation(`${given}=${value}`, value !== '00000000000000000001', (draft) =>
          setQuery(draft, given, encodeURIComponent(value)),
        ),
      ),
    );
  }
  return mutations;
}

function headerMutations(): fc.Arbitrary<Mutation>[] {
  const header = (name: string, value: string, refused: boolean) =>
    mutation(`${name}: ${JSON.stringify(value).slice(0, 40)}`, refused, (draft) => ({
      ...draft,
      headers: { ...draft.headers, [name]: value },
    }));
  return [
    fc
      .constantFrom('X-Fuzz', 'X-Request-Id', 'Prefer', 'Idempotency-Key', 'User-Agent')
      .map((name) => header(name, NOT_UTF8_HEADER, true)),
    fc
      .constantFrom<[string, string]>(
        ['Idempotency-Key', ''],
        ['Idempotency-Key', 'short'],
        ['Idempotency-Key', 'x'.repeat(300)],
        ['Idempotency-Key', 'bad key'],
        ['Prefer', ';;;'],
        ['Prefer', 'read-your-writes;q=2, wait=1'],
        ['X-Request-Id', 'x'.repeat(300)],
        ['X-Request-Id', 'a b'],
        ['Authorization', 'Bearer'],
        ['Authorization', 'Basic eDp4'],
        ['Authorization', `Bearer ${'x'.repeat(5000)}`],
        ['Accept', 'application/xml'],
        ['Content-Encoding', 'gzip'],
      )
      .map(([name, value]) => header(name, value, false)),
  ];
}

function bodyMutations(operation: ApiOperation, resolve: Resolve): fc.Arbitrary<Mutation>[] {
  const withBody = (note: string, refused: boolean, body: Draft['body']) =>
    mutation(note, refused, (draft) => ({ ...draft, body }));
  if (operation.body?.mediaType !== 'application/json') {
    if (operation.body !== undefined) return [];
    // No body is expected: one sent anyway is read (and ignored) only when it is well-formed JSON.
    return [
      fc
        .constantFrom(...REFUSED_CONTENT_TYPES)
        .map((contentType) =>
          withBody(`Content-Type: ${contentType || '(none)'}`, true, { contentType, raw: 'x' }),
        ),
      fc.constant(
        withBody('NUL in a body', true, { contentType: 'application/json', raw: '{"a":"\\u0000"}' }),
      ),
      fc.constant(withBody('empty JSON body', false, { contentType: 'application/json', value: {} })),
    ];
  }
  const fields = schemaFields(operation.body.schema, resolve);
  const field = fieldOf(fields);
  const name = (chosen: SchemaField) => chosen.path.join('.');
  const typed = (chosen: SchemaField) => chosen.schema.type !== undefined || chosen.schema.enum !== undefined;
  return [
    fc
      .tuple(field, fc.constantFrom(...REFUSED_STRINGS))
      .map(([chosen, text]) =>
        mutation(`${name(chosen)}=${JSON.stringify(text)}`, true, (draft) =>
          setBodyValue(draft, chosen.path, text),
        ),
      ),
    fc
      .constantFrom(...REFUSED_STRINGS)
      .map((text) =>
        mutation(`field name ${JSON.stringify(text)}`, true, (draft) => setBodyValue(draft, [text], 'x')),
      ),
    fc
      .tuple(field, fc.integer({ min: 33, max: 6000 }))
      .map(([chosen, depth]) =>
        mutation(`${name(chosen)} nested ${depth} deep`, true, (draft) =>
          setBodyValue(draft, chosen.path, new RawJson('['.repeat(depth) + ']'.repeat(depth))),
        ),
      ),
    field.map((chosen) =>
      mutation(`${name(chosen)}=null`, chosen.schema.nullable !== true, (draft) =>
        setBodyValue(draft, chosen.path, null),
      ),
    ),
    field.map((chosen) => {
      const wrong = wrongTypeFor(chosen.schema);
      return mutation(`${name(chosen)}=${JSON.stringify(wrong)} (wrong type)`, typed(chosen), (draft) =>
        setBodyValue(draft, chosen.path, wrong),
      );
    }),
    fc.constant(mutation('unknown field zzUnknown', true, (draft) => setBodyValue(draft, ['zzUnknown'], 1))),
    fc
      .tuple(field, fc.constantFrom(...ODD_JSON_VALUES, ...ODD_STRINGS))
      .map(([chosen, odd]) =>
        mutation(`${name(chosen)}=${jsonText(odd).slice(0, 40)}`, false, (draft) =>
          setBodyValue(draft, chosen.path, odd),
        ),
      ),
    fc
      .constantFrom(...REFUSED_JSON_TEXTS)
      .map((text) =>
        mutation(`body ${text}`, true, (draft) => ({ ...draft, body: { ...draft.body, raw: text } })),
      ),
    fc.constantFrom(...REFUSED_CONTENT_TYPES).map((contentType) =>
      mutation(`Content-Type: ${contentType || '(none)'}`, true, (draft) => ({
        ...draft,
        body: { ...draft.body, contentType },
      })),
    ),
    fc.constantFrom<BufferEncoding>('utf16le', 'latin1').map((encoding) =>
      mutation(`body in ${encoding}`, true, (draft) => ({
        ...draft,
        body: {
          ...draft.body,
          raw: Buffer.from(jsonText(withValueAt(draft.body?.value, ['zz'], 'café 平安')), encoding),
        },
      })),
    ),
  ];
}

/** The request as sent: the body's value written as JSON text unless raw text replaced it. */
function finished(draft: Draft, applied: Mutation[]): FuzzRequest {
  const { body } = draft;
  return {
    sender: draft.sender,
    path: draft.path,
    query: draft.query.join('&'),
    headers: draft.headers,
    body:
      body === undefined
        ? undefined
        : { contentType: body.contentType || undefined, payload: body.raw ?? jsonText(body.value ?? {}) },
    notes: applied.map((one) => one.note),
    refused: applied.some((one) => one.refused),
  };
}

/**
 * Requests for one operation: a well-formed request from its schemas (real ids, boundary values), sent
 * by every kind of sender, with one or two hostile or odd changes. Unless `mayChangeState`, a request
 * to anything but a GET always holds at least one change the API must refuse, so none of them may
 * change state (a GET may also go out as generated). With `mayChangeState` the changes are only odd
 * ones (huge numbers, odd strings, unknown ids), so requests reach the rules behind validation and
 * may be accepted: run those last, on state nobody checks afterwards.
 */
export function fuzzRequests(
  operation: ApiOperation,
  resolve: Resolve,
  realIds: (parameter: string) => string[],
  { mayChangeState }: { mayChangeState: boolean } = { mayChangeState: false },
): fc.Arbitrary<FuzzRequest> {
  const all = [
    ...pathMutations(operation),
    ...queryMutations(operation),
    ...headerMutations(),
    ...bodyMutations(operation, resolve),
  ];
  const any = fc.oneof(...all);
  const refusing = any.filter((one) => one.refused);
  const mutations = mayChangeState
    ? fc.array(
        any.filter((one) => !one.refused),
        { maxLength: 2 },
      )
    : operation.method === 'get'
      ? fc.array(any, { maxLength: 2 })
      : fc
          .tuple(fc.option(any, { nil: undefined }), refusing)
          // The refusing change goes last, so no other change undoes it (replaces the body, say).
          .map(([first, last]) => (first === undefined ? [last] : [first, last]));
  return fc.tuple(wellFormed(operation, resolve, realIds), mutations).map(([draft, applied]) =>
    finished(
      applied.reduce((built, one) => one.apply(built), draft),
      applied,
    ),
  );
}
