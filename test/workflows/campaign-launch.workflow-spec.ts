import { randomUUID } from 'node:crypto';
import { CaseStage, formatLocalDateTime, newCaseState } from '@app/domain';
import { insertInvitedCases } from '@app/persistence';
import {
  CAMPAIGN_WORKFLOW,
  campaignRunQuery,
  campaignWorkflowId,
} from '@app/workflows/campaign/campaign.contract';
import {
  recordedUpdate,
  submitApplicationUpdate,
} from '@app/workflows/community-case/community-case.contract';
import { caseInput, CLERK, startCase } from '../support/case-fixtures';
import { eventually } from '../support/eventually';
import { createWorkerHarness, WorkerHarness } from '../support/test-worker';

const STREETS = 30;
const PER_STREET = 100;
const INELIGIBLE = 10;
const APPLICANTS = ['lx-c0001', 'lx-c0002', 'lx-c0150', 'lx-c1500', 'lx-c3000'];

// A launch over 3,000 communities: one statement opens the cases, the campaign workflow reminds the
// communities that have not applied and closes them all at the deadline in one step; the five that
// applied (their own workflows started) are left to their workflows.
describe('campaign launch and the application window at scale (real Temporal dev server, real PostgreSQL)', () => {
  let harness: WorkerHarness;
  const campaignId = `launch-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    harness = await createWorkerHarness();
    const db = harness.dataSource;
    await db.query(
      `INSERT INTO jurisdiction (id, parent_id, level, name, path) VALUES ('lx', NULL, 'PROVINCE', '测试省', '/lx/') ON CONFLICT DO NOTHING`,
    );
    await db.query(
      `INSERT INTO jurisdiction (id, parent_id, level, name, path)
       SELECT 'lx-s' || s, 'lx', 'STREET', '街道' || s, '/lx/lx-s' || s || '/' FROM generate_series(1, $1) s ON CONFLICT DO NOTHING`,
      [STREETS],
    );
    await db.query(
      `INSERT INTO jurisdiction (id, parent_id, level, name, kind, eligible, ineligible_reason, path)
       SELECT 'lx-c' || lpad(c::text, 4, '0'), 'lx-s' || ((c - 1) / $1 + 1), 'COMMUNITY', '社区' || c, 'URBAN',
              c % 300 <> 7, CASE WHEN c % 300 = 7 THEN '组织尚未建立' END,
              '/lx/lx-s' || ((c - 1) / $1 + 1) || '/lx-c' || lpad(c::text, 4, '0') || '/'
         FROM generate_series(1, $2) c ON CONFLICT DO NOTHING`,
      [PER_STREET, STREETS * PER_STREET],
    );
    await db.query(
      `INSERT INTO app_user (username, display_name, password_hash, role, scope_id)
       SELECT 'clerk-' || id, name || '居委会', 'x', 'COMMUNITY', id FROM jurisdiction WHERE path LIKE '/lx/%' AND level = 'COMMUNITY'
       ON CONFLICT DO NOTHING`,
    );
  });
  afterAll(async () => {
    await harness.close();
  });

  it('should open every eligible case in one statement, remind exactly the non-applicants once, and close them in one step', async () => {
    const base = caseInput();
    const now = Date.now();
    const schedule = { ...base.schedule, applicationDueAt: new Date(now + 15_000).toISOString() };
    const template = newCaseState('', { ...base, campaignId, schedule }, now);
    const opened = await harness.dataSource.transaction((tx) =>
      insertInvitedCases(tx, { id: campaignId, scopePath: '/lx/', template }),
    );
    expect(opened).toBe(STREETS * PER_STREET - INELIGIBLE);
    const again = await harness.dataSource.transaction((tx) =>
      insertInvitedCases(tx, { id: campaignId, scopePath: '/lx/', template }),
    );
    expect(again).toBe(0);

    // Five communities apply first: their own workflows take over their cases.
    for (const communityId of APPLICANTS) {
      const input = {
        ...base,
        campaignId,
        schedule,
        community: { ...base.community, id: communityId, path: `/lx/x/${communityId}/` },
      };
      const { handle } = await startCase(harness, input);
      await handle.executeUpdate(submitApplicationUpdate, { args: [{ content: {}, actor: CLERK }] });
      // The application is in the read model before the stage counts below are taken.
      await handle.executeUpdate(recordedUpdate);
    }
    // Then the campaign's bulk reminder falls 2 s after its workflow starts, however long the
    // applications took on a busy machine (a reminder point before the start is skipped by design).
    const reminderOffsetMs = Date.parse(schedule.applicationDueAt) - (Date.now() + 2000);
    expect(reminderOffsetMs).toBeGreaterThan(0);
    const campaign = await harness.client.workflow.start(CAMPAIGN_WORKFLOW, {
      workflowId: campaignWorkflowId(campaignId),
      taskQueue: harness.taskQueue,
      args: [
        {
          campaignId,
          title: '测试创建',
          schedule,
          reminderOffsetsMs: [reminderOffsetMs],
          award: { topN: null, tieBreak: null },
          // Not the default zone: the reminder text must follow the zone the run was given.
          timeZone: 'Europe/London',
        },
      ],
    });

    const finalRun = await eventually(async () => {
      const run = await campaign.query(campaignRunQuery);
      expect(run.applicationClosed).toBe(true);
      return run;
    }, 30_000);
    expect(finalRun.remindersSent).toEqual([
      `${campaignId}|application@${schedule.applicationDueAt}|BEFORE-${reminderOffsetMs}`,
    ]);

    const stages: { stage: string; n: string }[] = await harness.dataSource.query(
      'SELECT stage, count(*) AS n FROM case_projection WHERE campaign_id = $1 GROUP BY stage ORDER BY stage',
      [campaignId],
    );
    expect(stages).toEqual([
      { stage: CaseStage.APPLICATION_REVIEW, n: String(APPLICANTS.length) },
      { stage: CaseStage.NOT_APPLIED, n: String(opened - APPLICANTS.length) },
    ]);

    const reminded: { community_id: string; n: string }[] = await harness.dataSource.query(
      `SELECT community_id, count(*) AS n FROM notification WHERE campaign_id = $1 AND kind = 'BEFORE' GROUP BY community_id`,
      [campaignId],
    );
    expect(reminded).toHaveLength(opened - APPLICANTS.length);
    expect(reminded.every((row) => row.n === '1')).toBe(true);
    expect(reminded.map((row) => row.community_id).filter((id) => APPLICANTS.includes(id))).toEqual([]);
    const titles: { title: string }[] = await harness.dataSource.query(
      `SELECT DISTINCT title FROM notification WHERE campaign_id = $1 AND kind = 'BEFORE'`,
      [campaignId],
    );
    expect(titles).toEqual([
      {
        title: `提醒：请于 ${formatLocalDateTime(schedule.applicationDueAt, 'Europe/London')} 前提交申报材料`,
      },
    ]);

    // Integrators hear of every bulk-closed case as of any other: one deadline_missed event each.
    const events: { n: string }[] = await harness.dataSource.query(
      `SELECT count(*) AS n FROM outbox_message WHERE campaign_id = $1 AND type = 'case.deadline_missed'`,
      [campaignId],
    );
    expect(Number(events[0].n)).toBe(opened - APPLICANTS.length);

    const history = await campaign.fetchHistory();
    const closes = (history.events ?? []).filter(
      (event) => event.activityTaskScheduledEventAttributes?.activityType?.name === 'closeUnapplied',
    );
    expect(closes).toHaveLength(1);
    const audit: { action: string }[] = await harness.dataSource.query(
      `SELECT action FROM audit_event WHERE campaign_id = $1 AND workflow_id IS NULL ORDER BY chain_index`,
      [campaignId],
    );
    expect(audit.map((row) => row.action)).toEqual(['CLOSE_NOT_APPLIED']);
  });
});
