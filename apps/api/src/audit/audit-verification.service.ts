import { Injectable } from '@nestjs/common';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { AppConfig } from '@app/config';
import {
  AuditChainHeadRepository,
  ChainVerification,
  CheckpointSigner,
  checkpointSignerOf,
  HeadVerification,
  verifyHead,
} from '@app/persistence';
import {
  ANCHOR_MEMO,
  AnchorRecord,
  auditAnchorWorkflowId,
} from '@app/workflows/audit-anchor/audit-anchor.contract';
import { AuditService } from './audit.service';

/** The chain's links verified one by one, and its end against the signed head and the Temporal anchor. */
export interface AuditVerification extends ChainVerification {
  head: HeadVerification;
}

/**
 * Verifies a campaign's audit trail: the hash chain link by link (AuditService), then its end — which
 * the links alone cannot vouch for — against the signed head in audit_chain_head and the heads anchored
 * in Temporal (see the README, "What verification catches").
 */
@Injectable()
export class AuditVerificationService {
  private readonly signer: CheckpointSigner;

  constructor(
    private readonly heads: AuditChainHeadRepository,
    private readonly audit: AuditService,
    private readonly client: Client,
    config: AppConfig,
  ) {
    this.signer = checkpointSignerOf(config);
  }

  async verify(campaignId: string): Promise<AuditVerification> {
    const chain = await this.audit.verify(campaignId);
    const head = await this.verifyHead(campaignId);
    return { ...chain, ok: chain.ok && head.ok, head };
  }

  private async verifyHead(campaignId: string): Promise<HeadVerification> {
    const [lastLink, signedHead, anchor] = await Promise.all([
      this.heads.lastLink(campaignId),
      this.heads.find(campaignId),
      this.anchorOf(campaignId),
    ]);
    const anchoredIndexes = anchor?.heads.map((head) => head.chainIndex) ?? [];
    const hashesAtAnchors = await this.heads.hashesAt(campaignId, anchoredIndexes);
    return verifyHead({ lastLink, signedHead, anchor, hashesAtAnchors }, this.signer);
  }

  /** What Temporal holds for the chain (its anchor workflow's memo); null before it is first anchored. */
  private async anchorOf(campaignId: string): Promise<AnchorRecord | null> {
    try {
      const described = await this.client.workflow.getHandle(auditAnchorWorkflowId(campaignId)).describe();
      return (described.memo?.[ANCHOR_MEMO] as AnchorRecord | undefined) ?? null;
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return null;
      throw error;
    }
  }
}
