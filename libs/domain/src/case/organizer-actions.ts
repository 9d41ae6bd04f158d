import { DomainError, Problem } from '../errors/domain-error';
import { CaseAction, assertAllowed } from './case-actions';
import { CaseStage } from './case-stage';
import { Actor, CaseState } from './case-state';

export interface ExtendDeadlineCommand {
  newDueAt: string;
  reason: string;
  actor: Actor;
}

export interface WithdrawCommand {
  reason: string;
  actor: Actor;
}

function requireReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length === 0) {
    throw DomainError.validation([{ field: 'reason', message: 'a reason is required' }]);
  }
  return trimmed;
}

/** The organizer moves the application deadline of this case later; timers follow the new date. */
export function extendApplicationDeadline(
  state: CaseState,
  command: ExtendDeadlineCommand,
  now: number,
): CaseState {
  assertAllowed(state, CaseAction.EXTEND_DEADLINE);
  const reason = requireReason(command.reason);
  const next = Date.parse(command.newDueAt);
  const problems: Problem[] = [];
  if (Number.isNaN(next))
    problems.push({ field: 'newDueAt', message: 'expected an ISO date-time, e.g. 2026-12-31T16:00:00Z' });
  else if (next <= Date.parse(state.deadlines.applicationDueAt) || next <= now) {
    problems.push({
      field: 'newDueAt',
      message: `must be later than the current deadline ${state.deadlines.applicationDueAt} and than now`,
    });
  }
  if (problems.length > 0) throw DomainError.validation(problems);
  const decision = {
    action: CaseAction.EXTEND_DEADLINE,
    at: new Date(now).toISOString(),
    by: command.actor,
    reasons: [reason],
  };
  return {
    ...state,
    seq: state.seq + 1,
    deadlines: { ...state.deadlines, applicationDueAt: new Date(next).toISOString() },
    decisions: [...state.decisions, decision],
  };
}

/** The organizer withdraws the case with a reason; it closes for good. */
export function withdrawCase(state: CaseState, command: WithdrawCommand, now: number): CaseState {
  assertAllowed(state, CaseAction.WITHDRAW);
  const reason = requireReason(command.reason);
  const decision = {
    action: CaseAction.WITHDRAW,
    at: new Date(now).toISOString(),
    by: command.actor,
    reasons: [reason],
  };
  return {
    ...state,
    stage: CaseStage.WITHDRAWN,
    seq: state.seq + 1,
    closedReason: reason,
    decisions: [...state.decisions, decision],
  };
}
