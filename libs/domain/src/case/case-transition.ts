import { DomainError, DomainErrorCode, Problem } from '../errors/domain-error';
import { CaseAction } from './case-actions';
import { CaseStage } from './case-stage';
import { Actor, CaseState, DeadlineName } from './case-state';

/** Records a decision and bumps seq: every committed step goes through here. */
export function withDecision(
  state: CaseState,
  action: CaseAction | string,
  by: Actor,
  now: number,
  changes: Partial<CaseState>,
  reasons: string[] = [],
): CaseState {
  const decision = {
    action,
    at: new Date(now).toISOString(),
    by,
    reasons,
    stage: changes.stage ?? state.stage,
  };
  return { ...state, ...changes, seq: state.seq + 1, decisions: [...state.decisions, decision] };
}

/** Throws DEADLINE_PASSED (409) naming the deadline when `now` is after it. */
export function assertBeforeDeadline(state: CaseState, name: DeadlineName, now: number): void {
  const deadline = state.deadlines[name];
  if (deadline && now > Date.parse(deadline.dueAt)) {
    throw new DomainError(
      DomainErrorCode.DEADLINE_PASSED,
      `The ${name} deadline passed at ${deadline.dueAt}`,
      {
        deadline: name,
        dueAt: deadline.dueAt,
      },
    );
  }
}

/** Trims a required free-text reason; throws VALIDATION_FAILED naming the field when it is blank. */
export function requireText(value: string | undefined, field: string, what = 'a reason is required'): string {
  const trimmed = (value ?? '').trim();
  if (trimmed.length === 0) throw DomainError.validation([{ field, message: what }]);
  return trimmed;
}

/** Throws VALIDATION_FAILED when there is any problem. */
export function throwIfProblems(problems: Problem[], message?: string): void {
  if (problems.length > 0) throw DomainError.validation(problems, message);
}

/** A deadline set now, `durationMs` ahead. */
export function deadlineIn(now: number, durationMs: number): { dueAt: string; setAt: string } {
  return { dueAt: new Date(now + durationMs).toISOString(), setAt: new Date(now).toISOString() };
}

/** Moves the case to the given stage through one decision. */
export function moveTo(
  state: CaseState,
  stage: CaseStage,
  action: CaseAction | string,
  by: Actor,
  now: number,
  changes: Partial<CaseState> = {},
  reasons: string[] = [],
): CaseState {
  return withDecision(state, action, by, now, { ...changes, stage }, reasons);
}
