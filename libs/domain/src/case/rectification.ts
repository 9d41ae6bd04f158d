import { CaseAction, assertAllowed } from './case-actions';
import { CaseStage } from './case-stage';
import { Actor, CaseInput, CaseState } from './case-state';
import { SYSTEM_ACTOR } from '../accounts/system-actor';
import { assertBeforeDeadline, moveTo, requireText } from './case-transition';
import { scoreOf } from './case-score';
import { startRound } from './inspection';

export interface SubmitRectificationCommand {
  content: string;
  actor: Actor;
}

/** The community reports its rectification (整改); the same inspectors re-check the flagged items. */
export function submitRectification(
  state: CaseState,
  command: SubmitRectificationCommand,
  now: number,
  input: CaseInput,
): CaseState {
  assertAllowed(state, CaseAction.SUBMIT_RECTIFICATION, now);
  assertBeforeDeadline(state, 'rectification', now);
  const content = requireText(command.content, 'content', 'describe what was rectified');
  const rectification = state.rectification && {
    ...state.rectification,
    report: { content, submittedAt: new Date(now).toISOString(), submittedBy: command.actor },
  };
  return moveTo(state, CaseStage.INSPECTION, CaseAction.SUBMIT_RECTIFICATION, command.actor, now, {
    rectification,
    ...startRound(state, now, input, true),
  });
}

/** No rectification report by the deadline: the first round's scores stand. */
export function expireRectification(state: CaseState, now: number, input: CaseInput): CaseState {
  const reason = `no rectification report by ${state.deadlines.rectification?.dueAt}; the inspection scores stand`;
  return moveTo(
    state,
    CaseStage.SCORING,
    'RECTIFICATION_MISSED',
    SYSTEM_ACTOR,
    now,
    { score: scoreOf(state, input) },
    [reason],
  );
}
