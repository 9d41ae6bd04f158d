import { WithStartWorkflowOperation, WorkflowHandle } from '@temporalio/client';
import { Worker } from '@temporalio/worker';
import { CaseStage } from '@app/domain';
import {
  chaseUpdate,
  COMMUNITY_CASE_WORKFLOW,
  recordedUpdate,
  withdrawCaseUpdate,
} from '@app/workflows/community-case/community-case.contract';
import { caseStartOptions } from '@app/workflows/community-case/case-start-options';
import { caseInput, ORGANIZER, startCase } from '../support/case-fixtures';
import { recordHistoryIfAsked } from '../support/record-history';
import { createWorkerHarness, WorkerHarness } from '../support/test-worker';

const CHASE = { message: '请尽快申报', actor: ORGANIZER };

/** Replays a run's whole history on today's workflow code, as a fresh worker does after a restart. */
async function replay(handle: WorkflowHandle): Promise<void> {
  await Worker.runReplayHistory(
    { workflowBundle: { codePath: process.env.WORKFLOW_BUNDLE_PATH! } },
    await handle.fetchHistory(),
    handle.workflowId,
  );
}

// A chase (催办) as a case's first action sends its notification while the opening is still being
// written; a fresh worker must rebuild such a run from its history.
describe('a case chased first replays after a worker restart (real Temporal dev server, real PostgreSQL)', () => {
  let harness: WorkerHarness;

  beforeAll(async () => {
    harness = await createWorkerHarness();
  });
  afterAll(async () => {
    await harness.close();
  });

  async function restartThenWithdraw(handle: WorkflowHandle, name: string): Promise<void> {
    await harness.stopWorker();
    await replay(handle);
    await harness.startWorker();
    const withdrawn = await handle.executeUpdate(withdrawCaseUpdate, {
      args: [{ reason: '测试结束', actor: ORGANIZER }],
    });
    expect(withdrawn.state.stage).toBe(CaseStage.WITHDRAWN);
    await handle.result();
    await replay(handle);
    await recordHistoryIfAsked(handle, name);
  }

  it('should replay a case started by its chase (update-with-start, as the API starts a launched case)', async () => {
    const input = caseInput();
    const chased = await harness.client.workflow.executeUpdateWithStart(chaseUpdate, {
      args: [CHASE],
      startWorkflowOperation: new WithStartWorkflowOperation(COMMUNITY_CASE_WORKFLOW, {
        ...caseStartOptions(input, harness.taskQueue),
        workflowIdConflictPolicy: 'USE_EXISTING',
      }),
    });
    expect(chased.state.decisions.map((decision) => decision.action)).toEqual(['CHASE']);
    const handle = harness.client.workflow.getHandle(chased.state.workflowId);
    await handle.executeUpdate(recordedUpdate);
    await restartThenWithdraw(handle, 'case-started-by-chase-withdrawn');
  });

  it('should replay a started case whose first action is a chase', async () => {
    const { handle } = await startCase(harness);
    const chased = await handle.executeUpdate(chaseUpdate, { args: [CHASE] });
    expect(chased.state.decisions.map((decision) => decision.action)).toEqual(['CHASE']);
    await handle.executeUpdate(recordedUpdate);
    await restartThenWithdraw(handle, 'case-chased-first-withdrawn');
  });
});
