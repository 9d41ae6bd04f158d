import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { IdempotencyLedger, idempotentUpdateId, parseIdempotentUpdateId } from './idempotent-request';

const id = (callerId: string, key: string, fingerprint: string) =>
  idempotentUpdateId({ callerId, key, fingerprint });

describe(idempotentUpdateId.name, () => {
  it('should round-trip caller and key whatever characters they hold when parsed', () => {
    const updateId = id('u/1:北', 'a:b.c-d_e', 'f00d');

    expect(parseIdempotentUpdateId(updateId)).toEqual({
      scope: 'u%2F1%3A%E5%8C%97/a%3Ab.c-d_e',
      fingerprint: 'f00d',
    });
  });

  it('should read an Update id that carries no key as unkeyed', () => {
    expect(parseIdempotentUpdateId(undefined)).toBeNull();
    expect(parseIdempotentUpdateId('3f0c9b1e-2d4a-4f5e-9a7b-1c2d3e4f5a6b')).toBeNull();
    expect(parseIdempotentUpdateId('submitCheck:key-00001')).toBeNull();
  });
});

describe(IdempotencyLedger.name, () => {
  it('should let the same request through again and say it was accepted before', () => {
    const ledger = new IdempotencyLedger();
    ledger.remember(id('u-1', 'key-0001', 'aa'));

    expect(() => ledger.assertNotReused(id('u-1', 'key-0001', 'aa'))).not.toThrow();
    expect(ledger.hasAccepted(id('u-1', 'key-0001', 'aa'))).toBe(true);
  });

  it('should refuse the same key with a different request with IDEMPOTENCY_KEY_REUSED naming the header', () => {
    const ledger = new IdempotencyLedger();
    ledger.remember(id('u-1', 'key-0001', 'aa'));

    let caught: unknown;
    try {
      ledger.assertNotReused(id('u-1', 'key-0001', 'bb'));
    } catch (error) {
      caught = error;
    }

    expect(caught).toBeInstanceOf(DomainError);
    expect((caught as DomainError).code).toBe(DomainErrorCode.IDEMPOTENCY_KEY_REUSED);
    expect((caught as DomainError).message).toContain('Idempotency-Key key-0001 was already used');
    expect((caught as DomainError).details).toEqual({
      problems: [{ field: 'Idempotency-Key', message: 'already used for a different request on this case' }],
    });
    expect(ledger.hasAccepted(id('u-1', 'key-0001', 'bb'))).toBe(false);
  });

  it('should keep the keys of different callers apart when two send the same key', () => {
    const ledger = new IdempotencyLedger();
    ledger.remember(id('u-inspector-1', 'check-0001', 'aa'));

    expect(() => ledger.assertNotReused(id('u-inspector-2', 'check-0001', 'bb'))).not.toThrow();
    expect(ledger.hasAccepted(id('u-inspector-2', 'check-0001', 'bb'))).toBe(false);
  });

  it('should ignore unkeyed Updates', () => {
    const ledger = new IdempotencyLedger();
    ledger.remember(undefined);
    ledger.remember('plain-update-id');

    expect(() => ledger.assertNotReused('plain-update-id')).not.toThrow();
    expect(ledger.hasAccepted('plain-update-id')).toBe(false);
  });

  it('should forget the oldest key, not the newest, when more keys than it holds are used', () => {
    const ledger = new IdempotencyLedger(2);
    ledger.remember(id('u-1', 'key-0001', 'aa'));
    ledger.remember(id('u-1', 'key-0002', 'aa'));
    ledger.remember(id('u-1', 'key-0001', 'aa'));
    ledger.remember(id('u-1', 'key-0003', 'aa'));

    expect(ledger.hasAccepted(id('u-1', 'key-0001', 'aa'))).toBe(true);
    expect(ledger.hasAccepted(id('u-1', 'key-0002', 'aa'))).toBe(false);
    expect(ledger.hasAccepted(id('u-1', 'key-0003', 'aa'))).toBe(true);
  });
});
