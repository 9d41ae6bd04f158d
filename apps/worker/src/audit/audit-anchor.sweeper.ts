import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { AppConfig } from '@app/config';
import { AuditChainHeadRepository, CheckpointSigner, checkpointSignerOf, StoredHead } from '@app/persistence';
import {
  AUDIT_ANCHOR_WORKFLOW,
  anchorHeadSignal,
  AnchorRecord,
  auditAnchorWorkflowId,
} from '@app/workflows/audit-anchor/audit-anchor.contract';
import { PeriodicJob } from '../periodic/periodic-job';

const PAGE = 500;
const PARALLEL_SIGNALS = 20;
// With the default interval of a minute: every head is anchored again about hourly.
const FULL_SWEEP_EVERY = 60;

/**
 * Anchors audit chain heads in Temporal: every AUDIT_ANCHOR_INTERVAL_MS, each signed head that changed
 * since the last pass (all of them after a start) whose signature holds is signalled to its chain's
 * audit-anchor workflow (started on the first signal). A head with a bad signature is not anchored and
 * is logged as an error. Any number of workers may run it: anchoring the same head twice changes nothing.
 */
@Injectable()
export class AuditAnchorSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AuditAnchorSweeper.name);
  private readonly signer: CheckpointSigner;
  private readonly job: PeriodicJob;
  private watermark = '0';
  private passes = 0;

  constructor(
    private readonly heads: AuditChainHeadRepository,
    private readonly client: Client,
    private readonly config: AppConfig,
  ) {
    this.signer = checkpointSignerOf(config);
    this.job = new PeriodicJob(
      'Audit anchoring',
      config.AUDIT_ANCHOR_INTERVAL_MS,
      async () => void (await this.sweepOnce()),
      this.logger,
    );
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.job.stop();
  }

  /**
   * One pass: anchors every head changed since the last pass, or every head (`full`: at start, then every
   * FULL_SWEEP_EVERY passes, and whenever the table's versions went back, as after a restored backup — a
   * head edited in place without a new version is still anchored within the hour). Returns how many.
   */
  async sweepOnce({ full = false }: { full?: boolean } = {}): Promise<number> {
    this.passes += 1;
    if (full || this.passes % FULL_SWEEP_EVERY === 0 || (await this.versionsWentBack())) this.watermark = '0';
    let anchored = 0;
    for (;;) {
      const page = await this.heads.changedSince(this.watermark, PAGE);
      for (let start = 0; start < page.length; start += PARALLEL_SIGNALS) {
        const batch = page.slice(start, start + PARALLEL_SIGNALS);
        const sent = await Promise.all(batch.map((head) => this.anchor(head)));
        anchored += sent.filter(Boolean).length;
      }
      if (page.length > 0) this.watermark = page[page.length - 1].version;
      if (page.length < PAGE) return anchored;
    }
  }

  private async versionsWentBack(): Promise<boolean> {
    const latest = await this.heads.latestVersion();
    if (BigInt(latest) >= BigInt(this.watermark)) return false;
    this.logger.error(
      { latest, watermark: this.watermark },
      'audit_chain_head went back (a restored backup?); anchoring every head again',
    );
    return true;
  }

  private async anchor(head: StoredHead): Promise<boolean> {
    const { campaignId, chainIndex, hash } = head;
    const check = this.signer.check(head);
    if (check !== 'VALID') {
      this.logger.error(
        { campaignId, chainIndex, check },
        'Audit chain head not signed by this deployment; not anchored',
      );
      return false;
    }
    const record: AnchorRecord = { campaignId, heads: [], regressions: [] };
    await this.client.workflow.signalWithStart(AUDIT_ANCHOR_WORKFLOW, {
      workflowId: auditAnchorWorkflowId(campaignId),
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      args: [record],
      signal: anchorHeadSignal,
      signalArgs: [{ chainIndex, hash }],
    });
    return true;
  }
}
