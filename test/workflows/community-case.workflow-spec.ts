import {
  WithStartWorkflowOperation,
  WorkflowUpdateFailedError,
  WorkflowUpdateStage,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { CaseStage, CaseState, DomainErrorCode } from '@app/domain';
import { CaseProjectionRepository } from '@app/persistence';
import {
  assignInspectorsUpdate,
  caseViewQuery,
  COMMUNITY_CASE_WORKFLOW,
  extendDeadlineUpdate,
  recordedUpdate,
  reviewApplicationUpdate,
  submitApplicationUpdate,
  submitCheckUpdate,
  withdrawCaseUpdate,
} from '@app/workflows/community-case/community-case.contract';
import { caseStartOptions } from '@app/workflows/community-case/case-start-options';
import { CaseProjectionActivities } from '../../apps/worker/src/activities/case-projection.activities';
import { CASE_STAGE } from '@app/workflows/search-attributes';
import { caseDueIn, caseInput, CLERK, inspector, ORGANIZER, startCase } from '../support/case-fixtures';
import { FULL_MARKS, toInspection } from '../support/case-driver';
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
    // The reply comes before the write; `recorded` answers once the read model has caught up.
    await handle.executeUpdate(recordedUpdate);
    expect(await projectedStage(handle.workflowId)).toBe(CaseStage.APPLICATION_REVIEW);

    const accepted = await handle.executeUpdate(reviewApplicationUpdate, {
      args: [{ decision: 'ACCEPT', reasons: [], actor: ORGANIZER }],
    });
    expect(accepted.state.stage).toBe(CaseStage.SELF_CHECK);
    expect(accepted.state.decisions.map((decision) => decision.action)).toEqual([
      'SUBMIT_APPLICATION',
      'ACCEPT_APPLICATION',
    ]);
    await handle.executeUpdate(recordedUpdate);
    expect(await projectedStage(handle.workflowId)).toBe(CaseStage.SELF_CHECK);
  });

  it('should reply to an action while its write is still held back, and answer `recorded` only after the write', async () => {
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const writes: string[][] = [];
    const real = new CaseProjectionActivities(new CaseProjectionRepository(harness.dataSource));
    const gated = await createWorkerHarness(undefined, {
      async writeCaseChanges(changes) {
        writes.push(changes.flatMap((change) => change.events.map((event) => event.action)));
        await held;
        await real.writeCaseChanges(changes);
      },
    });
    try {
      const { handle } = await startCase(gated);
      const submitted = await handle.executeUpdate(submitApplicationUpdate, {
        args: [{ content: {}, actor: CLERK }],
      });
      const returned = await handle.executeUpdate(reviewApplicationUpdate, {
        args: [{ decision: 'RETURN', reasons: ['缺少附件'], actor: ORGANIZER }],
      });
      expect([submitted.state.stage, returned.state.stage]).toEqual([
        CaseStage.APPLICATION_REVIEW,
        CaseStage.RETURNED,
      ]);
      // Both replies came while the first write was held: the read model still shows the opened case.
      expect(await projectedStage(handle.workflowId)).toBe(CaseStage.INVITED);
      // Accepted (the workflow has taken it in) but not answered: it cannot be while the write is held.
      const waiting = await handle.startUpdate(recordedUpdate, {
        waitForStage: WorkflowUpdateStage.ACCEPTED,
      });
      let answered = false;
      const answer = waiting.result().then((view) => ((answered = true), view));
      await handle.query(caseViewQuery);
      expect(answered).toBe(false);

      release();
      expect((await answer).state.seq).toBe(returned.state.seq);
      expect(await projectedStage(handle.workflowId)).toBe(CaseStage.RETURNED);
      // The second step queued behind the first and was written in order, each exactly once.
      expect(writes.flat()).toEqual(['SUBMIT_APPLICATION', 'RETURN_APPLICATION']);
      const audit: { action: string }[] = await harness.dataSource.query(
        'SELECT action FROM audit_event WHERE workflow_id = $1 ORDER BY seq',
        [handle.workflowId],
      );
      expect(audit.map((row) => row.action)).toEqual([
        'CASE_OPENED',
        'SUBMIT_APPLICATION',
        'RETURN_APPLICATION',
      ]);
    } finally {
      release();
      await gated.close();
    }
  });

  it('should record the opening and the first action as two links when the case starts with that action', async () => {
    // update-with-start: the application arrives in the very task that starts the workflow.
    const input = caseInput();
    const view = await harness.client.workflow.executeUpdateWithStart(submitApplicationUpdate, {
      args: [{ content: {}, actor: CLERK }],
      startWorkflowOperation: new WithStartWorkflowOperation(COMMUNITY_CASE_WORKFLOW, {
        ...caseStartOptions(input, harness.taskQueue),
        workflowIdConflictPolicy: 'USE_EXISTING',
      }),
    });
    const handle = harness.client.workflow.getHandle(view.state.workflowId);
    await handle.executeUpdate(recordedUpdate);
    const audit: { seq: number; action: string; stage_before: string | null; stage_after: string }[] =
      await harness.dataSource.query(
        'SELECT seq, action, stage_before, stage_after FROM audit_event WHERE workflow_id = $1 ORDER BY seq',
        [handle.workflowId],
      );
    expect(audit).toEqual([
      { seq: 0, action: 'CASE_OPENED', stage_before: null, stage_after: CaseStage.INVITED },
      {
        seq: view.state.seq,
        action: 'SUBMIT_APPLICATION',
        stage_before: CaseStage.INVITED,
        stage_after: CaseStage.APPLICATION_REVIEW,
      },
    ]);
  });

  it('should answer a check that leaves the next deadline alone with no timer commands, and show the stage once written', async () => {
    const { handle } = await startCase(harness);
    await toInspection(handle);
    const team = [inspector(1), inspector(2)];
    await handle.executeUpdate(assignInspectorsUpdate, {
      args: [
        { inspectors: team.map(({ actor: _actor, ...assigned }) => assigned), reason: '', actor: ORGANIZER },
      ],
    });
    const check = (n: number) =>
      handle.executeUpdate(submitCheckUpdate, {
        args: [{ scores: FULL_MARKS, vetoFlags: [], findings: '', rectifyItems: [], actor: team[n].actor }],
      });
    const timerCommands = async () =>
      (await handle.fetchHistory()).events!.filter(
        (event) => event.timerStartedEventAttributes || event.timerCanceledEventAttributes,
      ).length;
    await handle.executeUpdate(recordedUpdate);
    const before = await timerCommands();

    expect((await check(0)).state.stage).toBe(CaseStage.INSPECTION);
    await handle.executeUpdate(recordedUpdate);
    // The inspection deadline did not move, so its timer was kept: no cancel, no new timer.
    expect(await timerCommands()).toBe(before);

    expect((await check(1)).state.stage).toBe(CaseStage.SCORING);
    await handle.executeUpdate(recordedUpdate);
    expect((await handle.describe()).typedSearchAttributes.get(CASE_STAGE)).toBe(CaseStage.SCORING);
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
