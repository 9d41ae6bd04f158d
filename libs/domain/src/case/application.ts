import { DomainError, DomainErrorCode, Problem } from '../errors/domain-error';
import { CaseAction, assertAllowed } from './case-actions';
import { CaseStage } from './case-stage';
import { Actor, CaseState } from './case-state';

export interface SubmitApplicationCommand {
  content: Record<string, unknown>;
  actor: Actor;
}

export interface ReviewApplicationCommand {
  decision: 'ACCEPT' | 'RETURN';
  reasons: string[];
  actor: Actor;
}

function assertBeforeDeadline(state: CaseState, now: number): void {
  const due = state.deadlines.applicationDueAt;
  if (now > Date.parse(due)) {
    throw new DomainError(DomainErrorCode.DEADLINE_PASSED, `The application deadline passed at ${due}`, {
      deadline: 'applicationDueAt',
      dueAt: due,
    });
  }
}

/** A community submits (or resubmits after a return) its application. Pure: returns the next state. */
export function submitApplication(
  state: CaseState,
  command: SubmitApplicationCommand,
  now: number,
): CaseState {
  assertAllowed(state, CaseAction.SUBMIT_APPLICATION);
  assertBeforeDeadline(state, now);
  const submission = {
    version: state.applications.length + 1,
    content: command.content,
    submittedAt: new Date(now).toISOString(),
    submittedBy: command.actor,
  };
  return {
    ...state,
    stage: CaseStage.APPLICATION_REVIEW,
    seq: state.seq + 1,
    applications: [...state.applications, submission],
  };
}

/** The organizer's first review (初审): accept, or return with reasons for resubmission. */
export function reviewApplication(
  state: CaseState,
  command: ReviewApplicationCommand,
  now: number,
): CaseState {
  const action =
    command.decision === 'ACCEPT' ? CaseAction.ACCEPT_APPLICATION : CaseAction.RETURN_APPLICATION;
  assertAllowed(state, action);
  const reasons = command.reasons.map((reason) => reason.trim()).filter((reason) => reason.length > 0);
  if (command.decision === 'RETURN' && reasons.length === 0) {
    const problem: Problem = {
      field: 'reasons',
      message: 'a return needs at least one reason the community can act on',
    };
    throw DomainError.validation([problem]);
  }
  const decision = { action, at: new Date(now).toISOString(), by: command.actor, reasons };
  const stage = command.decision === 'ACCEPT' ? CaseStage.SELF_CHECK : CaseStage.RETURNED;
  return { ...state, stage, seq: state.seq + 1, decisions: [...state.decisions, decision] };
}

/** The application window closed with no accepted submission pending: the case closes as not applied. */
export function closeNotApplied(state: CaseState, now: number): CaseState {
  const decision = {
    action: 'DEADLINE_MISSED',
    at: new Date(now).toISOString(),
    by: SYSTEM_ACTOR,
    reasons: [],
  };
  return {
    ...state,
    stage: CaseStage.NOT_APPLIED,
    seq: state.seq + 1,
    closedReason: `no application by ${state.deadlines.applicationDueAt}`,
    decisions: [...state.decisions, decision],
  };
}

/** Acts the engine takes on its own (deadlines) are attributed to this actor. */
export const SYSTEM_ACTOR: Actor = { userId: 'system', role: 'SYSTEM', displayName: '系统' };
