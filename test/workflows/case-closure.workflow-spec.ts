import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { CaseInput, CaseStage, closeNotApplied, closureEventKey, newCaseState } from '@app/domain';
import { CaseProjectionRepository, closeUnstartedCases, insertInvitedCases } from '@app/persistence';
import { caseStartOptions } from '@app/workflows/community-case/case-start-options';
import {
  caseWorkflowId,
  COMMUNITY_CASE_WORKFLOW,
  recordedUpdate,
  submitApplicationUpdate,
} from '@app/workflows/community-case/community-case.contract';
import { CaseProjectionActivities } from '../../apps/worker/src/activities/case-projection.activities';
import { caseInput, CLERK } from '../support/case-fixtures';
import { createWorkerHarness, WorkerHarness } from '../support/test-worker';

const iso = (ms: number) => new Date(ms).toISOString();

// A case's closure has two paths: its own workflow, and the campaign's set-based close of the cases that
// never started. Whichever closes a case, the case is closed once: one owner (the opening claims the row),
// one event per type with one key (closureEventKey), however the two interleave.
describe('a case closes once, by its workflow or by the campaign (real Temporal dev server, real PostgreSQL)', () => {
  let harness: WorkerHarness;

  beforeAll(async () => {
    harness = await createWorkerHarness();
    await harness.dataSource.query(
      `INSERT INTO jurisdiction (id, parent_id, level, name, path) VALUES
         ('clz', NULL, 'PROVINCE', '测试省', '/clz/'),
         ('clz-s', 'clz', 'STREET', '街道', '/clz/clz-s/')
       ON CONFLICT DO NOTHING`,
    );
    await harness.dataSource.query(
      `INSERT INTO jurisdiction (id, parent_id, level, name, kind, path)
       SELECT 'clz-' || c, 'clz-s', 'COMMUNITY', '社区' || c, 'URBAN', '/clz/clz-s/clz-' || c || '/'
         FROM generate_series(1, 3) c ON CONFLICT DO NOTHING`,
    );
  });
  afterAll(async () => {
    await harness.close();
  });

  /** A launched campaign's rows (as POST /campaigns/:id/launch writes them), the application due in `dueInMs`. */
  async function launched(
    dueInMs: number,
  ): Promise<{ campaignId: string; input: (id: string) => CaseInput }> {
    const campaignId = `clz-${randomUUID().slice(0, 8)}`;
    const base = caseInput();
    const schedule = { ...base.schedule, applicationDueAt: iso(Date.now() + dueInMs) };
    const template = newCaseState('', { ...base, campaignId, schedule }, Date.now());
    await harness.dataSource.transaction((tx) =>
      insertInvitedCases(tx, { id: campaignId, scopePath: '/clz/', template }),
    );
    const input = (communityId: string): CaseInput => ({
      ...base,
      campaignId,
      schedule,
      community: {
        id: communityId,
        name: communityId,
        kind: 'URBAN',
        streetId: 'clz-s',
        path: `/clz/clz-s/${communityId}/`,
      },
    });
    return { campaignId, input };
  }

  const closeNonApplicants = (campaignId: string) =>
    harness.dataSource.transaction((tx) =>
      closeUnstartedCases(tx, campaignId, { kind: 'NOT_APPLIED', at: new Date().toISOString() }),
    );

  const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const messages = async (workflowId: string) =>
    (
      await harness.dataSource.query<{ key: string; type: string }[]>(
        `SELECT key, type FROM outbox_message WHERE payload ->> 'workflowId' = $1`,
        [workflowId],
      )
    ).sort(byKey);

  const closureMessages = (workflowId: string) =>
    [
      { key: closureEventKey(workflowId, 'case.deadline_missed'), type: 'case.deadline_missed' },
      { key: closureEventKey(workflowId, 'case.stage_changed'), type: 'case.stage_changed' },
    ].sort(byKey);

  function applyWithStart(input: CaseInput) {
    return harness.client.workflow.executeUpdateWithStart(submitApplicationUpdate, {
      args: [{ content: {}, actor: CLERK }],
      startWorkflowOperation: new WithStartWorkflowOperation(COMMUNITY_CASE_WORKFLOW, {
        ...caseStartOptions(input, harness.taskQueue),
        workflowIdConflictPolicy: 'USE_EXISTING',
      }),
    });
  }

  it('should take a case the campaign closed first as closed: the first action fails, nothing is recorded twice', async () => {
    const { campaignId, input } = await launched(60_000);
    const workflowId = caseWorkflowId(campaignId, 'clz-1');
    expect(await closeNonApplicants(campaignId)).toBe(3);

    // The application's validator still sees an open case (its deadline is a minute away): the opening
    // finds the row closed by the campaign, the run takes the closure as its own and the Update fails.
    const failure = await applyWithStart(input('clz-1')).then(
      () => undefined,
      (error: unknown) => error,
    );

    expect(failure).toBeInstanceOf(WorkflowUpdateFailedError);
    expect(((failure as WorkflowUpdateFailedError).cause as ApplicationFailure).type).toBe('WRONG_STAGE');
    const final = await harness.client.workflow.getHandle(workflowId).result();
    expect(final).toMatchObject({ stage: CaseStage.NOT_APPLIED, seq: 0 });
    expect(await messages(workflowId)).toEqual(closureMessages(workflowId));
    const trail = await harness.dataSource.query(`SELECT action FROM audit_event WHERE workflow_id = $1`, [
      workflowId,
    ]);
    expect(trail).toEqual([]);
    const [row] = await harness.dataSource.query<{ stage: string; workflow_started: boolean }[]>(
      'SELECT stage, workflow_started FROM case_projection WHERE workflow_id = $1',
      [workflowId],
    );
    expect(row).toEqual({ stage: 'NOT_APPLIED', workflow_started: false });
  });

  it('should leave a case its workflow opened first to the workflow: the campaign closes the others only', async () => {
    const { campaignId, input } = await launched(4_000);
    const workflowId = caseWorkflowId(campaignId, 'clz-2');
    const handle = await harness.client.workflow.start(
      COMMUNITY_CASE_WORKFLOW,
      caseStartOptions(input('clz-2'), harness.taskQueue),
    );
    await handle.executeUpdate(recordedUpdate);

    expect(await closeNonApplicants(campaignId)).toBe(2);

    // Its own deadline closes it: one closure, keyed as the campaign would have keyed it.
    expect((await handle.result()).stage).toBe(CaseStage.NOT_APPLIED);
    expect(await messages(workflowId)).toEqual(
      [
        ...closureMessages(workflowId),
        // The opening (INVITED, stageBefore null) is a stage change of its own.
        { key: `${workflowId}#0#case.stage_changed`, type: 'case.stage_changed' },
      ].sort(byKey),
    );
  });

  it('should write one event per type when both paths record the same closure (one key, deduplicated)', async () => {
    const { campaignId, input } = await launched(60_000);
    const workflowId = caseWorkflowId(campaignId, 'clz-3');
    await closeNonApplicants(campaignId);
    // A run started before the opening claimed rows closes the same case by its own timer.
    const opened = newCaseState(workflowId, input('clz-3'), Date.now());
    const closed = closeNotApplied(opened, Date.now());
    const events = [
      {
        workflowId,
        campaignId,
        communityId: 'clz-3',
        seq: 1,
        action: 'DEADLINE_MISSED',
        actor: closed.decisions[0].by,
        stageBefore: 'INVITED',
        stageAfter: 'NOT_APPLIED',
        payload: null,
        at: closed.decisions[0].at,
      },
    ];
    await new CaseProjectionActivities(new CaseProjectionRepository(harness.dataSource)).recordCaseChanges([
      { state: closed, events },
    ]);

    expect(await messages(workflowId)).toEqual(closureMessages(workflowId));
  });
});
