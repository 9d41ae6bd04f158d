import type { UpdateDefinition } from '@temporalio/common';
import type { ScopedActor } from '@app/domain';
import * as contract from '@app/workflows/community-case/community-case.contract';
import type { CaseView } from '@app/workflows/community-case/community-case.contract';

/** The actions a batch may take on each of its cases: 初审通过, 退回, 催办, 延期, 确认评分. */
export enum BatchAction {
  ACCEPT_APPLICATION = 'ACCEPT_APPLICATION',
  RETURN_APPLICATION = 'RETURN_APPLICATION',
  CHASE = 'CHASE',
  EXTEND_DEADLINE = 'EXTEND_DEADLINE',
  CONFIRM_SCORES = 'CONFIRM_SCORES',
}

/** Any case command: its fields, and who acts. */
export interface ActorCommand {
  actor: ScopedActor;
}

/** What a batch's action needs besides the case: the one reason, message, new due date or note. */
export interface BatchParams {
  reason?: string;
  message?: string;
  newDueAt?: string;
  note?: string;
}

/** One case's action as the single-case endpoint takes it: its path under the case, body and Update. */
export interface CaseStep {
  path: string;
  body: Record<string, unknown>;
  // Each action has its own command type; the runner passes the body with the actor through unchanged.
  update: UpdateDefinition<CaseView, [ActorCommand]>;
}

/** The single-case action a batch action stands for, so a batch acts exactly as the buttons do. */
export function caseStepOf(action: BatchAction, params: BatchParams): CaseStep {
  switch (action) {
    case BatchAction.ACCEPT_APPLICATION:
      return {
        path: 'review',
        body: { decision: 'ACCEPT', reasons: [] },
        update: contract.reviewApplicationUpdate,
      };
    case BatchAction.RETURN_APPLICATION:
      return {
        path: 'review',
        body: { decision: 'RETURN', reasons: [params.reason ?? ''] },
        update: contract.reviewApplicationUpdate,
      };
    case BatchAction.CHASE:
      return { path: 'chase', body: { message: params.message ?? '' }, update: contract.chaseUpdate };
    case BatchAction.EXTEND_DEADLINE:
      return {
        path: 'extend-deadline',
        body: { newDueAt: params.newDueAt ?? '', reason: params.reason ?? '' },
        update: contract.extendDeadlineUpdate,
      };
    case BatchAction.CONFIRM_SCORES:
      return {
        path: 'confirm-scores',
        body: params.note === undefined ? {} : { note: params.note },
        update: contract.confirmScoresUpdate,
      };
  }
}

/** Which of the parameters each action requires (a 400 names a missing one). */
export const REQUIRED_PARAMS: Record<BatchAction, (keyof BatchParams)[]> = {
  [BatchAction.ACCEPT_APPLICATION]: [],
  [BatchAction.RETURN_APPLICATION]: ['reason'],
  [BatchAction.CHASE]: ['message'],
  [BatchAction.EXTEND_DEADLINE]: ['newDueAt', 'reason'],
  [BatchAction.CONFIRM_SCORES]: [],
};

/** The command an Update gets: the single-case body with the acting organizer. */
export function commandOf(step: CaseStep, actor: ScopedActor): ActorCommand {
  return { ...step.body, actor };
}

/**
 * The one answer for a case a batch may not act on, whether it does not exist, is another campaign's, or
 * lies outside the starter's jurisdiction: the same words for each, and nothing of the case (its name,
 * street or stage), so a batch cannot be used to find out about cases elsewhere.
 */
export function outOfReach(): {
  status: 'REFUSED';
  code: 'NOT_FOUND';
  message: string;
  details: null;
} {
  return {
    status: 'REFUSED',
    code: 'NOT_FOUND',
    message: 'No such case in this campaign, or not one you may act on (不存在或无权操作)',
    details: null,
  };
}
