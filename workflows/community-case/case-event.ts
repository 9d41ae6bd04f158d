import type { CaseEvent, CaseState } from '@app/domain';

/** The audit event for one committed step: the last decision names the action and the actor. */
export function caseEvent(before: CaseState | null, after: CaseState, payload: unknown): CaseEvent {
  const decision = after.decisions.at(-1);
  const opening = before === null;
  return {
    workflowId: after.workflowId,
    campaignId: after.campaignId,
    communityId: after.communityId,
    seq: after.seq,
    action: opening ? 'CASE_OPENED' : (decision?.action ?? 'UNKNOWN'),
    actor: opening || !decision ? { userId: 'system', role: 'SYSTEM', displayName: '系统' } : decision.by,
    stageBefore: before?.stage ?? null,
    stageAfter: after.stage,
    payload,
    at: opening ? new Date().toISOString() : (decision?.at ?? new Date().toISOString()),
  };
}
