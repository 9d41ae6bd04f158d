import type { CheckpointSigner, SignatureCheck, StoredHeadLike } from './audit-checkpoint';

/** A chain head kept outside the database (Temporal), with when it was kept. */
export interface AnchoredHeadLike {
  chainIndex: number;
  hash: string;
  anchoredAt: string;
}

/** What the anchor holds for a chain: recent heads, and regressions it saw. */
export interface AnchorLike {
  heads: AnchoredHeadLike[];
  regressions: { anchored: AnchoredHeadLike; presented: { chainIndex: number; hash: string }; at: string }[];
}

export type HeadProblemReason =
  | 'SIGNED_HEAD_MISSING'
  | 'SIGNED_HEAD_FORGED'
  | 'TRUNCATED'
  | 'LINKS_AFTER_SIGNED_HEAD'
  | 'HEAD_MISMATCH'
  | 'BELOW_ANCHORED_HEAD'
  | 'ANCHORED_LINK_DIFFERS'
  | 'HEAD_WENT_BACK';

/** One way the chain's end does not hold, in words an organizer can act on. */
export interface HeadProblem {
  reason: HeadProblemReason;
  message: string;
}

/** How the chain's end compares with its signed head and its Temporal anchor. */
export interface HeadVerification {
  ok: boolean;
  /** The last link in the table. */
  lastLink: { chainIndex: number; hash: string } | null;
  /** The signed head (audit_chain_head) and whether its signature holds. */
  signedHead: { chainIndex: number; hash: string; signedAt: string; signature: SignatureCheck } | null;
  /** The newest head anchored in Temporal, if the chain has been anchored yet. */
  anchoredHead: AnchoredHeadLike | null;
  problems: HeadProblem[];
}

export interface HeadEvidence {
  lastLink: { chainIndex: number; hash: string } | null;
  signedHead: StoredHeadLike | null;
  anchor: AnchorLike | null;
  /** The chain's hashes at the anchored indexes. */
  hashesAtAnchors: Map<number, string>;
}

function signedHeadProblems(evidence: HeadEvidence, check: SignatureCheck | null): HeadProblem[] {
  const { lastLink, signedHead } = evidence;
  const last = lastLink?.chainIndex ?? 0;
  if (!signedHead) {
    if (!lastLink) return [];
    const message = `the chain has ${last} links but no signed head: it was deleted`;
    return [{ reason: 'SIGNED_HEAD_MISSING', message }];
  }
  if (check !== 'VALID') {
    const why = check === 'UNKNOWN_KEY' ? 'by a key this deployment does not know' : 'wrongly';
    const message = `the signed head (link ${signedHead.chainIndex}) is signed ${why}: it was written outside the application`;
    return [{ reason: 'SIGNED_HEAD_FORGED', message }];
  }
  const at = signedHead.chainIndex;
  if (at > last) {
    const gone = at === last + 1 ? `link ${at} was` : `links ${last + 1}–${at} were`;
    const message = `the chain ends at link ${last} but its signed head is link ${at}: ${gone} deleted`;
    return [{ reason: 'TRUNCATED', message }];
  }
  if (at < last) {
    const added = last === at + 1 ? `link ${last} comes` : `links ${at + 1}–${last} come`;
    const message = `${added} after the signed head (link ${at}): added outside the application`;
    return [{ reason: 'LINKS_AFTER_SIGNED_HEAD', message }];
  }
  if (lastLink && lastLink.hash !== signedHead.hash) {
    const message = `link ${at} is not the link that was signed (hash ${lastLink.hash}, signed ${signedHead.hash})`;
    return [{ reason: 'HEAD_MISMATCH', message }];
  }
  return [];
}

function anchorProblems(evidence: HeadEvidence): HeadProblem[] {
  const { anchor, lastLink, hashesAtAnchors } = evidence;
  if (!anchor) return [];
  const last = lastLink?.chainIndex ?? 0;
  const problems: HeadProblem[] = [];
  const beyond = anchor.heads.filter((head) => head.chainIndex > last).at(-1);
  if (beyond) {
    problems.push({
      reason: 'BELOW_ANCHORED_HEAD',
      message:
        `Temporal anchored link ${beyond.chainIndex} at ${beyond.anchoredAt}, but the chain ends at link ${last}: ` +
        'links were deleted and the signed head set back (e.g. from an older backup)',
    });
  }
  const differing = anchor.heads.find(
    (head) => head.chainIndex <= last && hashesAtAnchors.get(head.chainIndex) !== head.hash,
  );
  if (differing) {
    problems.push({
      reason: 'ANCHORED_LINK_DIFFERS',
      message: `link ${differing.chainIndex} differs from the link Temporal anchored at ${differing.anchoredAt}`,
    });
  }
  const regression = anchor.regressions.at(-1);
  if (regression) {
    const { anchored, presented, at } = regression;
    problems.push({
      reason: 'HEAD_WENT_BACK',
      message:
        `at ${at} the database's signed head was link ${presented.chainIndex} after link ${anchored.chainIndex} ` +
        `had been anchored (${anchored.anchoredAt}): the database was set back`,
    });
  }
  return problems;
}

/**
 * Checks the end of a chain, which the links' own hashes cannot: the last link must be the signed head
 * (catches deleting the newest links, and links appended outside the application), and every head
 * anchored in Temporal must still be in the chain (catches setting the database back — links and signed
 * head together, e.g. restoring a backup — up to the last anchoring).
 */
export function verifyHead(evidence: HeadEvidence, signer: CheckpointSigner): HeadVerification {
  const { lastLink, signedHead, anchor } = evidence;
  const check = signedHead ? signer.check(signedHead) : null;
  const problems = [...signedHeadProblems(evidence, check), ...anchorProblems(evidence)];
  return {
    ok: problems.length === 0,
    lastLink,
    signedHead: signedHead && {
      chainIndex: signedHead.chainIndex,
      hash: signedHead.hash,
      signedAt: signedHead.signedAt,
      signature: check!,
    },
    anchoredHead: anchor?.heads.at(-1) ?? null,
    problems,
  };
}
