import { EntityManager } from 'typeorm';
import { Actor, CaseEvent, DomainError } from '@app/domain';
import { AuditLink, AuditLinkFields, auditLinkHash, GENESIS_HASH, payloadDigest } from './audit-hash';
import { CheckpointSigner } from './audit-checkpoint';

/** An API-side mutation outside any workflow; campaignId '_system' when no campaign is involved. */
export interface ApiAuditEntry {
  campaignId: string;
  actor: Actor;
  action: string;
  payload: unknown;
  communityId?: string | null;
  /** The case's workflow id when the act concerns one case, so it shows in that case's trail. */
  workflowId?: string | null;
  /** Defaults to now. */
  at?: Date;
}

type NewLink = Omit<AuditLinkFields, 'chainIndex' | 'prevHash'>;

/**
 * Appends links to a campaign's hash chain. Writers of one campaign are serialised by a transaction
 * advisory lock, so two appends never read the same chain head; the lock ends with the caller's
 * transaction (one is opened when the manager is not in one). Each append also moves the chain's signed
 * head (audit_chain_head) in the same statement, so the newest link cannot be deleted unnoticed.
 */
export class AuditTrailWriter {
  constructor(private readonly signer: CheckpointSigner) {}

  /** Appends a workflow's case event once: a retry finds (workflowId, seq) recorded and returns null. */
  appendCaseEvent(manager: EntityManager, event: CaseEvent): Promise<AuditLink | null> {
    const link: NewLink = {
      campaignId: event.campaignId,
      workflowId: event.workflowId,
      communityId: event.communityId,
      seq: event.seq,
      ...actorFields(event.actor),
      action: event.action,
      stageBefore: event.stageBefore,
      stageAfter: event.stageAfter,
      payloadDigest: payloadDigest(event.payload),
      at: isoInstant(event.at),
    };
    return inTransaction(manager, async (tx) => {
      await lockChain(tx, event.campaignId);
      const recorded: unknown[] = await tx.query(
        'SELECT 1 FROM audit_event WHERE workflow_id = $1 AND seq = $2',
        [event.workflowId, event.seq],
      );
      return recorded.length > 0 ? null : appendLink(tx, link, this.signer);
    });
  }

  /** Appends an API-side mutation (not keyed: each call is one act). */
  appendApiEvent(manager: EntityManager, entry: ApiAuditEntry): Promise<AuditLink> {
    const link: NewLink = {
      campaignId: entry.campaignId,
      workflowId: entry.workflowId ?? null,
      communityId: entry.communityId ?? null,
      seq: null,
      ...actorFields(entry.actor),
      action: entry.action,
      stageBefore: null,
      stageAfter: null,
      payloadDigest: payloadDigest(entry.payload),
      at: (entry.at ?? new Date()).toISOString(),
    };
    return inTransaction(manager, async (tx) => {
      await lockChain(tx, entry.campaignId);
      return appendLink(tx, link, this.signer);
    });
  }
}

function actorFields(actor: Actor): Pick<NewLink, 'actorId' | 'actorRole' | 'actorName'> {
  return { actorId: actor.userId, actorRole: actor.role, actorName: actor.displayName };
}

/** Normalised so the hashed text equals what the timestamptz column gives back. */
function isoInstant(at: string): string {
  const time = Date.parse(at);
  if (Number.isNaN(time)) {
    throw DomainError.validation([{ field: 'at', message: `expected an ISO date-time, got "${at}"` }]);
  }
  return new Date(time).toISOString();
}

function inTransaction<T>(manager: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return manager.queryRunner?.isTransactionActive ? work(manager) : manager.transaction(work);
}

async function lockChain(tx: EntityManager, campaignId: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [campaignId]);
}

async function appendLink(tx: EntityManager, link: NewLink, signer: CheckpointSigner): Promise<AuditLink> {
  const head: { chain_index: string; hash: string }[] = await tx.query(
    'SELECT chain_index, hash FROM audit_event WHERE campaign_id = $1 ORDER BY chain_index DESC LIMIT 1',
    [link.campaignId],
  );
  const fields: AuditLinkFields = {
    ...link,
    chainIndex: head.length > 0 ? Number(head[0].chain_index) + 1 : 1,
    prevHash: head.length > 0 ? head[0].hash : GENESIS_HASH,
  };
  const hash = auditLinkHash(fields);
  const { keyId, signature } = signer.sign({
    campaignId: link.campaignId,
    chainIndex: fields.chainIndex,
    hash,
  });
  const inserted: { id: string }[] = await tx.query(INSERT_LINK, [
    ...linkValues(fields),
    hash,
    keyId,
    signature,
  ]);
  return { ...fields, id: Number(inserted[0].id), hash };
}

// The link and the chain's new signed head in one statement (one round trip, one outcome).
const INSERT_LINK = `
  WITH link AS (
    INSERT INTO audit_event (campaign_id, chain_index, workflow_id, community_id, seq, actor_id, actor_role,
      actor_name, action, stage_before, stage_after, payload_digest, at, prev_hash, hash)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id
  )
  INSERT INTO audit_chain_head AS head (campaign_id, chain_index, hash, key_id, signature)
  VALUES ($1, $2, $15, $16, $17)
  ON CONFLICT (campaign_id) DO UPDATE
     SET chain_index = EXCLUDED.chain_index, hash = EXCLUDED.hash, key_id = EXCLUDED.key_id,
         signature = EXCLUDED.signature, signed_at = now(), version = nextval('audit_chain_head_version')
  RETURNING (SELECT id FROM link) AS id`;

function linkValues(link: AuditLinkFields): unknown[] {
  return [
    link.campaignId,
    link.chainIndex,
    link.workflowId,
    link.communityId,
    link.seq,
    link.actorId,
    link.actorRole,
    link.actorName,
    link.action,
    link.stageBefore,
    link.stageAfter,
    link.payloadDigest,
    link.at,
    link.prevHash,
  ];
}
