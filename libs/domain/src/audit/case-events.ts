import { SYSTEM_ACTOR } from '../accounts/system-actor';
import type { CaseState } from '../case/case-state';
import type { CaseEvent } from './case-event';

/** The audit event of a case being opened (seq 0, by the system). */
export function openingEvent(opened: CaseState, payload: unknown, now: number): CaseEvent {
  return {
    workflowId: opened.workflowId,
    campaignId: opened.campaignId,
    communityId: opened.communityId,
    seq: opened.seq,
    action: 'CASE_OPENED',
    actor: SYSTEM_ACTOR,
    stageBefore: null,
    stageAfter: opened.stage,
    payload,
    at: new Date(now).toISOString(),
  };
}

/**
 * One audit event per decision a committed step added, each under its own seq (every decision bumps
 * seq by one, so decision k has seq k + 1). A step may add several: the last inspector's check is
 * followed by the system's CHECKS_COMPLETE, and both must be in the trail with their own actor. The
 * payload (what the actor submitted) belongs to the first.
 */
export function caseEvents(before: CaseState, after: CaseState, payload: unknown): CaseEvent[] {
  const added = after.decisions.slice(before.decisions.length);
  let stage: string = before.stage;
  return added.map((decision, i) => {
    const last = i === added.length - 1;
    const stageBefore = stage;
    stage = last ? after.stage : (decision.stage ?? stage);
    return {
      workflowId: after.workflowId,
      campaignId: after.campaignId,
      communityId: after.communityId,
      seq: before.decisions.length + i + 1,
      action: decision.action,
      actor: decision.by,
      stageBefore,
      stageAfter: stage,
      payload: i === 0 ? payload : null,
      at: decision.at,
    };
  });
}
