import { WorkflowNotFoundError } from '@temporalio/client';
import { closureEventKey } from '@app/domain';
import { caseWorkflowId } from '@app/workflows/community-case/community-case.contract';
import { apiCampaignWorld, ApiCampaignWorld } from '../support/api-campaign';
import { daysFromNow } from '../support/campaign-body';
import { eventually } from '../support/eventually';
import { createTestApp, TestApp } from '../support/test-app';

const LATE = 20;
const AT_THE_DEADLINE = 6;
const SECOND_MS = 1000;

// First applications that arrive as the application window closes race the campaign's set-based close
// of every case that never started. Whoever wins, a case is closed once: a refused action starts no
// workflow, and each closed case has one closure event per type, under one key.
describe('first actions racing the campaign close of the application window (real API, worker, Temporal, PostgreSQL)', () => {
  let t: TestApp;
  let world: ApiCampaignWorld;

  beforeAll(async () => {
    t = await createTestApp();
    world = await apiCampaignWorld(t, 'lf', { communities: 1 + AT_THE_DEADLINE + LATE, inspectors: 0 });
  });
  afterAll(async () => {
    await t.close();
  });

  it('should refuse every late first action without a workflow, and close each case once, whichever path gets there first', async () => {
    const dueAt = Date.now() + 6 * SECOND_MS;
    const schedule = {
      applicationOpensAt: daysFromNow(-1),
      applicationDueAt: new Date(dueAt).toISOString(),
      selfCheckDueAt: daysFromNow(60),
      inspectionStartsAt: daysFromNow(61),
      inspectionDueAt: daysFromNow(90),
      noticeDays: 7,
      awardAt: daysFromNow(100),
      reminderDaysBefore: [7, 1],
      overdueRepeatDays: 3,
      escalateAfterDays: 5,
    };
    const campaignId = await world.launch({ schedule });
    const [onTime, ...rest] = world.communities;
    const atTheDeadline = rest.slice(0, AT_THE_DEADLINE);
    const late = rest.slice(AT_THE_DEADLINE);
    const apply = (communityId: string) =>
      t
        .as(world.clerks.get(communityId)!)
        .post(
          `/campaigns/${campaignId}/cases/${communityId}/application`,
          { content: {} },
          { readYourWrites: false },
        );
    await apply(onTime).expect(200);

    // Some applications right at the deadline (either side of it), then the late ones the moment it has
    // passed, all at once, while the campaign workflow's timer fires its set-based close.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, dueAt - Date.now() - 30)));
    const borderline = atTheDeadline.map((communityId) => apply(communityId).then((reply) => reply));
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, dueAt - Date.now() + 1)));
    const refusals = await Promise.all(late.map((communityId) => apply(communityId)));
    const borderlineReplies = await Promise.all(borderline);

    for (const reply of refusals) {
      expect(reply.status).toBe(409);
      expect(['DEADLINE_PASSED', 'WRONG_STAGE']).toContain(reply.body.code);
    }
    await eventually(async () => {
      const run = await t.as(world.organizer).get(`/campaigns/${campaignId}/run`).expect(200);
      expect(run.body.applicationClosed).toBe(true);
    }, 30_000);

    // No workflow for a refused late action: the row said no before anything started.
    for (const communityId of late) {
      const described = await t.harness.client.workflow
        .getHandle(caseWorkflowId(campaignId, communityId))
        .describe()
        .then(
          () => 'started',
          (error: unknown) => (error instanceof WorkflowNotFoundError ? 'none' : String(error)),
        );
      expect(described).toBe('none');
    }
    const closures = await eventually(async () => {
      const rows = await t.harness.dataSource.query<
        { community_id: string; stage: string; keys: string[] }[]
      >(
        `SELECT c.community_id, c.stage,
                COALESCE(array_agg(m.key ORDER BY m.key) FILTER (WHERE m.key IS NOT NULL), '{}') AS keys
           FROM case_projection c
           LEFT JOIN outbox_message m
             ON m.payload ->> 'workflowId' = c.workflow_id AND m.type = 'case.deadline_missed'
          WHERE c.campaign_id = $1 GROUP BY c.community_id, c.stage`,
        [campaignId],
      );
      const open = rows.filter((row) => row.stage !== 'NOT_APPLIED' && row.stage !== 'APPLICATION_REVIEW');
      expect(open).toEqual([]);
      return new Map(rows.map((row) => [row.community_id, row]));
    });
    for (const communityId of late) {
      const workflowId = caseWorkflowId(campaignId, communityId);
      expect(closures.get(communityId)).toEqual({
        community_id: communityId,
        stage: 'NOT_APPLIED',
        keys: [closureEventKey(workflowId, 'case.deadline_missed')],
      });
    }
    // At the deadline: applied (and never closed), or closed exactly once — never both, never twice.
    atTheDeadline.forEach((communityId, index) => {
      const workflowId = caseWorkflowId(campaignId, communityId);
      const applied = borderlineReplies[index].status === 200;
      expect(closures.get(communityId)).toEqual({
        community_id: communityId,
        stage: applied ? 'APPLICATION_REVIEW' : 'NOT_APPLIED',
        keys: applied ? [] : [closureEventKey(workflowId, 'case.deadline_missed')],
      });
    });
    expect(closures.get(onTime)).toMatchObject({ stage: 'APPLICATION_REVIEW', keys: [] });
    const stageChanges = await t.harness.dataSource.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM outbox_message WHERE campaign_id = $1 AND key LIKE '%#closed#case.stage_changed'`,
      [campaignId],
    );
    const closed = [...closures.values()].filter((row) => row.stage === 'NOT_APPLIED').length;
    expect(Number(stageChanges[0].n)).toBe(closed);
  });
});
