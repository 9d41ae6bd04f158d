import { currentUpdateInfo, patched, setHandler } from '@temporalio/workflow';
import {
  assignInspectors,
  assignTeam,
  AssignInspectorsCommand,
  parseIdempotentUpdateId,
  ScopedActor,
  unscoped,
} from '@app/domain';
import { CASE_ACTIONS, CaseStep, checkAction, takeAction } from './case-action-steps';
import type { CaseEntity } from './case-entity';
import { assignInspectorsUpdate, CaseView } from './community-case.contract';
import { orFail } from './domain-failure';

/**
 * Patch: changing an inspection team re-evaluates whether the round is complete (assignInspectors);
 * assignments decided before it replay as they were taken (assignTeam).
 * Landed 2026-11-30 (1a16069). Checked at each assignment, so a run started before the deploy may hold
 * old-path assignments: step 1, deprecatePatch(), once `npm run patches` counts no open
 * communityCaseWorkflow run started before its deploy; step 2, delete the call and assignTeam once none
 * started before step 1's deploy.
 */
export const TEAM_CHANGE_COMPLETES_ROUND_PATCH = 'team-change-completes-round';
/**
 * Patch: an accepted action sent with an Idempotency-Key is remembered with its request's fingerprint.
 * Landed 2026-11-30 (1a16069). Checked per keyed action: step 1, deprecatePatch(), once `npm run patches`
 * counts no open communityCaseWorkflow run started before its deploy; step 2, delete the call once none
 * started before step 1's deploy.
 */
export const IDEMPOTENCY_LEDGER_PATCH = 'idempotency-ledger';

/** What an action does once committed, by Update name (the chase's notification). */
export type AfterCommit = Record<string, (entity: CaseEntity, command: unknown) => Promise<void>>;

const assignStep: CaseStep<AssignInspectorsCommand> = (...args) =>
  (patched(TEAM_CHANGE_COMPLETES_ROUND_PATCH) ? assignInspectors : assignTeam)(...args);

/**
 * Sets the handler of every human action (the table CASE_ACTIONS). The validator checks the
 * Idempotency-Key and runs the step on the current file, throwing to reject (nothing enters history);
 * the handler runs it again on the then-current file and commits. A repeat of a request already
 * accepted under its key is answered with the case as it stands, without a second step.
 */
export function setActionHandlers(entity: CaseEntity, afterCommit: AfterCommit): void {
  for (const { update, step } of CASE_ACTIONS) {
    const handlerStep = update.name === assignInspectorsUpdate.name ? (assignStep as typeof step) : step;
    const after = afterCommit[update.name];
    const handler = after
      ? (command: { actor: ScopedActor }) =>
          act(entity, handlerStep, command).then(async (view) => {
            await after(entity, command);
            return view;
          })
      : (command: { actor: ScopedActor }) => act(entity, handlerStep, command);
    setHandler(update, handler, {
      validator: (command: { actor: ScopedActor }): void => validate(entity, step, command),
    });
  }
}

function validate<A extends { actor: ScopedActor }>(entity: CaseEntity, step: CaseStep<A>, command: A): void {
  const updateId = currentUpdateInfo()?.id;
  if (entity.ledger.hasAccepted(updateId)) return;
  orFail(() => {
    entity.ledger.assertNotReused(updateId);
    checkAction(entity.state, step, command, Date.now(), entity.input);
  });
}

// Answers with the commit's own promise, awaiting nothing of its own: a run recorded before the patches
// replays with each Update's completion in the same place among its task's commands.
function act<A extends { actor: ScopedActor }>(
  entity: CaseEntity,
  step: CaseStep<A>,
  command: A,
): Promise<CaseView> {
  const updateId = currentUpdateInfo()?.id;
  const awaitOpening = entity.awaitOpening();
  const proceed = (): Promise<CaseView> => {
    if (entity.ledger.hasAccepted(updateId)) return Promise.resolve(entity.view());
    const take = () => takeAction(entity.state, step, command, Date.now(), entity.input);
    // Once the handler may wait (for the opening), the file can have moved on since the validator ran:
    // a step it no longer allows fails the Update with its domain error instead of the workflow task.
    const next = awaitOpening ? orFail(take) : take();
    if (parseIdempotentUpdateId(updateId) && patched(IDEMPOTENCY_LEDGER_PATCH))
      entity.ledger.remember(updateId);
    return entity.commit(next, unscoped(command));
  };
  return awaitOpening ? awaitOpening().then(proceed) : proceed();
}
