import { ActivityFailure, ApplicationFailure, condition, log, proxyActivities } from '@temporalio/workflow';
import { CaseState, DomainError, DomainErrorCode } from '@app/domain';
import type { CaseActivities, CaseChange, CaseWriteFailureReport } from './case-activities.contract';
import type { HeldWrites } from './community-case.contract';
import { orFail } from './domain-failure';

// A refusal by the database fails at once (non-retryable); anything else (the database away, a
// timeout) is retried for about five minutes (1, 2, 4, 8 s, then every 10 s) before it counts as failing.
const { writeCaseChanges } = proxyActivities<CaseActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { maximumInterval: '10 seconds', maximumAttempts: 30 },
});

// The dead letter is the alarm: recorded however long the database takes to take it.
const { deadLetterCaseWrite, resolveCaseWriteDeadLetter } = proxyActivities<CaseActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { maximumInterval: '30 seconds' },
});

const MINUTE_MS = 60_000;

/** After the n-th failed round, held steps are tried again in 1, 2, 4 … minutes, at most hourly. */
export function heldRetryDelayMs(round: number): number {
  return Math.min(MINUTE_MS * 2 ** Math.min(round - 1, 10), 60 * MINUTE_MS);
}

function reportOf(batch: CaseChange[], failure: ActivityFailure): CaseWriteFailureReport {
  const { workflowId, campaignId, communityId } = batch[0].state;
  const cause = failure.cause;
  const details = (cause instanceof ApplicationFailure ? cause.details?.[0] : undefined) as
    { sqlState?: string } | undefined;
  return {
    workflowId,
    campaignId,
    communityId,
    firstSeq: batch[0].state.seq,
    lastSeq: batch.at(-1)!.state.seq,
    error: cause?.message ?? failure.message,
    errorCode: details?.sqlState ?? (cause instanceof ApplicationFailure ? (cause.type ?? null) : null),
  };
}

/**
 * Writes batches of steps; when a write fails for good (refused, or still failing after its retries)
 * the steps stay in the workflow, in order with any that follow, a dead letter names the case and the
 * error (log, GET /dead-letters, /health), and the write is tried again after 1, 2, 4 … minutes (at most
 * hourly) or at once when an operator asks (retryWrites). Once it succeeds the dead letter is resolved.
 * The case keeps accepting actions meanwhile (the workflow is the truth); its read model waits.
 */
export class WriteHold {
  private held: HeldWrites | null = null;
  private retryRequests = 0;

  assertHeld(): void {
    orFail(() => {
      if (!this.held) {
        throw new DomainError(
          DomainErrorCode.CONFLICT,
          'Nothing to retry: every step of this case is written',
        );
      }
    });
  }

  retryNow(): HeldWrites {
    this.assertHeld();
    this.retryRequests += 1;
    return this.held!;
  }

  /** Writes `first`, holding it on failure; `more` hands over steps queued meanwhile. Returns the newest state. */
  async write(first: CaseChange[], more: () => CaseChange[]): Promise<CaseState> {
    let batch = first;
    for (let round = 1; ; round += 1) {
      try {
        await writeCaseChanges(batch);
        break;
      } catch (error) {
        if (!(error instanceof ActivityFailure)) throw error;
        // Taken before the dead letter is written, so a retry asked for meanwhile is not missed.
        const asked = this.retryRequests;
        await this.deadLetter(reportOf(batch, error), batch.length);
        await condition(() => this.retryRequests !== asked, heldRetryDelayMs(round));
        batch = [...batch, ...more()];
      }
    }
    if (this.held) {
      this.held = null;
      await resolveCaseWriteDeadLetter({ workflowId: batch[0].state.workflowId });
      log.info('Held case writes written; dead letter resolved', { lastSeq: batch.at(-1)!.state.seq });
    }
    return batch.at(-1)!.state;
  }

  private async deadLetter(report: CaseWriteFailureReport, steps: number): Promise<void> {
    const { firstSeq, lastSeq, error } = report;
    this.held = { steps, firstSeq, lastSeq, error };
    log.error('Case write failed; steps held and dead-lettered', { ...report });
    await deadLetterCaseWrite(report);
  }
}
