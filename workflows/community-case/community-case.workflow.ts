import {
  allHandlersFinished,
  condition,
  patched,
  proxyLocalActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import {
  allowedActions,
  applyCampaignDeadline,
  applyTopNDecision,
  assertCaseAccess,
  caseEvents,
  CampaignPhase,
  closeForCancelledCampaign,
  PHASE_FIELD,
  assignInspectors,
  CaseInput,
  CaseStage,
  CaseState,
  chase,
  ChaseCommand,
  chaseNotification,
  confirmScores,
  extendDeadline,
  newCaseState,
  openingEvent,
  raiseObjection,
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
import type { CaseActivities } from './case-activities.contract';
import * as contract from './community-case.contract';
import { CaseView } from './community-case.contract';
import { orFail } from './domain-failure';
import { CaseRecorder } from './case-recorder';
import { runTimersKeepingTarget, runTimersRestartingOnChange } from './case-timer-loop';
import { CASE_STAGE } from '../search-attributes';
import { timeWriting } from '../local-time-texts';

/** Patch: steps are written after the Update replies (see CaseRecorder); older runs keep writing first. */
export const RECORD_AFTER_REPLY_PATCH = 'record-after-reply';
/**
 * Patch: an action's workflow task carries only the reply and the write-behind: the stage search
 * attribute follows the write, and a timer whose instant did not change is kept (case-timer-loop.ts).
 */
export const LEAN_UPDATE_TASK_PATCH = 'lean-update-task';

const { notify } = proxyLocalActivities<CaseActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { maximumInterval: '10 seconds' },
});

type CaseStep<A> = (state: CaseState, command: A, now: number, input: CaseInput) => CaseState;

/** The durable life of one community in one campaign, from invitation to award or a reasoned close. */
export async function communityCaseWorkflow(input: CaseInput): Promise<CaseState> {
  let state = newCaseState(workflowInfo().workflowId, input, Date.now());
  const recorder = new CaseRecorder(patched(RECORD_AFTER_REPLY_PATCH));
  const lean = patched(LEAN_UPDATE_TASK_PATCH);
  let stageAttribute = state.stage;
  // The stage search attribute (a visibility write on the server) is set after the step is written,
  // not in the task that carries the reply; older runs set it with the step.
  const showStage = (stage: CaseStage): void => {
    if (stage === stageAttribute) return;
    stageAttribute = stage;
    upsertSearchAttributes([{ key: CASE_STAGE, value: stage }]);
  };
  if (lean) recorder.onWritten((written) => showStage(written.stage));
  // Taken before any handler is set: an Update sent with the start (update-with-start) runs the moment
  // its handler is set, and the opening must record the case as invited, not as that Update left it.
  const opening = { state, events: [openingEvent(state, input, Date.now())] };
  const view = (): CaseView => ({ state, allowedActions: allowedActions(state, Date.now()) });

  const commit = async (next: CaseState, payload: unknown): Promise<CaseView> => {
    const before = state;
    state = next;
    if (!lean) showStage(next.stage);
    await recorder.record({ state: next, events: caseEvents(before, next, payload) });
    return view();
  };

  // Every human action: the actor's access is checked on the case file, then the pure step runs on the
  // current state with the actor as recorded (without their scope).
  const act = <A extends { actor: ScopedActor }>(step: CaseStep<A>, command: A): CaseState => {
    assertCaseAccess(state, command.actor);
    return step(state, unscoped(command), Date.now(), input);
  };
  // The validator runs it and throws to reject (nothing enters history); the handler runs it again on
  // the then-current state and commits.
  const onAction = <A extends { actor: ScopedActor }>(
    update: UpdateDefinition<CaseView, [A]>,
    step: CaseStep<A>,
  ): void =>
    setHandler(update, (command: A) => commit(act(step, command), unscoped(command)), {
      validator: (command: A): void => void orFail(() => act(step, command)),
    });
  onAction(contract.submitApplicationUpdate, submitApplication);
  onAction(contract.reviewApplicationUpdate, reviewApplication);
  onAction(contract.submitSelfCheckUpdate, submitSelfCheck);
  onAction(contract.assignInspectorsUpdate, assignInspectors);
  onAction(contract.submitCheckUpdate, submitCheck);
  onAction(contract.submitRectificationUpdate, submitRectification);
  onAction(contract.confirmScoresUpdate, confirmScores);
  onAction(contract.raiseObjectionUpdate, raiseObjection);
  onAction(contract.resolveObjectionUpdate, resolveObjection);
  onAction(contract.extendDeadlineUpdate, extendDeadline);
  onAction(contract.withdrawCaseUpdate, withdrawCase);
  const chaseStep: CaseStep<ChaseCommand> = (current, command, now) => chase(current, command, now);
  setHandler(
    contract.chaseUpdate,
    async (command: ChaseCommand) => {
      const result = await commit(act(chaseStep, command), unscoped(command));
      const notification = chaseNotification(state, input, command.message, timeWriting());
      if (notification) await notify(notification);
      return result;
    },
    { validator: (command: ChaseCommand): void => void orFail(() => act(chaseStep, command)) },
  );
  setHandler(contract.caseViewQuery, view);
  setHandler(contract.campaignDeadlineMovedSignal, async (change) => {
    // The input's schedule follows too, so a stage not reached yet starts with the new date.
    input = {
      ...input,
      schedule: {
        ...input.schedule,
        [PHASE_FIELD[change.deadline as CampaignPhase] ?? 'awardAt']: change.dueAt,
      },
    };
    const next = applyCampaignDeadline(state, change, Date.now());
    if (next !== state) await commit(next, change);
  });
  setHandler(contract.campaignAwardDecisionSignal, async (decision) => {
    const next = applyTopNDecision(state, decision, Date.now(), input);
    if (next !== state) await commit(next, decision);
  });
  setHandler(contract.workingCalendarChangedSignal, (calendar) => {
    // Only the input changes: it counts the notice and rectification periods that start from now on.
    input = { ...input, calendar };
  });
  setHandler(contract.campaignCancelledSignal, async (change) => {
    const next = closeForCancelledCampaign(state, change, Date.now());
    if (next !== state) await commit(next, change);
  });

  let opened = false;
  setHandler(contract.openCaseUpdate, async () => {
    await condition(() => opened);
    return view();
  });
  // Replies once every step committed so far is in the read model, audit trail and outbox.
  setHandler(contract.recordedUpdate, async () => {
    const seq = state.seq;
    await condition(() => recorder.recordedSeq >= seq);
    return view();
  });
  await recorder.open(opening);
  opened = true;

  const timerPorts = {
    current: () => state,
    input: () => input,
    commit: (next: CaseState) => commit(next, null),
    notify,
    timeWriting,
  };
  await (lean ? runTimersKeepingTarget(timerPorts) : runTimersRestartingOnChange(timerPorts));
  // Let the Update that closed the case reply before the run completes.
  await condition(() => allHandlersFinished() && recorder.idle());
  return state;
}
