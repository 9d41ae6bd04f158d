import { AuditLink, auditLinkHash, GENESIS_HASH } from './audit-hash';

export type BrokenLinkReason = 'hash mismatch' | 'previous hash mismatch' | 'gap in chain';

/** The first link that does not hold, with what verification expected and what the row says. */
export interface BrokenLink {
  chainIndex: number;
  id: number;
  reason: BrokenLinkReason;
  expected: string;
  actual: string;
}

export interface ChainVerification {
  ok: boolean;
  /** Links examined, the broken one included. */
  checked: number;
  firstBrokenLink: BrokenLink | null;
}

/** Where verification stands: the last good link (chain index 0 and the genesis hash at the start). */
export interface ChainPosition {
  chainIndex: number;
  hash: string;
}

export const CHAIN_START: ChainPosition = { chainIndex: 0, hash: GENESIS_HASH };

/**
 * Recomputes a campaign's chain in chain order and names the first broken link. Pass `from` (the
 * last good link of the previous page) to verify a long chain page by page.
 */
export function verifyChain(
  links: readonly AuditLink[],
  from: ChainPosition = CHAIN_START,
): ChainVerification {
  let previous = from;
  for (const [index, link] of links.entries()) {
    const broken = checkLink(link, previous);
    if (broken) return { ok: false, checked: index + 1, firstBrokenLink: broken };
    previous = { chainIndex: link.chainIndex, hash: link.hash };
  }
  return { ok: true, checked: links.length, firstBrokenLink: null };
}

function checkLink(link: AuditLink, previous: ChainPosition): BrokenLink | null {
  const at = { chainIndex: link.chainIndex, id: link.id };
  const expectedIndex = previous.chainIndex + 1;
  if (link.chainIndex !== expectedIndex) {
    return {
      ...at,
      reason: 'gap in chain',
      expected: String(expectedIndex),
      actual: String(link.chainIndex),
    };
  }
  if (link.prevHash !== previous.hash) {
    return { ...at, reason: 'previous hash mismatch', expected: previous.hash, actual: link.prevHash };
  }
  const recomputed = auditLinkHash(link);
  if (link.hash !== recomputed) {
    return { ...at, reason: 'hash mismatch', expected: recomputed, actual: link.hash };
  }
  return null;
}
