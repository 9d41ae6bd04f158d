import {
  allHandlersFinished,
  condition,
  proxyLocalActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import {
  allowedActions,
  CaseInput,
  CaseStage,
  CaseState,
  closeNotApplied,
  extendApplicationDeadline,
  isClosed,
  newCaseState,
  reviewApplication,
  submitApplication,
  withdrawCase,
} from '@app/domain';
import type { UpdateDefinition } from '@temporalio/common';
import type { CaseActivities } from './case-activities.contract';
import {
  caseViewQuery,
  CaseView,
  extendDeadlineUpdate,
  openCaseUpdate,
  reviewApplicationUpdate,
  submitApplicationUpdate,
  withdrawCaseUpdate,
} from './community-case.contract';
import { orFail } from './domain-failure';
import { CASE_STAGE } from '../search-attributes';

// Local activities: the projection is written within the same workflow task, so an Update's reply
// already finds the read model current.
const { projectCase } = proxyLocalActivities<CaseActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { maximumInterval: '10 seconds' },
});

type CaseStep<A> = (state: CaseState, command: A, now: number) => CaseState;

const AWAITING_APPLICATION = new Set([CaseStage.INVITED, CaseStage.RETURNED]);

/** The durable life of one community in one campaign, from invitation to award or a reasoned close. */
export async function communityCaseWorkflow(input: CaseInput): Promise<CaseState> {
  let state = newCaseState(workflowInfo().workflowId, input);
  const view = (): CaseView => ({ state, allowedActions: allowedActions(state) });

  const commit = async (next: CaseState): Promise<CaseView> => {
    const stageChanged = next.stage !== state.stage;
    state = next;
    if (stageChanged) upsertSearchAttributes([{ key: CASE_STAGE, value: state.stage }]);
    await projectCase(state);
    return view();
  };

  setHandler(caseViewQuery, view);
  // Every human action: the validator runs the pure step on the current state and throws to reject
  // (nothing enters history); the handler runs it again and commits the result.
  const onAction = <A>(update: UpdateDefinition<CaseView, [A]>, step: CaseStep<A>): void =>
    setHandler(update, (command: A) => commit(step(state, command, Date.now())), {
      validator: (command: A): void => void orFail(() => step(state, command, Date.now())),
    });
  onAction(submitApplicationUpdate, submitApplication);
  onAction(reviewApplicationUpdate, reviewApplication);
  onAction(extendDeadlineUpdate, extendApplicationDeadline);
  onAction(withdrawCaseUpdate, withdrawCase);

  let opened = false;
  setHandler(openCaseUpdate, async () => {
    await condition(() => opened);
    return view();
  });

  await projectCase(state);
  opened = true;
  await awaitApplication(() => state, commit);
  await condition(() => isClosed(state.stage));
  // Let the Update that closed the case reply before the run completes.
  await condition(allHandlersFinished);
  return state;
}

/** Waits for an application until the (movable) deadline; an extension restarts the wait. */
async function awaitApplication(
  current: () => CaseState,
  commit: (next: CaseState) => Promise<CaseView>,
): Promise<void> {
  while (AWAITING_APPLICATION.has(current().stage)) {
    const dueAt = current().deadlines.applicationDueAt;
    // A zero-length timer is not a timer; 1 ms fires at once.
    const remaining = Math.max(Date.parse(dueAt) - Date.now(), 1);
    const changed = await condition(
      () => !AWAITING_APPLICATION.has(current().stage) || current().deadlines.applicationDueAt !== dueAt,
      remaining,
    );
    if (!changed) await commit(closeNotApplied(current(), Date.now()));
  }
}
