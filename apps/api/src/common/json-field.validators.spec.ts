import { validateSync } from 'class-validator';
import { IsBoundedJson, IsNumberMap, IsReferenceLists } from './json-field.validators';
import { IsOmittable } from './omittable.decorator';

class Submission {
  @IsBoundedJson({ maxDepth: 3, maxBytes: 64 })
  content: unknown = {};

  @IsNumberMap({ maxEntries: 3 })
  scores: unknown = {};

  @IsOmittable()
  @IsReferenceLists({ maxEntries: 2, maxPerItem: 2, maxLength: 5 })
  evidence?: unknown;
}

function problems(fields: Partial<Submission>): string[] {
  const submission = Object.assign(new Submission(), fields);
  return validateSync(submission).flatMap((error) => Object.values(error.constraints ?? {}));
}

describe(IsBoundedJson.name, () => {
  it('should take an object within the depth and size', () => {
    expect(problems({ content: { a: { b: ['x'] } } })).toEqual([]);
  });

  it('should refuse deeper nesting, a larger object, and anything but an object', () => {
    expect(problems({ content: { a: { b: [['x']] } } })).toEqual([
      'content may nest objects and lists at most 3 levels deep',
    ]);
    expect(problems({ content: { a: 'x'.repeat(100) } })).toEqual([
      'content may be at most 64 bytes as JSON (it is 108)',
    ]);
    for (const content of [null, [], 'text', 3]) {
      expect(problems({ content })).toEqual([
        'content must be an object with the fields, e.g. {"summary": "…"}',
      ]);
    }
  });
});

describe(IsNumberMap.name, () => {
  it('should take numbers keyed by item code and name the first key that is not a number', () => {
    expect(problems({ scores: { 'A-01': 8, 'A-02': 4.5 } })).toEqual([]);
    expect(problems({ scores: { 'A-01': 8, 'A-02': '4' } })).toEqual([
      'scores.A-02 must be a number, e.g. 8 or 4.5',
    ]);
    expect(problems({ scores: { 'A-01': { deep: [1] } } })).toEqual([
      'scores.A-01 must be a number, e.g. 8 or 4.5',
    ]);
    expect(problems({ scores: { a: 1, b: 2, c: 3, d: 4 } })).toEqual(['scores may hold at most 3 items']);
    expect(problems({ scores: null })).toEqual([
      'scores must be an object keyed by item code, e.g. {"A-01": 8}',
    ]);
  });
});

describe(IsReferenceLists.name, () => {
  it('should take lists of short references, may be left out, and refuse null and other shapes', () => {
    expect(problems({ evidence: { 'A-01': ['f.pdf'] } })).toEqual([]);
    expect(problems({})).toEqual([]);
    const shape = 'e.g. {"A-01": ["file:ledger-2026.pdf"]}';
    expect(problems({ evidence: null })).toEqual([
      `evidence must be an object keyed by item code with lists of references, ${shape}`,
    ]);
    for (const list of ['f.pdf', ['toolong'], ['a', 'b', 'c'], [{ deep: [] }]]) {
      expect(problems({ evidence: { 'A-01': list } })).toEqual([
        `evidence.A-01 must be a list of at most 2 references of at most 5 characters, ${shape}`,
      ]);
    }
  });
});
