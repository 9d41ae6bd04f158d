import type { Actor } from '../case/case-state';

/**
 * One accepted change to a case, as the audit trail records it. The workflow emits one per committed
 * step, numbered by the case's seq, so (workflowId, seq) identifies it and a retried write is a no-op.
 */
export interface CaseEvent {
  workflowId: string;
  campaignId: string;
  communityId: string;
  seq: number;
  action: string;
  actor: Actor;
  stageBefore: string | null;
  stageAfter: string;
  /** What the actor submitted (scores, reasons…); the trail stores its SHA-256 digest. */
  payload: unknown;
  /** Workflow time of the change (ISO). */
  at: string;
}
