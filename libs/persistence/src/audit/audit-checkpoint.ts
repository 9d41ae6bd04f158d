import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** The head of a campaign's chain: its last link's index and hash. */
export interface ChainHead {
  campaignId: string;
  chainIndex: number;
  hash: string;
}

/** A head signed with a key the database does not hold. */
export interface SignedHead extends ChainHead {
  /** Which key signed it: the first 16 hex digits of the key's SHA-256 (not secret). */
  keyId: string;
  /** Hex HMAC-SHA256 of the signed text (see `signedText`). */
  signature: string;
}

export type SignatureCheck = 'VALID' | 'INVALID' | 'UNKNOWN_KEY';

/** A signed head as stored, with when it was signed. */
export interface StoredHeadLike extends SignedHead {
  signedAt: string;
}

/** Exactly what is signed: a versioned label, the campaign, the index and the hash, one per line. */
export function signedText(head: ChainHead): string {
  return `chuangjian-audit-head/v1\n${head.campaignId}\n${head.chainIndex}\n${head.hash}`;
}

function keyIdOf(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 16);
}

function hmac(key: string, head: ChainHead): string {
  return createHmac('sha256', key).update(signedText(head), 'utf8').digest('hex');
}

/**
 * Signs chain heads with AUDIT_CHECKPOINT_KEY and checks them with it or an earlier key
 * (AUDIT_CHECKPOINT_PREVIOUS_KEYS). Whoever can write the database but not read the key cannot sign a
 * head: deleting the newest links leaves the signed head pointing past the chain's end.
 */
export class CheckpointSigner {
  private readonly keys: Map<string, string>;
  readonly keyId: string;

  constructor(
    private readonly key: string,
    previousKeys: readonly string[] = [],
  ) {
    this.keyId = keyIdOf(key);
    this.keys = new Map([key, ...previousKeys].map((k) => [keyIdOf(k), k]));
  }

  sign(head: ChainHead): SignedHead {
    return { ...head, keyId: this.keyId, signature: hmac(this.key, head) };
  }

  check(head: SignedHead): SignatureCheck {
    const key = this.keys.get(head.keyId);
    if (key === undefined) return 'UNKNOWN_KEY';
    const expected = Buffer.from(hmac(key, head), 'hex');
    const given = Buffer.from(head.signature, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected) ? 'VALID' : 'INVALID';
  }
}

/** The signer of the configured keys. */
export function checkpointSignerOf(config: {
  AUDIT_CHECKPOINT_KEY: string;
  AUDIT_CHECKPOINT_PREVIOUS_KEYS: string[];
}): CheckpointSigner {
  return new CheckpointSigner(config.AUDIT_CHECKPOINT_KEY, config.AUDIT_CHECKPOINT_PREVIOUS_KEYS);
}
