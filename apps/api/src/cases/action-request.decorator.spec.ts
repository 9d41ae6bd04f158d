import { DomainError, DomainErrorCode } from '@app/domain';
import { idempotencyKey, prefers, READ_YOUR_WRITES, requestFingerprint } from './action-request.decorator';

describe('prefers: reading a Prefer header', () => {
  it.each([
    ['read-your-writes', true],
    ['Read-Your-Writes', true],
    ['respond-async, read-your-writes', true],
    ['return=minimal,read-your-writes; strict', true],
    ['return=representation', false],
    ['read-your-writes-later', false],
    ['', false],
  ])('should find read-your-writes in %j: %s', (header, expected) => {
    expect(prefers(header, READ_YOUR_WRITES)).toBe(expected);
  });

  it('should find nothing when the header is absent', () => {
    expect(prefers(undefined, READ_YOUR_WRITES)).toBe(false);
  });
});

describe('idempotencyKey: reading an Idempotency-Key header', () => {
  it.each([
    ['8e03978e-40d5-43e8-bc93-6894a57f9324', '8e03978e-40d5-43e8-bc93-6894a57f9324'],
    ['"8e03978e-40d5-43e8-bc93-6894a57f9324"', '8e03978e-40d5-43e8-bc93-6894a57f9324'],
    ['"clkyoesmbgybucifusbbtdsbohtyuuwz"', 'clkyoesmbgybucifusbbtdsbohtyuuwz'],
    [' c01-application-1 ', 'c01-application-1'],
    ['a:b.c_d-e', 'a:b.c_d-e'],
  ])('should read %j as the key %j', (header, key) => {
    expect(idempotencyKey(header)).toBe(key);
  });

  it.each([
    ['short'],
    ['x'.repeat(101)],
    ['has space in it'],
    ['"unterminated'],
    ['"two", "keys-given"'],
    ['key-0001, key-0002'],
    ['"quoted\\"quote"'],
    ['ключ-идемпотентности'],
    ['"8e03978e";param=1'],
    [''],
  ])('should refuse %j with 400 naming the header', (header) => {
    let caught: unknown;
    try {
      idempotencyKey(header);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect((caught as DomainError).code).toBe(DomainErrorCode.INVALID_REQUEST);
    expect((caught as DomainError).details).toEqual({
      problems: [
        { field: 'Idempotency-Key', message: 'expected 8 to 100 of A-Z a-z 0-9 _ : . -, bare or "quoted"' },
      ],
    });
  });

  it('should read no key when the header is absent', () => {
    expect(idempotencyKey(undefined)).toBeUndefined();
  });
});

describe('requestFingerprint: what makes two keyed requests the same', () => {
  const path = '/campaigns/p/cases/c-01/checks';

  it('should be the same for the same body with its keys in another order', () => {
    expect(requestFingerprint(path, { scores: { 'A-01': 10, 'A-02': 5 }, findings: '' })).toBe(
      requestFingerprint(path, { findings: '', scores: { 'A-02': 5, 'A-01': 10 } }),
    );
  });

  it('should differ when a value, the action or the case differs', () => {
    const first = requestFingerprint(path, { scores: { 'A-01': 10 } });

    expect(requestFingerprint(path, { scores: { 'A-01': 9 } })).not.toBe(first);
    expect(requestFingerprint('/campaigns/p/cases/c-01/self-check', { scores: { 'A-01': 10 } })).not.toBe(
      first,
    );
    expect(requestFingerprint('/campaigns/p/cases/c-02/checks', { scores: { 'A-01': 10 } })).not.toBe(first);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
  });
});
