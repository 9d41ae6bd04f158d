import { AuditEventEntity } from '../entities/audit-event.entity';
import { AuditLink } from './audit-hash';

/** A stored row as the hash chain sees it (bigints as numbers, the time as ISO). */
export function auditLinkOf(row: AuditEventEntity): AuditLink {
  return {
    id: Number(row.id),
    campaignId: row.campaignId,
    chainIndex: Number(row.chainIndex),
    workflowId: row.workflowId,
    communityId: row.communityId,
    seq: row.seq,
    actorId: row.actorId,
    actorRole: row.actorRole,
    actorName: row.actorName,
    action: row.action,
    stageBefore: row.stageBefore,
    stageAfter: row.stageAfter,
    payloadDigest: row.payloadDigest,
    at: row.at.toISOString(),
    prevHash: row.prevHash,
    hash: row.hash,
  };
}
