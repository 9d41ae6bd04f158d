import type { UpdateDefinition } from '@temporalio/common';
import {
  assertCaseAccess,
  assertStorable,
  assignInspectors,
  CaseInput,
  CaseState,
  chase,
  confirmScores,
  extendDeadline,
  raiseObjection,
  recuseInspector,
  resolveObjection,
  reviewApplication,
  ScopedActor,
  submitApplication,
  submitCheck,
  submitRectification,
  submitSelfCheck,
  unscoped,
  withdrawCase,
} from '@app/domain';
import * as contract from './community-case.contract';
import type { CaseView } from './community-case.contract';

/** A pure step of the case: checks the command against the case file and returns the next file, or throws. */
export type CaseStep<A> = (state: CaseState, command: A, now: number, input: CaseInput) => CaseState;

/** A human action: its Update and the step that checks and takes it. */
export interface CaseActionStep<A extends { actor: ScopedActor }> {
  update: UpdateDefinition<CaseView, [A]>;
  step: CaseStep<A>;
}

const action = <A extends { actor: ScopedActor }>(
  update: UpdateDefinition<CaseView, [A]>,
  step: CaseStep<A>,
): CaseActionStep<A> => ({ update, step });

// Every human action, one table for both places that check one: the case workflow (its validators and
// handlers) and the API, which checks a case not started yet on its row before starting its workflow.
const ACTIONS = [
  action(contract.submitApplicationUpdate, submitApplication),
  action(contract.reviewApplicationUpdate, reviewApplication),
  action(contract.submitSelfCheckUpdate, submitSelfCheck),
  action(contract.assignInspectorsUpdate, assignInspectors),
  action(contract.submitCheckUpdate, submitCheck),
  action(contract.submitRectificationUpdate, submitRectification),
  action(contract.confirmScoresUpdate, confirmScores),
  action(contract.raiseObjectionUpdate, raiseObjection),
  action(contract.resolveObjectionUpdate, resolveObjection),
  action(contract.extendDeadlineUpdate, extendDeadline),
  action(contract.chaseUpdate, (state, command, now) => chase(state, command, now)),
  action(contract.withdrawCaseUpdate, withdrawCase),
  // Appended, with no patch: a new Update's handler adds no command to any recorded history; only runs
  // that accept one take its path (test/histories/case-inspector-recused-replaced-*).
  action(contract.recuseInspectorUpdate, recuseInspector),
] as const;

/** Every human action of a case, in the order the workflow sets their handlers. */
export const CASE_ACTIONS: readonly CaseActionStep<{ actor: ScopedActor }>[] =
  ACTIONS as readonly unknown[] as CaseActionStep<{ actor: ScopedActor }>[];

/** The step of an action's Update; throws for an Update that is not a human action. */
export function stepOf<A extends { actor: ScopedActor }>(
  update: UpdateDefinition<CaseView, [A]>,
): CaseStep<A> {
  const found = CASE_ACTIONS.find((entry) => entry.update.name === update.name);
  if (!found) throw new TypeError(`${update.name} is not a case action`);
  return found.step;
}

/**
 * Takes one human action on the case file as it stands: the actor's access is checked on the file
 * itself, then the step runs with the actor as recorded (without their scope). Throws the DomainError
 * that refuses it.
 */
export function takeAction<A extends { actor: ScopedActor }>(
  state: CaseState,
  step: CaseStep<A>,
  command: A,
  now: number,
  input: CaseInput,
): CaseState {
  assertCaseAccess(state, command.actor);
  return step(state, unscoped(command), now, input);
}

/**
 * Checks an action before it is accepted: the actor's access, then that the database can store the
 * command (assertStorable: a NUL, deep nesting … — its write comes after the reply, so whatever the
 * write would refuse is refused here), then the step. The workflow's validators and the API's check of
 * a case not started yet use it; the handler takes the accepted action with takeAction.
 */
export function checkAction<A extends { actor: ScopedActor }>(
  state: CaseState,
  step: CaseStep<A>,
  command: A,
  now: number,
  input: CaseInput,
): CaseState {
  assertCaseAccess(state, command.actor);
  assertStorable(command);
  return step(state, unscoped(command), now, input);
}
