import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { CaseStage, CaseState, DomainErrorCode } from '@app/domain';
import {
  caseViewQuery,
  extendDeadlineUpdate,
  reviewApplicationUpdate,
  submitApplicationUpdate,
  withdrawCaseUpdate,
} from '@app/workflows/community-case/community-case.contract';
import { caseDueIn, CLERK, ORGANIZER, startCase } from '../support/case-fixtures';
import { eventually } from '../support/eventually';
import { createWorkerHarness, WorkerHarness } from '../support/test-worker';

async function rejection(promise: Promise<unknown>): Promise<ApplicationFailure> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
  const cause = (error as WorkflowUpdateFailedError).cause;
  expect(cause).toBeInstanceOf(ApplicationFailure);
  return cause as ApplicationFailure;
}

describe('communityCaseWorkflow (real Temporal dev server, real PostgreSQL)', () => {
  let harness: WorkerHarness;

  beforeAll(async () => {
    harness = await createWorkerHarness();
  });
  afterAll(async () => {
    await harness.close();
  });

  async function projectedStage(workflowId: string): Promise<string> {
    const rows: { stage: string }[] = await harness.dataSource.query(
      'SELECT stage FROM case_projection WHERE workflow_id = $1',
      [workflowId],
    );
    return rows[0]?.stage ?? 'missing';
  }

  it('should move from application to self-check and project each step when the organizer accepts', async () => {
    const { handle } = await startCase(harness);
    await eventually(async () => expect(await projectedStage(handle.workflowId)).toBe(CaseStage.INVITED));

    const submitted = await handle.executeUpdate(submitApplicationUpdate, {
      args: [{ content: { summary: '申报' }, actor: CLERK }],
    });
    expect(submitted.state.stage).toBe(CaseStage.APPLICATION_REVIEW);
    expect(submitted.allowedActions).toEqual(['ACCEPT_APPLICATION', 'RETURN_APPLICATION', 'WITHDRAW']);
    // The projection is written before the Update replies, so the read model is already current.
    expect(await projectedStage(handle.workflowId)).toBe(CaseStage.APPLICATION_REVIEW);

    const accepted = await handle.executeUpdate(reviewApplicationUpdate, {
      args: [{ decision: 'ACCEPT', reasons: [], actor: ORGANIZER }],
    });
    expect(accepted.state.stage).toBe(CaseStage.SELF_CHECK);
    expect(accepted.state.decisions.map((decision) => decision.action)).toEqual([
      'SUBMIT_APPLICATION',
      'ACCEPT_APPLICATION',
    ]);
    expect(await projectedStage(handle.workflowId)).toBe(CaseStage.SELF_CHECK);
  });

  it('should keep both versions when an application is returned with reasons and resubmitted', async () => {
    const { handle } = await startCase(harness);
    await handle.executeUpdate(submitApplicationUpdate, { args: [{ content: { v: 1 }, actor: CLERK }] });
    const returned = await handle.executeUpdate(reviewApplicationUpdate, {
      args: [{ decision: 'RETURN', reasons: ['缺少居委会盖章'], actor: ORGANIZER }],
    });
    expect(returned.state.stage).toBe(CaseStage.RETURNED);
    expect(returned.allowedActions).toContain('SUBMIT_APPLICATION');

    const resubmitted = await handle.executeUpdate(submitApplicationUpdate, {
      args: [{ content: { v: 2 }, actor: CLERK }],
    });
    expect(resubmitted.state.stage).toBe(CaseStage.APPLICATION_REVIEW);
    expect(
      resubmitted.state.applications.map((application) => [application.version, application.content]),
    ).toEqual([
      [1, { v: 1 }],
      [2, { v: 2 }],
    ]);
  });

  it('should reject a return without reasons and leave the case untouched', async () => {
    const { handle } = await startCase(harness);
    const before = await handle.executeUpdate(submitApplicationUpdate, {
      args: [{ content: {}, actor: CLERK }],
    });
    const failure = await rejection(
      handle.executeUpdate(reviewApplicationUpdate, {
        args: [{ decision: 'RETURN', reasons: ['  '], actor: ORGANIZER }],
      }),
    );
    expect(failure.type).toBe(DomainErrorCode.VALIDATION_FAILED);
    expect(failure.details?.[0]).toEqual({
      problems: [
        { field: 'reasons', message: 'a return needs at least one reason the community can act on' },
      ],
    });
    const after = await handle.query(caseViewQuery);
    expect(after.state).toEqual(before.state);
  });

  it('should answer WRONG_STAGE with the allowed actions when the organizer reviews before any application', async () => {
    const { handle } = await startCase(harness);
    const failure = await rejection(
      handle.executeUpdate(reviewApplicationUpdate, {
        args: [{ decision: 'ACCEPT', reasons: [], actor: ORGANIZER }],
      }),
    );
    expect(failure.type).toBe(DomainErrorCode.WRONG_STAGE);
    expect(failure.details?.[0]).toEqual({
      stage: 'INVITED',
      allowedActions: ['SUBMIT_APPLICATION', 'EXTEND_DEADLINE', 'CHASE', 'WITHDRAW'],
    });
  });

  it('should close the case as not applied when the application deadline passes', async () => {
    const { handle } = await startCase(harness, caseDueIn(1500));
    const final: CaseState = await handle.result();
    expect(final.stage).toBe(CaseStage.NOT_APPLIED);
    expect(final.decisions.map((decision) => decision.action)).toEqual(['DEADLINE_MISSED']);
    expect(await projectedStage(handle.workflowId)).toBe(CaseStage.NOT_APPLIED);
  });

  it('should follow an extended deadline: an application after the original deadline is still accepted', async () => {
    const { handle, input } = await startCase(harness, caseDueIn(1500));
    const newDueAt = new Date(Date.now() + 3_600_000).toISOString();
    const extended = await handle.executeUpdate(extendDeadlineUpdate, {
      args: [{ newDueAt, reason: '社区换届', actor: ORGANIZER }],
    });
    expect(extended.state.deadlines.application?.dueAt).toBe(newDueAt);

    // Wait until the original deadline is behind us; the case must still be open.
    await eventually(() =>
      expect(Date.now()).toBeGreaterThan(Date.parse(input.schedule.applicationDueAt) + 500),
    );
    const submitted = await handle.executeUpdate(submitApplicationUpdate, {
      args: [{ content: {}, actor: CLERK }],
    });
    expect(submitted.state.stage).toBe(CaseStage.APPLICATION_REVIEW);
  });

  it('should close on withdrawal and refuse anything afterwards', async () => {
    const { handle } = await startCase(harness);
    const withdrawn = await handle.executeUpdate(withdrawCaseUpdate, {
      args: [{ reason: '社区合并', actor: ORGANIZER }],
    });
    expect(withdrawn.state.stage).toBe(CaseStage.WITHDRAWN);
    expect(withdrawn.allowedActions).toEqual([]);
    const final: CaseState = await handle.result();
    expect(final.closedReason).toBe('社区合并');
    await expect(
      handle.executeUpdate(submitApplicationUpdate, { args: [{ content: {}, actor: CLERK }] }),
    ).rejects.toThrow();
  });

  it('should apply an Update once when it is retried with the same update id', async () => {
    const { handle } = await startCase(harness);
    const first = await handle.executeUpdate(submitApplicationUpdate, {
      args: [{ content: { n: 1 }, actor: CLERK }],
      updateId: 'retry-1',
    });
    const again = await handle.executeUpdate(submitApplicationUpdate, {
      args: [{ content: { n: 1 }, actor: CLERK }],
      updateId: 'retry-1',
    });
    expect(again).toEqual(first);
    expect((await handle.query(caseViewQuery)).state.applications).toHaveLength(1);
  });

  it('should resume a case on a new worker after the old one stopped mid-case', async () => {
    const { handle } = await startCase(harness);
    await handle.executeUpdate(submitApplicationUpdate, { args: [{ content: {}, actor: CLERK }] });
    await harness.stopWorker();
    await harness.startWorker();
    const accepted = await handle.executeUpdate(reviewApplicationUpdate, {
      args: [{ decision: 'ACCEPT', reasons: [], actor: ORGANIZER }],
    });
    expect(accepted.state.stage).toBe(CaseStage.SELF_CHECK);
    expect(accepted.state.applications).toHaveLength(1);
  });
});
