import { DomainError, DomainErrorCode, Problem } from '../errors/domain-error';
import { instantProblem } from '../storage/storable';
import { CaseAction, assertAllowed } from './case-actions';
import { CaseStage } from './case-stage';
import { Actor, CaseState, DeadlineName } from './case-state';
import { moveTo, requireText, throwIfProblems, withDecision } from './case-transition';

export interface ExtendDeadlineCommand {
  newDueAt: string;
  reason: string;
  actor: Actor;
}

export interface ChaseCommand {
  message: string;
  actor: Actor;
}

export interface WithdrawCommand {
  reason: string;
  actor: Actor;
}

const ACTIVE_DEADLINE: Partial<Record<CaseStage, DeadlineName>> = {
  [CaseStage.INVITED]: 'application',
  [CaseStage.RETURNED]: 'application',
  [CaseStage.SELF_CHECK]: 'selfCheck',
  [CaseStage.INSPECTION]: 'inspection',
  [CaseStage.RECTIFICATION]: 'rectification',
};

/** The deadline the case is running against in its stage, if any. */
export function activeDeadline(state: CaseState): DeadlineName | null {
  return ACTIVE_DEADLINE[state.stage] ?? null;
}

/** The organizer moves the current stage's deadline later (延期); reminders follow the new date. */
export function extendDeadline(state: CaseState, command: ExtendDeadlineCommand, now: number): CaseState {
  assertAllowed(state, CaseAction.EXTEND_DEADLINE, now);
  const reason = requireText(command.reason, 'reason');
  const name = activeDeadline(state);
  const current = name ? state.deadlines[name] : undefined;
  if (!name || !current)
    throw new DomainError(DomainErrorCode.WRONG_STAGE, `No deadline runs while the case is ${state.stage}`);
  const next = Date.parse(command.newDueAt);
  const problems: Problem[] = [];
  if (Number.isNaN(next))
    problems.push({ field: 'newDueAt', message: 'expected an ISO date-time, e.g. 2026-12-31T16:00:00Z' });
  else if (next <= Date.parse(current.dueAt) || next <= now) {
    problems.push({
      field: 'newDueAt',
      message: `must be later than the current ${name} deadline ${current.dueAt} and than now`,
    });
  } else {
    const tooLate = instantProblem('newDueAt', next);
    if (tooLate) problems.push(tooLate);
  }
  throwIfProblems(problems);
  const deadline = { dueAt: new Date(next).toISOString(), setAt: new Date(now).toISOString() };
  return withDecision(
    state,
    `${CaseAction.EXTEND_DEADLINE}:${name}`,
    command.actor,
    now,
    {
      deadlines: { ...state.deadlines, [name]: deadline },
    },
    [reason],
  );
}

/** The organizer chases (催办) the party the case is waiting for; the workflow sends the notification. */
export function chase(state: CaseState, command: ChaseCommand, now: number): CaseState {
  assertAllowed(state, CaseAction.CHASE, now);
  const message = requireText(
    command.message,
    'message',
    'say what is expected, e.g. 请于本周五前提交自查报告',
  );
  return withDecision(state, CaseAction.CHASE, command.actor, now, {}, [message]);
}

/** The organizer withdraws the case with a reason; it closes for good. */
export function withdrawCase(state: CaseState, command: WithdrawCommand, now: number): CaseState {
  assertAllowed(state, CaseAction.WITHDRAW, now);
  const reason = requireText(command.reason, 'reason');
  return moveTo(
    state,
    CaseStage.WITHDRAWN,
    CaseAction.WITHDRAW,
    command.actor,
    now,
    { closedReason: reason },
    [reason],
  );
}
