import { randomUUID } from 'node:crypto';
import { UserRole } from '@app/persistence';
import { caseWorkflowId, recordedUpdate } from '@app/workflows/community-case/community-case.contract';
import { CaseWorkflowClient } from '../../apps/api/src/cases/case-workflow.client';
import { seedCampaignRow } from '../support/campaign-row';
import { seedCaseTree, treeCaseInput } from '../support/case-tree';
import { eventually } from '../support/eventually';
import { createTestApp, TestApp, TestUser } from '../support/test-app';

const FULL_MARKS = { 'A-01': 10, 'A-02': 5, 'B-01': 10 };

describe('/campaigns/:campaignId/cases (list, detail and every action)', () => {
  let t: TestApp;
  let organizer: TestUser;
  let otherOrganizer: TestUser;
  let clerk: TestUser;
  let otherClerk: TestUser;
  let inspector: TestUser;
  let sameStreetInspector: TestUser;
  let observer: TestUser;
  let campaignId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await seedCaseTree(t.harness.dataSource);
    [organizer, otherOrganizer, clerk, otherClerk, inspector, sameStreetInspector, observer] =
      await Promise.all([
        t.user(UserRole.ORGANIZER, 'cx-street-a'),
        t.user(UserRole.ORGANIZER, 'cx-street-b'),
        t.user(UserRole.COMMUNITY, 'cx-01'),
        t.user(UserRole.COMMUNITY, 'cx-02'),
        t.user(UserRole.INSPECTOR, 'cx-street-b'),
        t.user(UserRole.INSPECTOR, 'cx-street-a'),
        t.user(UserRole.OBSERVER, 'cx-street-a'),
      ]);
  });
  afterAll(async () => {
    await t.close();
  });

  const as = (user: TestUser) => t.as(user);
  const cases = () => `/campaigns/${campaignId}/cases`;
  const userId = async (user: TestUser): Promise<string> => {
    const rows = await t.harness.dataSource.query<{ id: string }[]>(
      'SELECT id FROM app_user WHERE username = $1',
      [user.username],
    );
    return rows[0].id;
  };

  async function openCases(...communities: string[]): Promise<void> {
    campaignId = `e2e-${randomUUID().slice(0, 8)}`;
    await seedCampaignRow(t.harness.dataSource, campaignId, 'cx-street-a');
    const caseWorkflow = t.app.get(CaseWorkflowClient);
    for (const communityId of communities) await caseWorkflow.start(treeCaseInput(campaignId, communityId));
  }

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

  describe('a case carried from application to award through the API', () => {
    beforeAll(() => openCases('cx-01'));

    it('should answer 409 with the stage and the allowed actions when an action comes too early', async () => {
      const response = await as(organizer)
        .post(`${cases()}/cx-01/review`, { decision: 'ACCEPT' })
        .expect(409);
      expect(response.body).toEqual({
        statusCode: 409,
        code: 'WRONG_STAGE',
        message: 'ACCEPT_APPLICATION is not possible while the case is INVITED',
        details: {
          stage: 'INVITED',
          allowedActions: ['SUBMIT_APPLICATION', 'EXTEND_DEADLINE', 'CHASE', 'WITHDRAW'],
        },
      });
    });

    it('should answer 403 for the wrong role and 404 for another community', async () => {
      const forbidden = await as(organizer).post(`${cases()}/cx-01/application`, { content: {} }).expect(403);
      expect(forbidden.body.details).toEqual({ requiredRoles: ['COMMUNITY'] });
      await as(otherClerk).post(`${cases()}/cx-01/application`, { content: {} }).expect(404);
    });

    it('should record an application once when retried with the same Idempotency-Key', async () => {
      const send = () =>
        as(clerk)
          .post(`${cases()}/cx-01/application`, { content: { summary: '申报' } })
          .set('Idempotency-Key', 'apply-cx01-0001');
      const first = await send().expect(200);
      expect(
        await send()
          .expect(200)
          .then((response) => response.body),
      ).toEqual(first.body);
      expect(first.body.state.applications).toHaveLength(1);
    });

    it('should answer 422 listing every bad item code in a self-check', async () => {
      await as(organizer).post(`${cases()}/cx-01/review`, { decision: 'ACCEPT' }).expect(200);
      const response = await as(clerk)
        .post(`${cases()}/cx-01/self-check`, { scores: { 'A-01': 11, 'A-02': 2.5, 'B-02': 3, 'Z-9': 1 } })
        .expect(422);
      expect(response.body.code).toBe('INVALID_SCORES');
      expect(response.body.details.problems.map((problem: { field: string }) => problem.field)).toEqual([
        'scores.A-01',
        'scores.A-02',
        'scores.B-02',
        'scores.Z-9',
        'scores.B-01',
      ]);
      await as(clerk).post(`${cases()}/cx-01/self-check`, { scores: FULL_MARKS }).expect(200);
    });

    it('should list the assessment team with each inspector street to organizers only', async () => {
      const team = await as(organizer).get('/inspectors').expect(200);
      expect(team.body).toEqual(
        expect.arrayContaining([
          {
            userId: await userId(inspector),
            displayName: `${inspector.role} ${inspector.username}`,
            streetId: 'cx-street-b',
            communityId: null,
          },
        ]),
      );
      await as(clerk).get('/inspectors').expect(403);
    });

    it('should refuse an inspector of the same street and an unknown one, listing each', async () => {
      const response = await as(organizer)
        .post(`${cases()}/cx-01/inspectors`, { inspectorIds: [await userId(sameStreetInspector)] })
        .expect(422);
      expect(response.body.details.problems).toEqual([
        {
          field: 'inspectors[0]',
          message: `${sameStreetInspector.role} ${sameStreetInspector.username} belongs to the same street as this community (回避)`,
        },
      ]);
      const unknown = await as(organizer)
        .post(`${cases()}/cx-01/inspectors`, { inspectorIds: ['nobody'] })
        .expect(422);
      expect(unknown.body.details.problems).toEqual([
        { field: 'inspectorIds[0]', message: 'nobody is not an active inspector' },
      ]);
    });

    it('should let an assigned inspector see and score the case, then the organizer confirm it into notice', async () => {
      await as(inspector).get(`${cases()}/cx-01`).expect(404);
      await as(organizer)
        .post(`${cases()}/cx-01/inspectors`, { inspectorIds: [await userId(inspector)] })
        .expect(200);
      expect((await as(inspector).get(`${cases()}/cx-01`).expect(200)).body.allowedActions).toEqual([
        'SUBMIT_CHECK',
      ]);
      const scored = await as(inspector)
        .post(`${cases()}/cx-01/checks`, { scores: { 'A-01': 10, 'A-02': 5, 'B-01': 8 } })
        .expect(200);
      expect(scored.body.state.score).toMatchObject({ total: 92, tier: '精品', passed: true });
      const notice = await as(organizer).post(`${cases()}/cx-01/confirm-scores`, {}).expect(200);
      expect(notice.body.state.stage).toBe('NOTICE');
    });

    it('should publish the notice, take a resident objection and, once dismissed, award the title', async () => {
      const listed = await t.http().get(`/public/campaigns/${campaignId}/notice`).expect(200);
      expect(listed.body).toEqual([
        expect.objectContaining({ communityId: 'cx-01', tier: '精品', totalScore: 92 }),
      ]);
      const objected = await t
        .http()
        .post(`/public/campaigns/${campaignId}/notice/cx-01/objections`)
        .send({ name: '张先生', contact: '13900000000', content: '台账造假' })
        .expect(200);
      expect(objected.body.objectionId).toBe('objection-1');
      await t
        .http()
        .post(`/public/campaigns/${campaignId}/notice/cx-02/objections`)
        .send({ name: 'x', contact: '123', content: 'y' })
        .expect(404);

      // 公示: the objector's name and contact reach the organizer, never the community objected to
      // (nor its observer, nor the inspector) — in the case file, in action replies, in the trail.
      // The public form does not wait for the read model: read once the objection shows there.
      await eventually(async () => {
        const file = await as(organizer).get(`${cases()}/cx-01`).expect(200);
        expect(file.body.state.objections[0]).toMatchObject({
          content: '台账造假',
          contact: '13900000000',
          raisedBy: { role: 'PUBLIC', displayName: '张先生' },
        });
      });
      const hidden = { userId: 'objector', role: 'OBJECTOR', displayName: '异议人（已隐去）' };
      for (const reader of [clerk, observer, inspector]) {
        const seen = await as(reader).get(`${cases()}/cx-01`).expect(200);
        expect(seen.body.state.objections[0]).toMatchObject({
          content: '台账造假',
          contact: null,
          raisedBy: hidden,
        });
        expect(JSON.stringify(seen.body)).not.toMatch(/张先生|13900000000|public:/);
        const trail = await as(reader).get(`${cases()}/cx-01/audit`).expect(200);
        expect(JSON.stringify(trail.body)).not.toMatch(/张先生|public:/);
      }
      const reply = await as(clerk)
        .post(`${cases()}/cx-01/objections`, { content: '社区说明：台账齐全' })
        .expect(200);
      expect(reply.body.state.objections[0].raisedBy).toEqual(hidden);
      expect(reply.body.state.objections[1].raisedBy.role).toBe('COMMUNITY');
      await as(organizer)
        .post(`${cases()}/cx-01/objections/objection-2/resolve`, { decision: 'DISMISS', reason: '社区自述' })
        .expect(200);

      await as(organizer)
        .post(`${cases()}/cx-01/objections/objection-9/resolve`, { decision: 'DISMISS', reason: '不属实' })
        .expect(404);
      await as(organizer)
        .post(`${cases()}/cx-01/objections/objection-1/resolve`, {
          decision: 'DISMISS',
          reason: '经核实不属实',
        })
        .expect(200);
      const awarded = await eventually(async () => {
        const response = await as(clerk).get(`${cases()}/cx-01`).expect(200);
        expect(response.body.state.stage).toBe('AWARDED');
        return response.body;
      });
      expect(awarded.state.award.certificateNumber).toMatch(/^PA-\d{4}-cx-01$/);
      const closed = await as(clerk).post(`${cases()}/cx-01/application`, { content: {} }).expect(409);
      expect(closed.body.details).toEqual({ stage: 'AWARDED', allowedActions: [] });
    });

    it('should keep the whole story in the case audit trail, in order', async () => {
      const trail = await as(organizer).get(`${cases()}/cx-01/audit`).expect(200);
      expect(trail.body.items.map((item: { action: string }) => item.action)).toEqual([
        'CASE_OPENED',
        'SUBMIT_APPLICATION',
        'ACCEPT_APPLICATION',
        'SUBMIT_SELF_CHECK',
        'ASSIGN_INSPECTORS',
        // The inspector's check and the round it completed: two links, each with its own actor.
        'SUBMIT_CHECK',
        'CHECKS_COMPLETE',
        'CONFIRM_SCORES',
        'RAISE_OBJECTION',
        'RAISE_OBJECTION',
        'RESOLVE_OBJECTION:DISMISS',
        'RESOLVE_OBJECTION:DISMISS',
        'AWARD',
      ]);
      const objector = trail.body.items.find((item: { action: string }) => item.action === 'RAISE_OBJECTION');
      expect(objector.actor).toMatchObject({ role: 'PUBLIC', displayName: '张先生' });
      const campaignTrail = await as(observer).get(`/campaigns/${campaignId}/audit?limit=500`).expect(200);
      expect(JSON.stringify(campaignTrail.body)).not.toMatch(/张先生|public:/);
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
