import { eventually } from '../support/eventually';
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
  sameStreetInspector,
  t,
  useCasesWorld,
  userId,
} from '../support/cases-world';

// The cx tree, the accounts and openCases are in test/support/cases-world.ts.
// Here: a case carried from application to award through the API.
describe('/campaigns/:campaignId/cases (list, detail and every action)', () => {
  useCasesWorld();

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
        'RECUSE_INSPECTOR',
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
});
