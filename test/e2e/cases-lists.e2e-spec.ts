import { currentDueAt } from '@app/domain';
import { caseWorkflowId, recordedUpdate } from '@app/workflows/community-case/community-case.contract';
import {
  as,
  campaignId,
  cases,
  clerk,
  FULL_MARKS,
  inspector,
  observer,
  openCases,
  organizer,
  otherClerk,
  otherOrganizer,
  sameStreetInspector,
  t,
  useCasesWorld,
  userId,
} from '../support/cases-world';

// The cx tree, the accounts and openCases are in test/support/cases-world.ts.
// Here: lists and detail by role and scope, the reply and the read model, the organizer's acts.
describe('/campaigns/:campaignId/cases (list, detail and every action)', () => {
  useCasesWorld();

  describe('GET list and detail, by role and scope', () => {
    beforeAll(() => openCases('cx-01', 'cx-02', 'cx-03'));
    const ids = (body: { items: { communityId: string }[] }) => body.items.map((item) => item.communityId);

    it('should list the street to its organizer and observer, and answer 404 to another street', async () => {
      for (const user of [organizer, observer]) {
        const response = await as(user).get(cases()).expect(200);
        expect(ids(response.body)).toEqual(['cx-01', 'cx-02', 'cx-03']);
        expect(response.body).toMatchObject({ total: 3, limit: 100, offset: 0 });
      }
      const response = await as(otherOrganizer).get(cases()).expect(404);
      expect(response.body).toEqual({
        statusCode: 404,
        code: 'NOT_FOUND',
        message: `No campaign ${campaignId}`,
        details: {},
      });
    });

    it('should page with limit and offset', async () => {
      const response = await as(organizer).get(`${cases()}?limit=2&offset=1`).expect(200);
      expect(ids(response.body)).toEqual(['cx-02', 'cx-03']);
      expect(response.body.total).toBe(3);
      // Each row names its street (the table's 街道 column needs no list of every street).
      const [first] = response.body.items as { streetId: string; streetName: string }[];
      expect(first.streetName).toBe(`${first.streetId} 名称`);
    });

    it('should show each row as its case file says: name, stage, deadline as an ISO instant, overdue', async () => {
      const listed = (await as(organizer).get(cases()).expect(200)).body.items as Record<string, unknown>[];
      const file = (await as(organizer).get(`${cases()}/cx-02`).expect(200)).body.state;
      const row = listed.find((item) => item.communityId === 'cx-02');
      expect(row).toEqual({
        communityId: 'cx-02',
        communityName: file.community.name,
        streetId: file.community.streetId,
        streetName: `${file.community.streetId} 名称`,
        stage: file.stage,
        tier: null,
        totalScore: null,
        dueAt: new Date(currentDueAt(file) as string).toISOString(),
        overdue: Date.parse(currentDueAt(file) as string) < Date.now(),
        seq: expect.any(Number),
      });
    });

    it('should answer 400 naming the parameter when a filter is malformed', async () => {
      const response = await as(organizer).get(`${cases()}?stage=NOPE&limit=9999`).expect(400);
      expect(
        response.body.details.problems.map((problem: { field: string }) => problem.field).sort(),
      ).toEqual(['limit', 'stage']);
    });

    it('should list only its own case to a clerk, and answer 404 (not 403) for another community', async () => {
      expect(ids((await as(clerk).get(cases()).expect(200)).body)).toEqual(['cx-01']);
      const response = await as(clerk).get(`${cases()}/cx-02`).expect(404);
      expect(response.body).toEqual({
        statusCode: 404,
        code: 'NOT_FOUND',
        message: `No case for community cx-02 in campaign ${campaignId}`,
        details: {},
      });
      await as(otherOrganizer).get(`${cases()}/cx-01`).expect(404);
    });

    it('should show each role only the actions it may take', async () => {
      expect((await as(clerk).get(`${cases()}/cx-01`).expect(200)).body.allowedActions).toEqual([
        'SUBMIT_APPLICATION',
      ]);
      expect((await as(organizer).get(`${cases()}/cx-01`).expect(200)).body.allowedActions).toEqual([
        'EXTEND_DEADLINE',
        'CHASE',
        'WITHDRAW',
      ]);
      expect((await as(observer).get(`${cases()}/cx-01`).expect(200)).body.allowedActions).toEqual([]);
    });

    it('should filter by stage and by overdue', async () => {
      await as(clerk)
        .post(`${cases()}/cx-01/application`, { content: { a: 1 } })
        .expect(200);
      expect(ids((await as(organizer).get(`${cases()}?stage=APPLICATION_REVIEW`).expect(200)).body)).toEqual([
        'cx-01',
      ]);
      expect(ids((await as(organizer).get(`${cases()}?overdue=true`).expect(200)).body)).toEqual([]);
    });
  });

  describe('the reply, the read model and Prefer: read-your-writes', () => {
    beforeAll(() => openCases('cx-01'));
    const stageListed = async (): Promise<string> =>
      (await as(organizer).get(cases()).expect(200)).body.items[0].stage;

    it('should reply with the new case file at once, and show it in lists once the case has recorded it', async () => {
      const response = await as(clerk)
        .post(`${cases()}/cx-01/application`, { content: {} }, { readYourWrites: false })
        .expect(200);
      expect(response.body.state.stage).toBe('APPLICATION_REVIEW');
      expect(response.headers['preference-applied']).toBeUndefined();
      await t.harness.client.workflow
        .getHandle(caseWorkflowId(campaignId, 'cx-01'))
        .executeUpdate(recordedUpdate);
      expect(await stageListed()).toBe('APPLICATION_REVIEW');
    });

    it('should reply only once lists and the audit trail show the action when asked to', async () => {
      const response = await as(organizer)
        .post(`${cases()}/cx-01/review`, { decision: 'ACCEPT' })
        .expect(200);
      expect(response.headers['preference-applied']).toBe('read-your-writes');
      expect(await stageListed()).toBe('SELF_CHECK');
      const audit = await as(organizer).get(`${cases()}/cx-01/audit`).expect(200);
      expect(audit.body.items.map((link: { action: string }) => link.action).at(-1)).toBe(
        'ACCEPT_APPLICATION',
      );
    });

    it('should let an inspector act the moment they are assigned, whatever the read model shows yet', async () => {
      await as(clerk).post(`${cases()}/cx-01/self-check`, { scores: FULL_MARKS }).expect(200);
      await as(organizer)
        .post(`${cases()}/cx-01/inspectors`, { inspectorIds: [await userId(inspector)] })
        .expect(200);
      // A read model that has not caught up with the assignment yet.
      await t.harness.dataSource.query(
        `UPDATE case_projection SET inspector_ids = '{}' WHERE workflow_id = $1`,
        [caseWorkflowId(campaignId, 'cx-01')],
      );
      await as(inspector).get(`${cases()}/cx-01`).expect(404);
      const scored = await as(inspector).post(`${cases()}/cx-01/checks`, { scores: FULL_MARKS }).expect(200);
      expect(scored.body.state.stage).toBe('SCORING');
      await as(sameStreetInspector).post(`${cases()}/cx-01/checks`, { scores: FULL_MARKS }).expect(404);
    });
  });

  describe('organizer acts: chase, extend, withdraw; the inbox', () => {
    beforeAll(() => openCases('cx-01'));

    it('should put a chase (催办) in the clerk inbox once, readable and markable as read', async () => {
      await as(organizer).post(`${cases()}/cx-01/chase`, { message: '请尽快申报' }).expect(200);
      const inbox = await as(clerk).get('/notifications?unread=true').expect(200);
      const mine = inbox.body.items.filter((item: { campaignId: string }) => item.campaignId === campaignId);
      // The application deadline in the case's zone (Asia/Shanghai), as the clerk reads it.
      expect(mine).toEqual([
        expect.objectContaining({
          kind: 'CHASE',
          title: expect.stringMatching(
            /^催办：请尽快提交申报材料（截止时间 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}）$/,
          ),
        }),
      ]);
      await as(clerk).post(`/notifications/${mine[0].id}/read`).expect(200);
      await as(otherClerk).post(`/notifications/${mine[0].id}/read`).expect(404);
      const after = await as(clerk).get('/notifications?unread=true').expect(200);
      expect(
        after.body.items.filter((item: { campaignId: string }) => item.campaignId === campaignId),
      ).toEqual([]);
    });

    it('should answer 422 when the new deadline is not later than the current one', async () => {
      const response = await as(organizer)
        .post(`${cases()}/cx-01/extend-deadline`, { newDueAt: '2021-01-01T00:00:00Z', reason: '延期' })
        .expect(422);
      expect(response.body.details.problems[0].field).toBe('newDueAt');
    });

    it('should answer 422 for a withdrawal without a reason, then withdraw with one', async () => {
      const blank = await as(organizer).post(`${cases()}/cx-01/withdraw`, { reason: ' ' }).expect(422);
      expect(blank.body.details.problems).toEqual([{ field: 'reason', message: 'a reason is required' }]);
      const withdrawn = await as(organizer)
        .post(`${cases()}/cx-01/withdraw`, { reason: '社区合并' })
        .expect(200);
      expect(withdrawn.body.state).toMatchObject({ stage: 'WITHDRAWN', closedReason: '社区合并' });
    });
  });
});
