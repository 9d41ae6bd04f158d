import { randomUUID } from 'node:crypto';
import { UserRole } from '@app/persistence';
import { createTestApp, TestApp, TestUser } from '../support/test-app';

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

describe('/campaigns/:campaignId/cases', () => {
  let t: TestApp;
  let organizer: TestUser;
  let clerk: TestUser;
  let otherClerk: TestUser;
  let inspector: TestUser;
  let observer: TestUser;
  let campaignId: string;

  beforeAll(async () => {
    t = await createTestApp();
    [organizer, clerk, otherClerk, inspector, observer] = await Promise.all([
      t.user(UserRole.ORGANIZER),
      t.user(UserRole.COMMUNITY, 'c-01'),
      t.user(UserRole.COMMUNITY, 'c-02'),
      t.user(UserRole.INSPECTOR),
      t.user(UserRole.OBSERVER),
    ]);
  });
  afterAll(async () => {
    await t.close();
  });

  const as = (user: TestUser) => ({
    get: (path: string) => t.http().get(path).set('Authorization', `Bearer ${user.token}`),
    post: (path: string, body: object = {}) =>
      t.http().post(path).set('Authorization', `Bearer ${user.token}`).send(body),
  });

  async function openCases(...communities: string[]): Promise<void> {
    campaignId = `e2e-${randomUUID().slice(0, 8)}`;
    for (const communityId of communities) {
      await as(organizer)
        .post(`/campaigns/${campaignId}/cases`, { communityId, applicationDueAt: inAnHour() })
        .expect(201);
    }
  }

  describe('POST (invite a community)', () => {
    beforeAll(() => openCases('c-01'));

    it('should answer 201 with the invited case, already readable through GET', async () => {
      const created = await as(organizer)
        .post(`/campaigns/${campaignId}/cases`, { communityId: 'c-07', applicationDueAt: inAnHour() })
        .expect(201);
      expect(created.body.state).toMatchObject({
        workflowId: `case:${campaignId}:c-07`,
        stage: 'INVITED',
        seq: 0,
      });
      const response = await as(organizer).get(`/campaigns/${campaignId}/cases/c-01`).expect(200);
      expect(response.body.state).toMatchObject({ workflowId: `case:${campaignId}:c-01`, stage: 'INVITED' });
      expect(response.body.allowedActions).toEqual(['SUBMIT_APPLICATION', 'EXTEND_DEADLINE', 'WITHDRAW']);
    });

    it('should answer 409 when the community already has a case in the campaign', async () => {
      const response = await as(organizer)
        .post(`/campaigns/${campaignId}/cases`, { communityId: 'c-01', applicationDueAt: inAnHour() })
        .expect(409);
      expect(response.body).toEqual({
        statusCode: 409,
        code: 'CONFLICT',
        message: `A case for community c-01 in campaign ${campaignId} already exists`,
        details: {},
      });
    });

    it('should answer 422 naming the field when the deadline has already passed', async () => {
      const response = await as(organizer)
        .post(`/campaigns/${campaignId}/cases`, {
          communityId: 'c-09',
          applicationDueAt: '2020-01-01T00:00:00Z',
        })
        .expect(422);
      expect(response.body.details.problems).toEqual([
        { field: 'applicationDueAt', message: 'must be in the future; 2020-01-01T00:00:00Z has passed' },
      ]);
    });

    it('should answer 400 listing every malformed field', async () => {
      const response = await as(organizer)
        .post(`/campaigns/${campaignId}/cases`, { communityId: 'bad id!', applicationDueAt: 'soon' })
        .expect(400);
      expect(response.body.details.problems).toEqual([
        { field: 'communityId', message: 'communityId: letters, digits, - and _ only, at most 64' },
        {
          field: 'applicationDueAt',
          message: 'applicationDueAt must be an ISO 8601 date-time, e.g. 2026-12-31T16:00:00Z',
        },
      ]);
    });

    it.each([
      ['a community clerk', () => clerk],
      ['an inspector', () => inspector],
      ['an observer', () => observer],
    ])('should answer 403 when %s tries to invite', async (_who, user) => {
      const response = await as(user())
        .post(`/campaigns/${campaignId}/cases`, { communityId: 'c-05', applicationDueAt: inAnHour() })
        .expect(403);
      expect(response.body.code).toBe('FORBIDDEN');
      expect(response.body.details).toEqual({ requiredRoles: ['ORGANIZER', 'ADMIN'] });
    });
  });

  describe('GET (list and detail), by role and scope', () => {
    beforeAll(() => openCases('c-01', 'c-02', 'c-03'));

    it('should list every case to the organizer and the observer', async () => {
      for (const user of [organizer, observer]) {
        const response = await as(user).get(`/campaigns/${campaignId}/cases`).expect(200);
        expect(
          response.body.map((view: { state: { communityId: string } }) => view.state.communityId),
        ).toEqual(['c-01', 'c-02', 'c-03']);
      }
    });

    it('should list only its own case to a community clerk', async () => {
      const response = await as(clerk).get(`/campaigns/${campaignId}/cases`).expect(200);
      expect(response.body.map((view: { state: { communityId: string } }) => view.state.communityId)).toEqual(
        ['c-01'],
      );
    });

    it('should answer 404 (not 403) when a clerk asks for another community', async () => {
      const response = await as(clerk).get(`/campaigns/${campaignId}/cases/c-02`).expect(404);
      expect(response.body).toEqual({
        statusCode: 404,
        code: 'NOT_FOUND',
        message: `No case for community c-02 in campaign ${campaignId}`,
        details: {},
      });
    });

    it('should show an inspector no case before one is assigned', async () => {
      await as(inspector).get(`/campaigns/${campaignId}/cases`).expect(200, []);
      await as(inspector).get(`/campaigns/${campaignId}/cases/c-01`).expect(404);
    });

    it('should filter by stage', async () => {
      await as(clerk)
        .post(`/campaigns/${campaignId}/cases/c-01/application`, { content: { a: 1 } })
        .expect(200);
      const response = await as(organizer)
        .get(`/campaigns/${campaignId}/cases?stage=APPLICATION_REVIEW`)
        .expect(200);
      expect(response.body.map((view: { state: { communityId: string } }) => view.state.communityId)).toEqual(
        ['c-01'],
      );
    });
  });

  describe('the application round: submit, review, return, resubmit', () => {
    beforeAll(() => openCases('c-01', 'c-02'));

    it('should answer 409 with the stage and allowed actions when reviewing before any application', async () => {
      const response = await as(organizer)
        .post(`/campaigns/${campaignId}/cases/c-01/review`, { decision: 'ACCEPT' })
        .expect(409);
      expect(response.body).toEqual({
        statusCode: 409,
        code: 'WRONG_STAGE',
        message: 'ACCEPT_APPLICATION is not possible while the case is INVITED',
        details: { stage: 'INVITED', allowedActions: ['SUBMIT_APPLICATION', 'EXTEND_DEADLINE', 'WITHDRAW'] },
      });
    });

    it('should answer 404 when a clerk submits for another community, and 403 when an organizer submits', async () => {
      await as(otherClerk)
        .post(`/campaigns/${campaignId}/cases/c-01/application`, { content: {} })
        .expect(404);
      await as(organizer)
        .post(`/campaigns/${campaignId}/cases/c-01/application`, { content: {} })
        .expect(403);
    });

    it('should record the application once when it is retried with the same Idempotency-Key', async () => {
      const send = () =>
        as(clerk)
          .post(`/campaigns/${campaignId}/cases/c-01/application`, { content: { summary: '申报' } })
          .set('Idempotency-Key', 'apply-c01-0001');
      const first = await send().expect(200);
      const retry = await send().expect(200);
      expect(retry.body).toEqual(first.body);
      expect(first.body.state.applications).toHaveLength(1);
      expect(first.body.state.applications[0].submittedBy).toMatchObject({ role: 'COMMUNITY' });
    });

    it('should answer 400 when the Idempotency-Key is malformed', async () => {
      const response = await as(clerk)
        .post(`/campaigns/${campaignId}/cases/c-02/application`, { content: {} })
        .set('Idempotency-Key', 'x')
        .expect(400);
      expect(response.body.details.problems).toEqual([
        { field: 'Idempotency-Key', message: 'expected 8 to 100 of A-Z a-z 0-9 _ : . -' },
      ]);
    });

    it('should answer 422 when a return has no reason, leaving the case as it was', async () => {
      const response = await as(organizer)
        .post(`/campaigns/${campaignId}/cases/c-01/review`, { decision: 'RETURN', reasons: [] })
        .expect(422);
      expect(response.body).toEqual({
        statusCode: 422,
        code: 'VALIDATION_FAILED',
        message: 'The request has problems; each is listed.',
        details: {
          problems: [
            { field: 'reasons', message: 'a return needs at least one reason the community can act on' },
          ],
        },
      });
      const current = await as(organizer).get(`/campaigns/${campaignId}/cases/c-01`).expect(200);
      expect(current.body.state.stage).toBe('APPLICATION_REVIEW');
    });

    it('should return with reasons, take a resubmission and accept it into self-check', async () => {
      const returned = await as(organizer)
        .post(`/campaigns/${campaignId}/cases/c-01/review`, {
          decision: 'RETURN',
          reasons: ['缺少居委会盖章'],
        })
        .expect(200);
      expect(returned.body.state.stage).toBe('RETURNED');
      await as(clerk)
        .post(`/campaigns/${campaignId}/cases/c-01/application`, { content: { summary: '已盖章' } })
        .expect(200);
      const accepted = await as(organizer)
        .post(`/campaigns/${campaignId}/cases/c-01/review`, { decision: 'ACCEPT' })
        .expect(200);
      expect(accepted.body.state.stage).toBe('SELF_CHECK');
      expect(accepted.body.state.applications).toHaveLength(2);
      expect(accepted.body.state.decisions.map((decision: { action: string }) => decision.action)).toEqual([
        'RETURN_APPLICATION',
        'ACCEPT_APPLICATION',
      ]);
    });
  });

  describe('organizer acts: extend the deadline, withdraw', () => {
    beforeAll(() => openCases('c-01'));

    it('should answer 422 when the new deadline is not later than the current one', async () => {
      const response = await as(organizer)
        .post(`/campaigns/${campaignId}/cases/c-01/extend-deadline`, {
          newDueAt: '2021-01-01T00:00:00Z',
          reason: '延期',
        })
        .expect(422);
      expect(response.body.details.problems[0].field).toBe('newDueAt');
    });

    it('should move the deadline with a reason', async () => {
      const newDueAt = new Date(Date.now() + 7_200_000).toISOString();
      const response = await as(organizer)
        .post(`/campaigns/${campaignId}/cases/c-01/extend-deadline`, { newDueAt, reason: '社区换届' })
        .expect(200);
      expect(response.body.state.deadlines.applicationDueAt).toBe(newDueAt);
    });

    it('should withdraw with a reason and then answer 409 naming the closed stage', async () => {
      const withdrawn = await as(organizer)
        .post(`/campaigns/${campaignId}/cases/c-01/withdraw`, { reason: '社区合并' })
        .expect(200);
      expect(withdrawn.body.state.stage).toBe('WITHDRAWN');
      const response = await as(clerk)
        .post(`/campaigns/${campaignId}/cases/c-01/application`, { content: {} })
        .expect(409);
      expect(response.body).toEqual({
        statusCode: 409,
        code: 'WRONG_STAGE',
        message: 'The case is closed (WITHDRAWN); nothing more can be done to it',
        details: { stage: 'WITHDRAWN', allowedActions: [] },
      });
    });
  });
});
