import { CheckpointSigner, signedText } from './audit-checkpoint';
import { HeadEvidence, verifyHead } from './verify-head';

const signer = new CheckpointSigner('k'.repeat(32));
const hashOf = (index: number) => String(index).repeat(64).slice(0, 64);
const link = (index: number) => ({ chainIndex: index, hash: hashOf(index) });
const signed = (index: number, hash = hashOf(index)) => ({
  ...signer.sign({ campaignId: 'c-1', chainIndex: index, hash }),
  signedAt: '2026-12-01T00:00:00.000Z',
});
const evidence = (overrides: Partial<HeadEvidence>): HeadEvidence => ({
  lastLink: link(5),
  signedHead: signed(5),
  anchor: null,
  hashesAtAnchors: new Map(),
  ...overrides,
});
const reasons = (evidence: HeadEvidence) =>
  verifyHead(evidence, signer).problems.map((p) => [p.reason, p.message]);

describe(CheckpointSigner.name, () => {
  it('should sign the versioned text of the head and check it, with a key id that is not the key', () => {
    const head = signer.sign({ campaignId: 'c-1', chainIndex: 5, hash: hashOf(5) });
    expect(signedText(head)).toBe(`chuangjian-audit-head/v1\nc-1\n5\n${hashOf(5)}`);
    expect(head.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(head.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(signer.check(head)).toBe('VALID');
    expect(signer.check({ ...head, chainIndex: 4 })).toBe('INVALID');
    expect(signer.check({ ...head, signature: 'ab' })).toBe('INVALID');
  });

  it('should still check heads signed with a previous key after a rotation, and not with an unknown one', () => {
    const old = new CheckpointSigner('o'.repeat(32));
    const rotated = new CheckpointSigner('n'.repeat(32), ['o'.repeat(32)]);
    const head = old.sign({ campaignId: 'c-1', chainIndex: 1, hash: hashOf(1) });
    expect(rotated.check(head)).toBe('VALID');
    expect(signer.check(head)).toBe('UNKNOWN_KEY');
  });
});

describe(verifyHead.name, () => {
  it('should hold when the last link is the signed head, and for an empty chain without one', () => {
    expect(verifyHead(evidence({}), signer)).toEqual({
      ok: true,
      lastLink: link(5),
      signedHead: { ...link(5), signedAt: '2026-12-01T00:00:00.000Z', signature: 'VALID' },
      anchoredHead: null,
      problems: [],
    });
    expect(verifyHead(evidence({ lastLink: null, signedHead: null }), signer).ok).toBe(true);
  });

  it('should name the deleted links when the chain ends before its signed head', () => {
    expect(reasons(evidence({ lastLink: link(4) }))).toEqual([
      ['TRUNCATED', 'the chain ends at link 4 but its signed head is link 5: link 5 was deleted'],
    ]);
    expect(reasons(evidence({ lastLink: link(2) }))).toEqual([
      ['TRUNCATED', 'the chain ends at link 2 but its signed head is link 5: links 3–5 were deleted'],
    ]);
    expect(reasons(evidence({ lastLink: null }))).toEqual([
      ['TRUNCATED', 'the chain ends at link 0 but its signed head is link 5: links 1–5 were deleted'],
    ]);
  });

  it('should name links appended outside the application, a missing head, a forged one and a swapped last link', () => {
    expect(reasons(evidence({ lastLink: link(7) }))).toEqual([
      [
        'LINKS_AFTER_SIGNED_HEAD',
        'links 6–7 come after the signed head (link 5): added outside the application',
      ],
    ]);
    expect(reasons(evidence({ signedHead: null }))).toEqual([
      ['SIGNED_HEAD_MISSING', 'the chain has 5 links but no signed head: it was deleted'],
    ]);
    expect(
      reasons(evidence({ lastLink: link(4), signedHead: { ...signed(5), chainIndex: 4, hash: hashOf(4) } })),
    ).toEqual([
      [
        'SIGNED_HEAD_FORGED',
        'the signed head (link 4) is signed wrongly: it was written outside the application',
      ],
    ]);
    expect(reasons(evidence({ lastLink: { chainIndex: 5, hash: 'f'.repeat(64) } }))[0][0]).toBe(
      'HEAD_MISMATCH',
    );
  });

  it('should catch the database set back to an older signed head by the heads anchored in Temporal', () => {
    const anchor = {
      heads: [
        { ...link(5), anchoredAt: '2026-12-01T00:00:00.000Z' },
        { ...link(7), anchoredAt: '2026-12-01T00:01:00.000Z' },
      ],
      regressions: [],
    };
    // Links 6–7 deleted and the head of link 5 put back: the signed head agrees, the anchor does not.
    const setBack = evidence({ anchor, hashesAtAnchors: new Map([[5, hashOf(5)]]) });
    expect(reasons(setBack)).toEqual([
      [
        'BELOW_ANCHORED_HEAD',
        'Temporal anchored link 7 at 2026-12-01T00:01:00.000Z, but the chain ends at link 5: links were deleted and ' +
          'the signed head set back (e.g. from an older backup)',
      ],
    ]);
    const rewritten = evidence({
      lastLink: link(7),
      signedHead: signed(7),
      anchor,
      hashesAtAnchors: new Map([
        [5, 'e'.repeat(64)],
        [7, hashOf(7)],
      ]),
    });
    expect(reasons(rewritten)).toEqual([
      ['ANCHORED_LINK_DIFFERS', 'link 5 differs from the link Temporal anchored at 2026-12-01T00:00:00.000Z'],
    ]);
    const wentBack = evidence({
      anchor: {
        heads: [anchor.heads[0]],
        regressions: [{ anchored: anchor.heads[1], presented: link(5), at: 'T' }],
      },
      hashesAtAnchors: new Map([[5, hashOf(5)]]),
    });
    expect(reasons(wentBack)[0][0]).toBe('HEAD_WENT_BACK');
  });
});
