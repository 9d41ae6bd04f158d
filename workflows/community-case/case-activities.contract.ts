import type { CaseEvent, CaseNotification, CaseState } from '@app/domain';

/** One committed step: the new case file and its audit events, one per decision (none: projection only). */
export interface CaseChange {
  state: CaseState;
  events: CaseEvent[];
  /** The one-event shape of writes scheduled before `events` existed; still accepted when retried. */
  event?: CaseEvent | null;
}

/** What the case workflow asks of the outside world; implemented by apps/worker, each call idempotent. */
export interface CaseActivities {
  /** In one transaction: the projection (unless newer) and the event's audit link (once per workflow id + seq). */
  recordCaseChange(change: CaseChange): Promise<void>;
  /** The same for several steps in order, in one transaction: the projection takes the last file. */
  recordCaseChanges(changes: CaseChange[]): Promise<void>;
  /** Delivers a reminder, escalation or chase to its audience's inboxes, once per key and user. */
  notify(notification: CaseNotification): Promise<void>;
}
