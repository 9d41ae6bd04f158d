import { currentUpdateInfo, patched, setHandler } from '@temporalio/workflow';
import {
  assignInspectors,
  assignTeam,
  AssignInspectorsCommand,
  CaseInput,
  CaseState,
  IdempotencyLedger,
  parseIdempotentUpdateId,
  ScopedActor,
  unscoped,
} from '@app/domain';
import { CASE_ACTIONS, CaseStep, checkAction, takeAction } from './case-action-steps';
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

/** What the action handlers need of the case workflow. */
export interface CaseActionPorts {
  current(): CaseState;
  input(): CaseInput;
  view(): CaseView;
  /** Makes `next` the case file and records it; replies with the view. */
  commit(next: CaseState, payload: unknown): Promise<CaseView>;
  /** Side effects of an action once committed, by Update name (the chase's notification). */
  afterCommit: Record<string, (command: unknown) => Promise<void>>;
  /**
   * Set when the case must be opened (and may turn out closed by the campaign) before a first action
   * is taken (patch `claim-on-open`); null for runs started before it.
   */
  awaitOpening: (() => Promise<void>) | null;
  ledger: IdempotencyLedger;
}

const assignStep: CaseStep<AssignInspectorsCommand> = (...args) =>
  (patched(TEAM_CHANGE_COMPLETES_ROUND_PATCH) ? assignInspectors : assignTeam)(...args);

/**
 * Sets the handler of every human action. The validator checks the Idempotency-Key and runs the step
 * on the current file, throwing to reject (nothing enters history); the handler runs it again on the
 * then-current file and commits. A repeat of a request already accepted under its key is answered with
 * the case as it stands, without a second step.
 */
export function setActionHandlers(ports: CaseActionPorts): void {
  for (const { update, step } of CASE_ACTIONS) {
    const handlerStep = update.name === assignInspectorsUpdate.name ? (assignStep as typeof step) : step;
    const after = ports.afterCommit[update.name];
    const handler = after
      ? (command: { actor: ScopedActor }) =>
          handle(ports, handlerStep, command).then(async (view) => {
            await after(command);
            return view;
          })
      : (command: { actor: ScopedActor }) => handle(ports, handlerStep, command);
    setHandler(update, handler, {
      validator: (command: { actor: ScopedActor }): void => validate(ports, step, command),
    });
  }
}

function validate<A extends { actor: ScopedActor }>(
  ports: CaseActionPorts,
  step: CaseStep<A>,
  command: A,
): void {
  const updateId = currentUpdateInfo()?.id;
  if (ports.ledger.hasAccepted(updateId)) return;
  orFail(() => {
    ports.ledger.assertNotReused(updateId);
    checkAction(ports.current(), step, command, Date.now(), ports.input());
  });
}

// Answers with the commit's own promise, awaiting nothing of its own: a run recorded before the patches
// replays with each Update's completion in the same place among its task's commands.
function handle<A extends { actor: ScopedActor }>(
  ports: CaseActionPorts,
  step: CaseStep<A>,
  command: A,
): Promise<CaseView> {
  const updateId = currentUpdateInfo()?.id;
  const proceed = (): Promise<CaseView> => {
    if (ports.ledger.hasAccepted(updateId)) return Promise.resolve(ports.view());
    const take = () => takeAction(ports.current(), step, command, Date.now(), ports.input());
    // Once the handler may wait (for the opening), the file can have moved on since the validator ran:
    // a step it no longer allows fails the Update with its domain error instead of the workflow task.
    const next = ports.awaitOpening ? orFail(take) : take();
    if (parseIdempotentUpdateId(updateId) && patched(IDEMPOTENCY_LEDGER_PATCH))
      ports.ledger.remember(updateId);
    return ports.commit(next, unscoped(command));
  };
  return ports.awaitOpening ? ports.awaitOpening().then(proceed) : proceed();
}
