import type { CaseInput } from './case-state';
import { CaseAction, assertAllowed } from './case-actions';
import { CaseStage } from './case-stage';
import { Actor, CaseState } from './case-state';
import { SYSTEM_ACTOR } from '../accounts/system-actor';
import { assertBeforeDeadline, moveTo, throwIfProblems } from './case-transition';

export interface SubmitApplicationCommand {
  content: Record<string, unknown>;
  actor: Actor;
}

export interface ReviewApplicationCommand {
  decision: 'ACCEPT' | 'RETURN';
  reasons: string[];
  actor: Actor;
}

/** A community submits (or resubmits after a return) its application (申报). */
export function submitApplication(
  state: CaseState,
  command: SubmitApplicationCommand,
  now: number,
): CaseState {
  assertAllowed(state, CaseAction.SUBMIT_APPLICATION, now);
  assertBeforeDeadline(state, 'application', now);
  const submission = {
    version: state.applications.length + 1,
    content: command.content,
    submittedAt: new Date(now).toISOString(),
    submittedBy: command.actor,
  };
  return moveTo(state, CaseStage.APPLICATION_REVIEW, CaseAction.SUBMIT_APPLICATION, command.actor, now, {
    applications: [...state.applications, submission],
  });
}

/** The organizer's first review (初审): accept into self-check, or return with reasons for resubmission. */
export function reviewApplication(
  state: CaseState,
  command: ReviewApplicationCommand,
  now: number,
  input: CaseInput,
): CaseState {
  const action =
    command.decision === 'ACCEPT' ? CaseAction.ACCEPT_APPLICATION : CaseAction.RETURN_APPLICATION;
  assertAllowed(state, action, now);
  const reasons = command.reasons.map((reason) => reason.trim()).filter((reason) => reason.length > 0);
  if (command.decision === 'RETURN') {
    throwIfProblems(
      reasons.length === 0
        ? [{ field: 'reasons', message: 'a return needs at least one reason the community can act on' }]
        : [],
    );
    return moveTo(state, CaseStage.RETURNED, action, command.actor, now, {}, reasons);
  }
  const selfCheck = { dueAt: input.schedule.selfCheckDueAt, setAt: new Date(now).toISOString() };
  return moveTo(
    state,
    CaseStage.SELF_CHECK,
    action,
    command.actor,
    now,
    {
      deadlines: { ...state.deadlines, selfCheck },
    },
    reasons,
  );
}

/** The application window closed with nothing accepted pending: the case closes as not applied. */
export function closeNotApplied(state: CaseState, now: number): CaseState {
  const reason = `no application by ${state.deadlines.application?.dueAt}`;
  return moveTo(
    state,
    CaseStage.NOT_APPLIED,
    'DEADLINE_MISSED',
    SYSTEM_ACTOR,
    now,
    { closedReason: reason },
    [reason],
  );
}
