import { AuditLinkFields, auditLinkHash, GENESIS_HASH, payloadDigest, sha256Hex } from './audit-hash';

const link: AuditLinkFields = {
  campaignId: 'demo-2026-pingan',
  chainIndex: 1,
  workflowId: 'case:demo-2026-pingan:c-01',
  communityId: 'c-01',
  seq: 1,
  actorId: 'u-1',
  actorRole: 'COMMUNITY',
  actorName: '王主任',
  action: 'SUBMIT_APPLICATION',
  stageBefore: 'INVITED',
  stageAfter: 'APPLIED',
  payloadDigest: payloadDigest({ content: { summary: '平安社区创建申报' } }),
  at: '2026-03-01T08:00:00.000Z',
  prevHash: GENESIS_HASH,
};

describe('audit hashing', () => {
  it('should give the known SHA-256 when hashing a known text', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('should start every chain with 64 zeros when there is no previous link', () => {
    expect(GENESIS_HASH).toMatch(/^0{64}$/);
  });

  it('should digest equal payloads equally when their keys are ordered differently', () => {
    expect(payloadDigest({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(
      payloadDigest({ b: [1, { d: 3, c: 2 }], a: 1 }),
    );
    expect(payloadDigest(undefined)).toBe(payloadDigest(null));
    expect(payloadDigest({ a: 1 })).toMatch(/^[0-9a-f]{64}$/);
  });

  it('should be stable when the same fields are hashed again', () => {
    expect(auditLinkHash({ ...link })).toBe(auditLinkHash(link));
    expect(auditLinkHash(link)).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each<[keyof AuditLinkFields, unknown]>([
    ['campaignId', 'other'],
    ['chainIndex', 2],
    ['workflowId', null],
    ['communityId', 'c-02'],
    ['seq', 2],
    ['actorId', 'u-2'],
    ['actorRole', 'ORGANIZER'],
    ['actorName', '李主任'],
    ['action', 'WITHDRAW'],
    ['stageBefore', null],
    ['stageAfter', 'RETURNED'],
    ['payloadDigest', payloadDigest({})],
    ['at', '2026-03-01T08:00:00.001Z'],
    ['prevHash', 'f'.repeat(64)],
  ])('should change the hash when %s changes', (field, value) => {
    expect(auditLinkHash({ ...link, [field]: value })).not.toBe(auditLinkHash(link));
  });

  it('should tell a null seq from seq 0 when hashing', () => {
    expect(auditLinkHash({ ...link, seq: null })).not.toBe(auditLinkHash({ ...link, seq: 0 }));
  });
});
