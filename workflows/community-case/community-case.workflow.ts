import {
  allHandlersFinished,
  condition,
  patched,
  proxyLocalActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import {
  allowedActions,
  applyCampaignDeadline,
  applyTopNDecision,
  caseEvents,
  CampaignPhase,
  closeForCancelledCampaign,
  PHASE_FIELD,
  CaseInput,
  CaseStage,
  CaseState,
  ChaseCommand,
  chaseNotification,
  IdempotencyLedger,
  newCaseState,
  openingEvent,
} from '@app/domain';
import type { CaseActivities } from './case-activities.contract';
import * as contract from './community-case.contract';
import { CaseView } from './community-case.contract';
import { setActionHandlers } from './case-action-handlers';
import { CaseRecorder } from './case-recorder';
import { runTimersKeepingTarget, runTimersRestartingOnChange } from './case-timer-loop';
import { CASE_STAGE } from '../search-attributes';
import { timeWriting } from '../local-time-texts';

/**
 * Patch: steps are written after the Update replies (see CaseRecorder); older runs keep writing first.
 * Landed 2026-11-28 (b9b6723). Step 1, deprecatePatch(): once `npm run patches` counts no open
 * communityCaseWorkflow run started before this patch's deploy; the replay tests of the histories
 * without its marker (case-lazy-started-in-notice, case-returned-*) retire with the old path.
 * Step 2, delete the call: once none started before step 1's deploy. (scripts/patch-retirement.ts)
 */
export const RECORD_AFTER_REPLY_PATCH = 'record-after-reply';
/**
 * Patch: an action's workflow task carries only the reply and the write-behind: the stage search
 * attribute follows the write, and a timer whose instant did not change is kept (case-timer-loop.ts).
 * Landed 2026-11-28 (58683c0). Step 1, deprecatePatch(): once `npm run patches` counts no open
 * communityCaseWorkflow run started before its deploy (histories without its marker: see above, and
 * case-written-after-reply-in-notice). Step 2, delete the call: once none started before step 1's deploy.
 */
export const LEAN_UPDATE_TASK_PATCH = 'lean-update-task';
/**
 * Patch: the opening claims the case's row, ordered by its lock against the campaign's set-based close;
 * a case the campaign closed first is taken as closed (nothing recorded twice) and a first action then
 * fails with its domain error. Before it, a run opened whatever its row said.
 * Landed 2026-11-30 (1a16069). Step 1, deprecatePatch(): once `npm run patches` counts no open
 * communityCaseWorkflow run started before its deploy (histories without its marker retire then, e.g.
 * case-lean-update-task-in-notice). Step 2, delete the call: once none started before step 1's deploy.
 */
export const CLAIM_ON_OPEN_PATCH = 'claim-on-open';

const { notify } = proxyLocalActivities<CaseActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { maximumInterval: '10 seconds' },
});

/** The durable life of one community in one campaign, from invitation to award or a reasoned close. */
export async function communityCaseWorkflow(input: CaseInput): Promise<CaseState> {
  let state = newCaseState(workflowInfo().workflowId, input, Date.now());
  const recorder = new CaseRecorder(patched(RECORD_AFTER_REPLY_PATCH));
  const lean = patched(LEAN_UPDATE_TASK_PATCH);
  const claim = patched(CLAIM_ON_OPEN_PATCH);
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

  let opened = false;
  setActionHandlers({
    current: () => state,
    input: () => input,
    view,
    commit,
    afterCommit: {
      [contract.chaseUpdate.name]: async (command) => {
        const notification = chaseNotification(
          state,
          input,
          (command as ChaseCommand).message,
          timeWriting(),
        );
        if (notification) await notify(notification);
      },
    },
    awaitOpening: claim ? () => (opened ? Promise.resolve() : condition(() => opened)) : null,
    ledger: new IdempotencyLedger(),
  });
  // An operator's retry of steps the database refused (dead-lettered); CONFLICT when none are held.
  setHandler(contract.retryWritesUpdate, () => recorder.retryNow(), {
    validator: () => recorder.assertHeld(),
  });
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
  const { closedByCampaign } = await recorder.open(opening, claim);
  // The campaign's set-based close took the case first: this run holds it as closed and records nothing.
  if (closedByCampaign) state = closedByCampaign;
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
