import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { DomainError, DomainErrorCode } from '@app/domain';
import { CaseBatchRepository, CaseBatchResult, CaseBatchRow } from '@app/persistence';
import { AccountStatusService } from '../auth/account-status.service';
import { AuthenticatedActor } from '../auth/authenticated-actor';
import { actorOf, CaseActionRunner } from '../cases/case-action-runner';
import { requestFingerprint } from '../cases/action-request.decorator';
import { BatchAction, caseStepOf, commandOf, outOfReach } from './batch-actions';

/**
 * How many cases of one batch are acted on at once: enough to finish 200 in seconds (each case waits on
 * two round trips through Temporal: the action, then its write to the read model), few enough for Temporal.
 */
export const BATCH_CONCURRENCY = 16;

/** The Idempotency-Key every case of a batch is acted on with: a case remembers it, so a rerun never acts twice. */
export function batchIdempotencyKey(batchId: string): string {
  return `batch:${batchId}`;
}

/**
 * Works through a batch's unfinished cases in this process, BATCH_CONCURRENCY at a time, recording each
 * case's result as it comes; the caller's page may close meanwhile. Before each case it checks that the
 * batch has not been stopped (停止, in whichever process) and that its starter's account is still active. Each case is acted on exactly as its
 * button does (CaseActionRunner) with the batch's Idempotency-Key, so a case acted on just before a crash
 * (its result not yet recorded) answers with its first result when the batch runs again.
 */
@Injectable()
export class CaseBatchRunner implements OnApplicationShutdown {
  private readonly logger = new Logger(CaseBatchRunner.name);
  private readonly running = new Map<string, Promise<void>>();
  /** Per batch, the positions of the cases being acted on right now (begun, result not yet recorded). */
  private readonly acting = new Map<string, Set<number>>();
  private stopping = false;

  constructor(
    private readonly batches: CaseBatchRepository,
    private readonly runner: CaseActionRunner,
    private readonly accounts: AccountStatusService,
  ) {}

  isRunning(batchId: string): boolean {
    return this.running.has(batchId);
  }

  /** Starts working through the batch unless it is already being worked on here; returns at once. */
  start(batch: CaseBatchRow, actor: AuthenticatedActor): void {
    if (this.running.has(batch.id) || this.stopping) return;
    const work = this.work(batch, actor)
      .catch((error: unknown) =>
        this.logger.error({ batchId: batch.id, error: String(error) }, 'batch stopped'),
      )
      .finally(() => this.running.delete(batch.id));
    this.running.set(batch.id, work);
  }

  /**
   * The positions of the batch's cases this process is acting on now: a stop leaves them pending (they
   * finish and are recorded as they come out), and marks only the cases not yet begun NOT_RUN.
   */
  inFlight(batchId: string): number[] {
    return [...(this.acting.get(batchId) ?? [])];
  }

  /** Settles when this process has stopped working on the batch (at once when it is not). */
  async settled(batchId: string): Promise<void> {
    await this.running.get(batchId);
  }

  /** Lets the cases in flight finish (and be recorded) before the process ends; the rest stay to resume. */
  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.running.values());
  }

  private async work(batch: CaseBatchRow, actor: AuthenticatedActor): Promise<void> {
    const queue = await this.batches.unfinished(batch.id);
    // A result is written while the worker goes on to its next case; a write that fails stops the batch
    // (what is left stays unfinished, and a case acted on but not recorded answers with its first result
    // when the batch runs again).
    const writes = new Set<Promise<void>>();
    // The cases being acted on, from the moment a worker takes one until its result is recorded (see stop).
    const acting = new Set<number>();
    let writeFailure: { error: unknown } | undefined;
    const record = (position: number, result: CaseBatchResult) => {
      const write = this.batches
        .recordResult(batch.id, position, result)
        .catch((error: unknown) => {
          writeFailure ??= { error };
        })
        .finally(() => {
          writes.delete(write);
          // In flight until recorded: a stop meanwhile leaves it pending, not 未执行 (see stop).
          acting.delete(position);
        });
      writes.add(write);
    };
    const worker = async () => {
      for (let item = queue.shift(); item && !this.stopping && !writeFailure; item = queue.shift()) {
        // Stopped by a person: what is left was marked NOT_RUN by the stop itself. A batch acts in its
        // starter's name: once that account is disabled or removed, it stops (what is left stays
        // unfinished). Both are checked before every case, at once. The case is in flight from the moment
        // it is taken: a stop landing during those checks (which may have read the batch before it) leaves
        // it pending, never 未执行 and then acted on.
        acting.add(item.position);
        let result: CaseBatchResult;
        try {
          const [stopped] = await Promise.all([
            this.batches.isStopped(batch.id),
            this.accounts.assertActive(actor.userId),
          ]);
          if (stopped) {
            // Taken while the stop was being recorded, so the stop left it pending: it is not run.
            record(item.position, { status: 'NOT_RUN', code: null, message: null, details: null });
            return;
          }
          result = await this.actOn(batch, actor, item.communityId);
        } catch (error) {
          acting.delete(item.position);
          throw error;
        }
        record(item.position, result);
      }
    };
    this.acting.set(batch.id, acting);
    try {
      // Every worker ends (and every result is written) before the batch counts as no longer running here.
      const ends = await Promise.allSettled(Array.from({ length: BATCH_CONCURRENCY }, worker));
      await Promise.all(writes);
      const refusal = ends.find((end) => end.status === 'rejected');
      if (refusal) throw refusal.reason;
      if (writeFailure) throw writeFailure.error;
    } finally {
      this.acting.delete(batch.id);
    }
  }

  private async actOn(
    batch: CaseBatchRow,
    actor: AuthenticatedActor,
    communityId: string,
  ): Promise<CaseBatchResult> {
    const step = caseStepOf(batch.action as BatchAction, batch.params);
    const ids = { campaignId: batch.campaignId, communityId };
    const path = `/campaigns/${batch.campaignId}/cases/${communityId}/${step.path}`;
    try {
      await this.runner.act(actor, ids, step.update, commandOf(step, actorOf(actor)), {
        idempotency: { key: batchIdempotencyKey(batch.id), fingerprint: requestFingerprint(path, step.body) },
        // A case counted done shows as done in lists, progress and its audit trail too.
        readYourWrites: true,
      });
      return { status: 'SUCCEEDED', code: null, message: null, details: null };
    } catch (error) {
      // A case gone from the actor's reach since the batch began answers as one that never was.
      if (error instanceof DomainError && error.code === DomainErrorCode.NOT_FOUND) return outOfReach();
      if (error instanceof DomainError)
        return { status: 'REFUSED', code: error.code, message: error.message, details: error.details };
      // A dependency down (or anything unforeseen): not the case's answer, so the case is run again on resume.
      this.logger.warn({ batchId: batch.id, communityId, error: String(error) }, 'batch item failed');
      return {
        status: 'FAILED',
        code: 'TRY_AGAIN',
        message: error instanceof Error ? error.message : String(error),
        details: null,
      };
    }
  }
}
