import { apiCampaignWorld, ApiCampaignWorld, FULL_MARKS } from '../support/api-campaign';
import { createTestApp, TestApp } from '../support/test-app';

// An assessment team (考核组) changes while a round runs: every change re-evaluates the round.
describe('POST …/inspectors while a round runs (real API, worker, Temporal and PostgreSQL)', () => {
  let t: TestApp;
  let world: ApiCampaignWorld;

  beforeAll(async () => {
    t = await createTestApp();
    world = await apiCampaignWorld(t, 'tm', { communities: 3, inspectors: 3 });
  });
  afterAll(async () => {
    await t.close();
  });

  const org = () => t.as(world.organizer);
  const inspector = (n: number) => world.inspectors[n - 1];
  const teamOf = (...numbers: number[]) => ({
    inspectorIds: numbers.map((n) => inspector(n).id),
    reason: '转办',
  });

  async function toInspection(campaignId: string, communityId: string, team: number[]): Promise<string> {
    const path = `/campaigns/${campaignId}/cases/${communityId}`;
    const clerk = t.as(world.clerks.get(communityId)!);
    await clerk.post(`${path}/application`, { content: {} }).expect(200);
    await org().post(`${path}/review`, { decision: 'ACCEPT' }).expect(200);
    await clerk.post(`${path}/self-check`, { scores: FULL_MARKS }).expect(200);
    await org()
      .post(`${path}/inspectors`, { inspectorIds: teamOf(...team).inspectorIds })
      .expect(200);
    return path;
  }

  it('should complete the round when the organizer removes the one inspector who had not checked', async () => {
    const campaignId = await world.launch();
    const path = await toInspection(campaignId, 'tm-a1', [1, 2]);
    await t.as(inspector(1).user).post(`${path}/checks`, { scores: FULL_MARKS }).expect(200);

    const removed = await org().post(`${path}/inspectors`, teamOf(1)).expect(200);

    expect(removed.body.state).toMatchObject({ stage: 'SCORING', score: { total: 100, tier: '精品' } });
    expect(removed.body.allowedActions).toEqual(['CONFIRM_SCORES', 'WITHDRAW']);
    const trail = await org().get(`${path}/audit`).expect(200);
    expect(
      trail.body.items.slice(-2).map((link: { action: string; actorRole: string }) => link.action),
    ).toEqual(['ASSIGN_INSPECTORS', 'CHECKS_COMPLETE']);
    // The leader sees it in 公示 with the tier the notice may award.
    await org().post(`${path}/confirm-scores`, {}).expect(200);
    const progress = await org().get(`/campaigns/${campaignId}/progress`).expect(200);
    expect(progress.body).toMatchObject({ inNotice: 1, awarded: 0 });
    expect(progress.body.noticeByTier).toEqual([
      { tier: '精品', cases: 1 },
      { tier: '示范', cases: 0 },
      { tier: '达标', cases: 0 },
    ]);
  });

  it('should complete a re-check round (after 整改) when the missing inspector is removed', async () => {
    const campaignId = await world.launch();
    const path = await toInspection(campaignId, 'tm-a2', [1, 2]);
    const partial = { 'A-01': 10, 'A-02': 2, 'B-01': 10 };
    await t
      .as(inspector(1).user)
      .post(`${path}/checks`, { scores: partial, rectifyItems: ['A-02'] })
      .expect(200);
    await t.as(inspector(2).user).post(`${path}/checks`, { scores: partial }).expect(200);
    const clerk = t.as(world.clerks.get('tm-a2')!);
    const rectified = await clerk.post(`${path}/rectification`, { content: '台账已补齐' }).expect(200);
    expect(rectified.body.state).toMatchObject({ stage: 'INSPECTION', round: 2 });
    await t
      .as(inspector(2).user)
      .post(`${path}/checks`, { scores: { 'A-02': 5 } })
      .expect(200);

    const removed = await org().post(`${path}/inspectors`, teamOf(2)).expect(200);

    expect(removed.body.state).toMatchObject({ stage: 'SCORING', score: { total: 100 } });
  });

  it('should go on waiting for a replacement (转办) who has not checked yet', async () => {
    const campaignId = await world.launch();
    const path = await toInspection(campaignId, 'tm-a3', [1, 2]);
    await t.as(inspector(1).user).post(`${path}/checks`, { scores: FULL_MARKS }).expect(200);

    const replaced = await org().post(`${path}/inspectors`, teamOf(1, 3)).expect(200);
    expect(replaced.body.state.stage).toBe('INSPECTION');
    await t.as(inspector(2).user).post(`${path}/checks`, { scores: FULL_MARKS }).expect(404);
    const done = await t.as(inspector(3).user).post(`${path}/checks`, { scores: FULL_MARKS }).expect(200);

    expect(done.body.state.stage).toBe('SCORING');
  });

  it('should refuse a team below the policy minimum with 422 naming the field, leaving the team as it was', async () => {
    const campaignId = await world.launch({
      inspectionPolicy: {
        minInspectors: 2,
        maxInspectors: 3,
        combine: 'MEAN',
        rectificationAllowed: true,
        rectificationDays: 14,
        conflictRule: 'SAME_STREET',
        deviationThreshold: 10,
      },
    });
    const path = await toInspection(campaignId, 'tm-a1', [1, 2]);
    await t.as(inspector(1).user).post(`${path}/checks`, { scores: FULL_MARKS }).expect(200);

    const refused = await org().post(`${path}/inspectors`, teamOf(1)).expect(422);

    expect(refused.body).toEqual({
      statusCode: 422,
      code: 'VALIDATION_FAILED',
      message: 'The inspectors cannot be assigned; each problem is listed.',
      details: {
        problems: [
          {
            field: 'inspectors',
            message:
              'assign 2 to 3 inspectors; got 1: fewer than 2 could never complete the inspection round',
          },
        ],
      },
    });
    const now = await org().get(path).expect(200);
    expect(now.body.state.inspectors.map((assigned: { userId: string }) => assigned.userId)).toEqual([
      inspector(1).id,
      inspector(2).id,
    ]);
  });
});
