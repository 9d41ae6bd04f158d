import { canonicalJson } from './canonical-json';

describe(canonicalJson.name, () => {
  it('should write the same text when the same keys were inserted in another order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: 'x' } })).toBe(
      canonicalJson({ a: { c: 'x', d: [1, 2] }, b: 1 }),
    );
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: 'x' } })).toBe('{"a":{"c":"x","d":[1,2]},"b":1}');
  });

  it('should keep array order when the items are the same but ordered differently', () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });

  it('should drop undefined members and write null in arrays when a value has no JSON form', () => {
    expect(canonicalJson({ a: undefined, b: null, c: [undefined, () => 1] })).toBe(
      '{"b":null,"c":[null,null]}',
    );
  });

  it('should follow JSON.stringify for strings, dates and numbers when they need escaping or converting', () => {
    const at = new Date('2026-03-01T08:00:00Z');
    expect(canonicalJson({ s: '社区 "甲"\n', at, n: 1.5, inf: Infinity })).toBe(
      `{"at":"2026-03-01T08:00:00.000Z","inf":null,"n":1.5,"s":${JSON.stringify('社区 "甲"\n')}}`,
    );
  });

  it('should write null when the value is undefined at the top level', () => {
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('should write a bigint as a decimal string when one is present', () => {
    expect(canonicalJson({ big: 12345678901234567890n })).toBe('{"big":"12345678901234567890"}');
  });
});
