import { DomainError, DomainErrorCode } from '@app/domain';
import { JSON_MAX_DEPTH, readJsonBody } from './json-body';

function refusal(body: Buffer | string): DomainError {
  try {
    readJsonBody(Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'));
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the body to be refused');
}

const read = (text: string) => readJsonBody(Buffer.from(text, 'utf8'));

describe(readJsonBody.name, () => {
  it('should read an ordinary body, Chinese text and escaped surrogate pairs included', () => {
    expect(read('{"title":"平安社区","emoji":"\\ud83d\\ude00","n":[1,{"a":"\\\\u0000"}]}')).toEqual({
      title: '平安社区',
      emoji: '😀',
      n: [1, { a: '\\u0000' }],
    });
  });

  it('should read an empty body as no fields', () => {
    expect(readJsonBody(Buffer.alloc(0))).toEqual({});
  });

  it('should refuse 5,000 nested arrays before parsing them, naming the depth limit', () => {
    const error = refusal('['.repeat(5000) + ']'.repeat(5000));
    expect(error.code).toBe(DomainErrorCode.INVALID_REQUEST);
    expect(error.details.problems).toEqual([
      { field: 'body', message: `the body nests arrays and objects more than ${JSON_MAX_DEPTH} levels deep` },
    ]);
  });

  it('should take nesting up to the limit and refuse one level more', () => {
    const nested = (depth: number) => '{"a":'.repeat(depth - 1) + '{}' + '}'.repeat(depth - 1);
    expect(() => read(nested(JSON_MAX_DEPTH))).not.toThrow();
    expect(refusal(nested(JSON_MAX_DEPTH + 1)).code).toBe(DomainErrorCode.INVALID_REQUEST);
  });

  it('should not count brackets inside strings as nesting', () => {
    expect(read(`{"text":"${'['.repeat(100)}\\"${'{'.repeat(100)}"}`)).toEqual({
      text: `${'['.repeat(100)}"${'{'.repeat(100)}`,
    });
  });

  it.each([
    ['a NUL escape', '{"content":{"summary":"a\\u0000b"}}', 'content.summary', 'NUL'],
    ['a lone high surrogate', '{"title":"a\\ud800b"}', 'title', 'lone UTF-16 surrogate'],
    ['a lone low surrogate', '{"title":"\\uDC00"}', 'title', 'lone UTF-16 surrogate'],
    ['a high surrogate at the end', '{"title":"\\ud83d"}', 'title', 'lone UTF-16 surrogate'],
    ['two high surrogates', '{"reasons":["\\ud83d\\ud83d"]}', 'reasons.0', 'lone UTF-16 surrogate'],
    ['a NUL in a field name', '{"a\\u0000":1}', 'a\u0000', 'NUL'],
  ])('should refuse %s, naming the field', (_name, body, field, reason) => {
    const [problem] = refusal(body).details.problems as { field: string; message: string }[];
    expect(problem.field).toBe(field);
    expect(problem.message).toContain(reason);
  });

  it('should refuse bytes that are not UTF-8 rather than read them as U+FFFD', () => {
    const body = Buffer.concat([
      Buffer.from('{"title":"'),
      Buffer.from([0xed, 0xa0, 0x80]),
      Buffer.from('"}'),
    ]);
    expect(refusal(body).details.problems).toEqual([
      { field: 'body', message: 'the body is not valid UTF-8; send JSON encoded as UTF-8' },
    ]);
    expect(refusal(Buffer.from('{"title":"x"}', 'utf16le')).code).toBe(DomainErrorCode.INVALID_REQUEST);
  });

  it.each(['null', '[]', '"x"', '12', 'true'])(
    'should refuse %s at the top: every endpoint takes an object',
    (body) => {
      expect(refusal(body).details.problems).toEqual([
        { field: 'body', message: 'expected a JSON object, e.g. {"reason": "…"}' },
      ]);
    },
  );

  it.each(['{x', '{"a":1', '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{}}}'])(
    'should refuse %s as not JSON (malformed, or poisoning a prototype)',
    (body) => {
      const [problem] = refusal(body).details.problems as { field: string; message: string }[];
      expect(problem.field).toBe('body');
      expect(problem.message).toMatch(/^the body is not valid JSON: /);
    },
  );
});
