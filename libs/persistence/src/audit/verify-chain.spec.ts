import { AuditLink, AuditLinkFields, auditLinkHash, GENESIS_HASH, payloadDigest } from './audit-hash';
import { verifyChain } from './verify-chain';

/** A well-formed chain of n links for one campaign, hashed the way the writer hashes them. */
function chain(length: number): AuditLink[] {
  const links: AuditLink[] = [];
  for (let i = 1; i <= length; i++) {
    const fields: AuditLinkFields = {
      campaignId: 'cmp-1',
      chainIndex: i,
      workflowId: null,
      communityId: null,
      seq: null,
      actorId: 'u-1',
      actorRole: 'ORGANIZER',
      actorName: '组织方',
      action: `ACT_${i}`,
      stageBefore: null,
      stageAfter: null,
      payloadDigest: payloadDigest({ i }),
      at: new Date(Date.UTC(2026, 2, 1, 8, 0, i)).toISOString(),
      prevHash: i === 1 ? GENESIS_HASH : links[i - 2].hash,
    };
    links.push({ ...fields, id: 100 + i, hash: auditLinkHash(fields) });
  }
  return links;
}

describe(verifyChain.name, () => {
  it('should report ok and every link checked when the chain is intact', () => {
    expect(verifyChain(chain(5))).toEqual({ ok: true, checked: 5, firstBrokenLink: null });
  });

  it('should report ok with nothing checked when the campaign has no links', () => {
    expect(verifyChain([])).toEqual({ ok: true, checked: 0, firstBrokenLink: null });
  });

  it('should name the edited link with a hash mismatch when a field was changed behind its back', () => {
    const links = chain(5);
    const stored = links[2].hash;
    links[2] = { ...links[2], action: 'FORGED' };
    expect(verifyChain(links)).toEqual({
      ok: false,
      checked: 3,
      firstBrokenLink: {
        chainIndex: 3,
        id: 103,
        reason: 'hash mismatch',
        expected: auditLinkHash(links[2]),
        actual: stored,
      },
    });
  });

  it('should name the next link with a previous hash mismatch when a link was rewritten and rehashed', () => {
    const links = chain(4);
    const forged = { ...links[1], action: 'FORGED' };
    links[1] = { ...forged, hash: auditLinkHash(forged) };
    expect(verifyChain(links).firstBrokenLink).toEqual({
      chainIndex: 3,
      id: 103,
      reason: 'previous hash mismatch',
      expected: links[1].hash,
      actual: links[2].prevHash,
    });
  });

  it('should name the link after the hole with a gap when a link was deleted', () => {
    const links = chain(4);
    links.splice(1, 1);
    expect(verifyChain(links)).toMatchObject({
      ok: false,
      checked: 2,
      firstBrokenLink: { chainIndex: 3, id: 103, reason: 'gap in chain', expected: '2', actual: '3' },
    });
  });

  it('should report a previous hash mismatch when the first link does not start from the genesis hash', () => {
    const links = chain(1);
    const forged = { ...links[0], prevHash: 'a'.repeat(64) };
    links[0] = { ...forged, hash: auditLinkHash(forged) };
    expect(verifyChain(links).firstBrokenLink).toMatchObject({
      chainIndex: 1,
      reason: 'previous hash mismatch',
      expected: GENESIS_HASH,
    });
  });

  it('should continue from the last good link when a chain is verified page by page', () => {
    const links = chain(6);
    const first = verifyChain(links.slice(0, 3));
    const second = verifyChain(links.slice(3), { chainIndex: 3, hash: links[2].hash });
    expect([first.ok, second.ok, second.checked]).toEqual([true, true, 3]);
    expect(verifyChain(links.slice(3))).toMatchObject({
      ok: false,
      firstBrokenLink: { reason: 'gap in chain' },
    });
  });
});
