import { CaseStage, recusalUpdateId } from '@app/domain';
import {
  assignInspectorsUpdate,
  recordedUpdate,
  recuseInspectorUpdate,
  submitCheckUpdate,
  withdrawCaseUpdate,
} from '@app/workflows/community-case/community-case.contract';
import { caseInput, inspector, ORGANIZER, startCase } from '../support/case-fixtures';
import { FULL_MARKS, toInspection } from '../support/case-driver';
import { recordHistoryIfAsked, replayRun } from '../support/record-history';
import { createWorkerHarness, WorkerHarness } from '../support/test-worker';

const assigned = (...numbers: number[]) =>
  numbers.map((n) => {
    const { actor: _actor, ...rest } = inspector(n);
    return rest;
  });

// 申请回避 (the recuseInspector Update) leaves a team short; the organizer assigns a replacement, who
// checks. A fresh worker must rebuild such a run from its history (test/histories/case-inspector-recused-*).
describe('a case whose inspector recused replays after a worker restart (real Temporal dev server, real PostgreSQL)', () => {
  let harness: WorkerHarness;

  beforeAll(async () => {
    harness = await createWorkerHarness();
  });
  afterAll(async () => {
    await harness.close();
  });

  it('should take the inspector off once, show the team short, take a replacement and replay', async () => {
    const base = caseInput();
    const { handle } = await startCase(harness, {
      ...base,
      inspection: { ...base.inspection, minInspectors: 2, rectificationAllowed: false },
    });
    await toInspection(handle);
    await handle.executeUpdate(assignInspectorsUpdate, {
      args: [{ inspectors: assigned(1, 2), reason: '', actor: ORGANIZER }],
    });
    await handle.executeUpdate(submitCheckUpdate, {
      args: [
        { scores: FULL_MARKS, vetoFlags: [], findings: '', rectifyItems: [], actor: inspector(2).actor },
      ],
    });
    // As the API sends it: one fixed key per inspector and case, so a repeat never removes twice.
    const updateId = recusalUpdateId(inspector(1).userId);
    const recuse = () =>
      handle.executeUpdate(recuseInspectorUpdate, {
        args: [{ reason: '本人曾在该社区挂职', actor: inspector(1).actor }],
        updateId,
      });
    const recused = await recuse();
    expect(recused.state.stage).toBe(CaseStage.INSPECTION);
    expect(recused.state.inspectors.map((i) => i.userId)).toEqual([inspector(2).userId]);
    expect(recused.state.inspectorsNeeded).toBe(1);
    expect((await recuse()).state.seq).toBe(recused.state.seq);

    const replaced = await handle.executeUpdate(assignInspectorsUpdate, {
      args: [{ inspectors: assigned(2, 3), reason: '检查员1申请回避，补派检查员3', actor: ORGANIZER }],
    });
    expect(replaced.state.inspectorsNeeded).toBe(0);
    const checked = await handle.executeUpdate(submitCheckUpdate, {
      args: [
        { scores: FULL_MARKS, vetoFlags: [], findings: '', rectifyItems: [], actor: inspector(3).actor },
      ],
    });
    expect(checked.state.stage).toBe(CaseStage.SCORING);
    await handle.executeUpdate(recordedUpdate);
    const audit: { action: string }[] = await harness.dataSource.query(
      'SELECT action FROM audit_event WHERE workflow_id = $1 ORDER BY seq',
      [handle.workflowId],
    );
    expect(audit.filter((row) => row.action === 'RECUSE_INSPECTOR')).toHaveLength(1);

    await harness.stopWorker();
    await replayRun(handle);
    await harness.startWorker();
    await handle.executeUpdate(withdrawCaseUpdate, { args: [{ reason: '测试结束', actor: ORGANIZER }] });
    await handle.result();
    await replayRun(handle);
    await recordHistoryIfAsked(handle, 'case-inspector-recused-replaced-withdrawn');
  });
});
