import { allHandlersFinished, condition, patched, setHandler } from '@temporalio/workflow';
import type { CaseInput, CaseState } from '@app/domain';
import * as contract from './community-case.contract';
import { setActionHandlers } from './case-action-handlers';
import { setCampaignHandlers } from './case-campaign-handlers';
import { CaseEntity } from './case-entity';
import { AFTER_COMMIT } from './case-notifications';
import { runTimersKeepingTarget, runTimersRestartingOnChange } from './case-timer-loop';

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

/**
 * The durable life of one community in one campaign, from invitation to award or a reasoned close.
 * Wiring only: the case (CaseEntity), the tables of its actions and campaign signals, and its timers.
 */
export async function communityCaseWorkflow(input: CaseInput): Promise<CaseState> {
  const entity = new CaseEntity(input, {
    recordAfterReply: patched(RECORD_AFTER_REPLY_PATCH),
    leanUpdateTask: patched(LEAN_UPDATE_TASK_PATCH),
    claimOnOpen: patched(CLAIM_ON_OPEN_PATCH),
  });
  setActionHandlers(entity, AFTER_COMMIT);
  // An operator's retry of steps the database refused (dead-lettered); CONFLICT when none are held.
  setHandler(contract.retryWritesUpdate, () => entity.recorder.retryNow(), {
    validator: () => entity.recorder.assertHeld(),
  });
  setHandler(contract.caseViewQuery, () => entity.view());
  setCampaignHandlers(entity);
  setHandler(contract.openCaseUpdate, async () => {
    await condition(() => entity.opened);
    return entity.view();
  });
  // Replies once every step committed so far is in the read model, audit trail and outbox.
  setHandler(contract.recordedUpdate, async () => {
    const seq = entity.state.seq;
    await condition(() => entity.recordedUpTo(seq));
    return entity.view();
  });
  entity.takeOpening(await entity.open());
  await (entity.patches.leanUpdateTask
    ? runTimersKeepingTarget(entity)
    : runTimersRestartingOnChange(entity));
  // Let the Update that closed the case reply before the run completes.
  await condition(() => allHandlersFinished() && entity.recorder.idle());
  return entity.state;
}
