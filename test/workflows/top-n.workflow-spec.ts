import { randomUUID } from 'node:crypto';
import { CaseStage, CaseState, ItemScores } from '@app/domain';
import { CAMPAIGN_WORKFLOW, campaignWorkflowId } from '@app/workflows/campaign/campaign.contract';
import { caseInput, startCase } from '../support/case-fixtures';
import { confirm, inspect, toInspection } from '../support/case-driver';
import { createWorkerHarness, WorkerHarness } from '../support/test-worker';

const iso = (ms: number) => new Date(ms).toISOString();

// 十佳 with N = 2 over four passed cases: 92, 80 (self-check 100), 80 (self-check 80), 72. The tie at
// 80 is broken by the stated rule, the smaller self-check deviation.
describe('top-N selection (十佳) by the campaign workflow (real Temporal dev server, real PostgreSQL)', () => {
  let harness: WorkerHarness;
  beforeAll(async () => {
    harness = await createWorkerHarness();
  });
  afterAll(async () => {
    await harness.close();
  });

  it('should award the best two once every case is through its notice, ties broken by the stated rule', async () => {
    const campaignId = `topn-${randomUUID().slice(0, 8)}`;
    const base = caseInput();
    const award = { ...base.award, topN: 2, tieBreak: 'SMALLER_DEVIATION' };
    const plan: [string, ItemScores, ItemScores][] = [
      ['c-01', { 'A-01': 10, 'A-02': 5, 'B-01': 10 }, { 'A-01': 10, 'A-02': 5, 'B-01': 8 }],
      ['c-02', { 'A-01': 10, 'A-02': 5, 'B-01': 10 }, { 'A-01': 10, 'A-02': 5, 'B-01': 5 }],
      ['c-03', { 'A-01': 10, 'A-02': 5, 'B-01': 5 }, { 'A-01': 10, 'A-02': 5, 'B-01': 5 }],
      ['c-04', { 'A-01': 10, 'A-02': 3, 'B-01': 5 }, { 'A-01': 10, 'A-02': 3, 'B-01': 5 }],
    ];
    const campaign = await harness.client.workflow.start(CAMPAIGN_WORKFLOW, {
      workflowId: campaignWorkflowId(campaignId),
      taskQueue: harness.taskQueue,
      args: [
        {
          campaignId,
          title: '十佳评选',
          schedule: { ...base.schedule, applicationDueAt: iso(Date.now() + 300), awardAt: iso(Date.now()) },
          reminderOffsetsMs: [],
          award: { topN: 2, tieBreak: 'SMALLER_DEVIATION' },
          topNRecheckMs: 300,
        },
      ],
    });
    const handles = [];
    for (const [communityId, selfCheck, sheet] of plan) {
      const { handle } = await startCase(harness, { ...caseInput({}, communityId), campaignId, award });
      await toInspection(handle, selfCheck);
      await inspect(handle, [sheet]);
      expect((await confirm(handle)).stage).toBe(CaseStage.NOTICE);
      handles.push(handle);
    }

    const finals: CaseState[] = await Promise.all(handles.map((handle) => handle.result()));
    expect(
      finals.map((state) => [state.communityId, state.stage, state.award?.tier ?? state.closedReason]),
    ).toEqual([
      ['c-01', CaseStage.AWARDED, '精品'],
      ['c-02', CaseStage.NOT_AWARDED, 'rank 3: outside the top 2 (十佳)'],
      ['c-03', CaseStage.AWARDED, '示范'],
      ['c-04', CaseStage.NOT_AWARDED, 'rank 4: outside the top 2 (十佳)'],
    ]);
    const run = await campaign.result();
    expect(run.log.at(-1)).toMatchObject({ action: 'TOP_N_DECIDED', detail: '2 of 4 awarded (top 2)' });
  });
});
