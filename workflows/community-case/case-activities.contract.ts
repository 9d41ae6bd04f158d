import type { CaseEvent, CaseNotification, CaseState } from '@app/domain';

/** One committed step: the new case file and its audit events, one per decision (none: projection only). */
export interface CaseChange {
  state: CaseState;
  events: CaseEvent[];
  /** The one-event shape of writes scheduled before `events` existed; still accepted when retried. */
  event?: CaseEvent | null;
}

/** How a case's opening went: written, or refused because the campaign closed the case first. */
export interface CaseOpening {
  /** The case file as the campaign's set-based close left it (NOT_APPLIED, WITHDRAWN); null when opened. */
  closedByCampaign: CaseState | null;
}

/** What the case workflow asks of the outside world; implemented by apps/worker, each call idempotent. */
export interface CaseActivities {
  /**
   * The opening (seq 0) claims the case's row for its workflow, in one transaction with its writes,
   * unless the campaign's set-based close got there first: then nothing is written and the closed file
   * comes back. The row lock orders the two, so exactly one of them owns the case's closure.
   */
  recordCaseOpening(change: CaseChange): Promise<CaseOpening>;
  /** In one transaction: the projection (unless newer) and the event's audit link (once per workflow id + seq). */
  recordCaseChange(change: CaseChange): Promise<void>;
  /** The same for several steps in order, in one transaction: the projection takes the last file. */
  recordCaseChanges(changes: CaseChange[]): Promise<void>;
  /** Delivers a reminder, escalation or chase to its audience's inboxes, once per key and user. */
  notify(notification: CaseNotification): Promise<void>;
}
