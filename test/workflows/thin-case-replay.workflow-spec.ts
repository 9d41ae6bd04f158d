import { CaseStage } from '@app/domain';
import {
  campaignDeadlineMovedSignal,
  caseViewQuery,
  chaseUpdate,
  recordedUpdate,
  withdrawCaseUpdate,
} from '@app/workflows/community-case/community-case.contract';
import { caseInput, ORGANIZER, startCase } from '../support/case-fixtures';
import { eventually } from '../support/eventually';
import { recordHistoryIfAsked, replayRun } from '../support/record-history';
import { createWorkerHarness, WorkerHarness } from '../support/test-worker';

const iso = (ms: number) => new Date(ms).toISOString();
const MINUTE = 60_000;

// The case workflow as an entity with tables of actions and campaign signals: a run that goes through
// a reminder (the pure step reminderSent), a campaign-wide extension (input, then step), a chase and a
// withdrawal rebuilds from its history on a fresh worker, and is recorded for the replay tests.
describe('a case run on the thin workflow replays after a worker restart (real Temporal dev server, real PostgreSQL)', () => {
  let harness: WorkerHarness;

  beforeAll(async () => {
    harness = await createWorkerHarness();
  });
  afterAll(async () => {
    await harness.close();
  });

  it('should replay a case reminded, moved by the campaign, chased and withdrawn', async () => {
    const base = caseInput();
    const dueAt = Date.now() + MINUTE;
    // The one reminder falls two seconds after the start.
    const { handle } = await startCase(harness, {
      ...base,
      schedule: { ...base.schedule, applicationDueAt: iso(dueAt) },
      timings: { ...base.timings, reminderOffsetsMs: [MINUTE - 2000] },
    });
    const reminded = await eventually(async () => {
      const view = await handle.query(caseViewQuery);
      expect(view.state.remindersSent).toHaveLength(1);
      return view;
    });
    expect(reminded.state.seq).toBe(0);

    const movedTo = iso(dueAt + 30 * MINUTE);
    await handle.signal(campaignDeadlineMovedSignal, {
      deadline: 'application',
      dueAt: movedTo,
      reason: '全体延期',
      actor: ORGANIZER,
    });
    const moved = await eventually(async () => {
      const view = await handle.query(caseViewQuery);
      expect(view.state.deadlines.application?.dueAt).toBe(movedTo);
      return view;
    });
    expect(moved.state.decisions.map((decision) => decision.action)).toEqual(['EXTEND_PHASE:application']);

    await handle.executeUpdate(chaseUpdate, { args: [{ message: '请尽快申报', actor: ORGANIZER }] });
    await handle.executeUpdate(recordedUpdate);
    await harness.stopWorker();
    await replayRun(handle);
    await harness.startWorker();
    const withdrawn = await handle.executeUpdate(withdrawCaseUpdate, {
      args: [{ reason: '测试结束', actor: ORGANIZER }],
    });
    expect(withdrawn.state.stage).toBe(CaseStage.WITHDRAWN);
    expect((await handle.result()).remindersSent).toHaveLength(1);
    await replayRun(handle);
    await recordHistoryIfAsked(handle, 'case-thin-reminded-moved-chased-withdrawn');
  });
});
