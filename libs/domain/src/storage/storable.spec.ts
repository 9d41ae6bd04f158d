import { DomainError, DomainErrorCode } from '../errors/domain-error';
import {
  assertStorable,
  instantProblem,
  LATEST_STORABLE_INSTANT,
  STORABLE_LIMITS,
  storableProblems,
} from './storable';

function nested(levels: number): unknown {
  let value: unknown = '底';
  for (let level = 0; level < levels; level += 1) value = { inner: value };
  return value;
}

describe(storableProblems.name, () => {
  it('should find nothing when a command holds ordinary Chinese text, numbers and lists', () => {
    expect(
      storableProblems({
        content: { summary: '平安社区创建申报 😀', items: ['一', '二'], count: 3 },
        scores: { 'A-01': 9.5 },
        actor: { userId: 'u-1', role: 'COMMUNITY', displayName: '王主任' },
      }),
    ).toEqual([]);
  });

  it('should name every field with a NUL or a lone surrogate, in arrays and nested objects too', () => {
    expect(
      storableProblems({
        content: { summary: 'a\u0000b', notes: ['ok', 'x\uD800'] },
        findings: ['\uDC00y'],
        actor: { displayName: '王\u0000' },
      }),
    ).toEqual([
      { field: 'content.summary', message: expect.stringContaining('NUL character (U+0000)') as string },
      { field: 'content.notes[1]', message: expect.stringContaining('lone UTF-16 surrogate') as string },
      { field: 'findings[0]', message: expect.stringContaining('lone UTF-16 surrogate') as string },
      { field: 'actor.displayName', message: expect.stringContaining('NUL character') as string },
    ]);
  });

  it('should refuse a NUL in a field name, and a number that JSON cannot carry', () => {
    expect(storableProblems({ content: { 'a\u0000': 1, n: Number.NaN, m: Infinity } })).toEqual([
      {
        field: 'content.a\u0000',
        message: expect.stringContaining('the name of this field contains a NUL') as string,
      },
      { field: 'content.n', message: 'must be a finite number' },
      { field: 'content.m', message: 'must be a finite number' },
    ]);
  });

  it('should refuse nesting deeper than the bound, once, at the level where it goes too deep', () => {
    expect(storableProblems({ content: nested(STORABLE_LIMITS.maxDepth - 2) })).toEqual([]);
    const deep = storableProblems({ content: nested(5_000) });
    expect(deep).toEqual([
      {
        field: `content${'.inner'.repeat(STORABLE_LIMITS.maxDepth - 1)}`,
        message: `is nested more than ${STORABLE_LIMITS.maxDepth} levels deep`,
      },
    ]);
  });

  it('should refuse a command larger than the bound as JSON', () => {
    expect(storableProblems({ content: { text: '字'.repeat(STORABLE_LIMITS.maxJsonLength) } })).toEqual([
      { field: '(body)', message: 'is 257 KiB as JSON; at most 256 KiB' },
    ]);
  });
});

describe(assertStorable.name, () => {
  it('should throw VALIDATION_FAILED with the problems when something cannot be stored', () => {
    let error: unknown;
    try {
      assertStorable({ reason: '撤\u0000销' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(DomainErrorCode.VALIDATION_FAILED);
    expect((error as DomainError).details).toEqual({
      problems: [{ field: 'reason', message: expect.stringContaining('NUL') as string }],
    });
  });
});

describe(instantProblem.name, () => {
  it('should accept the last instant of 9999 and refuse the first of 10000', () => {
    expect(instantProblem('newDueAt', LATEST_STORABLE_INSTANT)).toBeNull();
    expect(instantProblem('newDueAt', LATEST_STORABLE_INSTANT + 1)).toEqual({
      field: 'newDueAt',
      message: 'must be before the year 10000 (9999-12-31T23:59:59.999Z at the latest)',
    });
  });
});
