import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** prev_hash of the first link of every campaign's chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** Everything a link's hash covers: the whole row except its database id and the hash itself. */
export interface AuditLinkFields {
  campaignId: string;
  /** 1, 2, 3 … within the campaign. */
  chainIndex: number;
  workflowId: string | null;
  communityId: string | null;
  seq: number | null;
  actorId: string;
  actorRole: string;
  actorName: string;
  action: string;
  stageBefore: string | null;
  stageAfter: string | null;
  /** Hex SHA-256 of the payload's canonical JSON. */
  payloadDigest: string;
  /** ISO 8601 with milliseconds, as Date.prototype.toISOString writes it. */
  at: string;
  prevHash: string;
}

/** A stored link of the chain. */
export interface AuditLink extends AuditLinkFields {
  id: number;
  hash: string;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Digest of what an actor submitted; undefined counts as null. */
export function payloadDigest(payload: unknown): string {
  return sha256Hex(canonicalJson(payload ?? null));
}

/** The link's hash: SHA-256 over the canonical JSON of its fields, keyed by column name. */
export function auditLinkHash(fields: AuditLinkFields): string {
  return sha256Hex(
    canonicalJson({
      campaign_id: fields.campaignId,
      chain_index: fields.chainIndex,
      workflow_id: fields.workflowId,
      community_id: fields.communityId,
      seq: fields.seq,
      actor_id: fields.actorId,
      actor_role: fields.actorRole,
      actor_name: fields.actorName,
      action: fields.action,
      stage_before: fields.stageBefore,
      stage_after: fields.stageAfter,
      payload_digest: fields.payloadDigest,
      at: fields.at,
      prev_hash: fields.prevHash,
    }),
  );
}
