import { condition, patched, proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { CaseState } from '@app/domain';
import type { CaseActivities, CaseChange, CaseOpening } from './case-activities.contract';
import type { HeldWrites } from './community-case.contract';
import { WriteHold } from './write-hold';

/**
 * Patch: a write the database keeps refusing is dead-lettered and held for a retry (see WriteHold).
 * Landed 2026-11-30 (6cc051a). Checked at each write batch, so older runs adopt it mid-life but their
 * earlier batches took the old path: step 1, deprecatePatch(), once `npm run patches` counts no open
 * communityCaseWorkflow run started before its deploy; step 2, delete the call and recordCaseChanges'
 * old path once none started before step 1's deploy.
 */
export const DEAD_LETTER_WRITES_PATCH = 'dead-letter-writes';

// Within the step's own workflow task: its Update replies only once the write is done.
const { recordCaseChange, recordCaseOpening } = proxyLocalActivities<CaseActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { maximumInterval: '10 seconds' },
});

// A regular activity is scheduled by the same task completion that carries the Update's reply, so the
// reply does not wait for the database (a local activity would hold the task, and the reply, open).
const { recordCaseChanges } = proxyActivities<CaseActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { maximumInterval: '10 seconds' },
});

const OPENED: CaseOpening = { closedByCampaign: null };

/**
 * Writes a case's committed steps (projection, audit link, outbox) in commit order.
 *
 * Runs started before the `record-after-reply` patch write each step before replying; later runs queue
 * the step, reply, and write in the background — batched when steps arrive faster than writes finish.
 * Either way every step is written exactly once, and `recordedSeq` says how far the writes have come.
 * From patch `dead-letter-writes` on (taken at the next background write, so running cases adopt it
 * too), a write the database refuses is held and dead-lettered instead of retried silently for ever.
 */
export class CaseRecorder {
  private readonly queue: CaseChange[] = [];
  private readonly hold = new WriteHold();
  private writing = false;
  private written: (state: CaseState) => void = () => undefined;
  recordedSeq = -1;

  constructor(private readonly afterReply: boolean) {}

  /**
   * The first write (the case opened) always completes before the run replies to anything. With `claim`
   * (patch `claim-on-open`) it claims the case's row and may find the campaign closed the case first.
   */
  async open(change: CaseChange, claim: boolean): Promise<CaseOpening> {
    const opening = claim
      ? await recordCaseOpening(change)
      : await recordCaseChange(change).then(() => OPENED);
    this.recordedSeq = change.state.seq;
    if (this.afterReply) void this.writeInBackground();
    return opening;
  }

  async record(change: CaseChange): Promise<void> {
    if (this.afterReply) {
      this.queue.push(change);
      return;
    }
    await recordCaseChange(change);
    this.recordedSeq = Math.max(this.recordedSeq, change.state.seq);
  }

  /** Called with the newest case file after each background write (in the task that learns of it). */
  onWritten(callback: (state: CaseState) => void): void {
    this.written = callback;
  }

  /** True once every queued step is written: the run may then complete. */
  idle(): boolean {
    return this.queue.length === 0 && !this.writing;
  }

  /** The retryWrites validator: throws (CONFLICT) unless steps are held. */
  assertHeld(): void {
    this.hold.assertHeld();
  }

  /** An operator's retry: the held steps are tried again at once. */
  retryNow(): HeldWrites {
    return this.hold.retryNow();
  }

  private async writeInBackground(): Promise<never> {
    for (;;) {
      await condition(() => this.queue.length > 0);
      const batch = this.queue.splice(0);
      this.writing = true;
      const newest = patched(DEAD_LETTER_WRITES_PATCH)
        ? await this.hold.write(batch, () => this.queue.splice(0))
        : await recordCaseChanges(batch).then(() => batch.at(-1)!.state);
      this.written(newest);
      this.writing = false;
      this.recordedSeq = newest.seq;
    }
  }
}
