import { UserRole } from '@app/persistence';
import { apiCampaignWorld, ApiCampaignWorld, FULL_MARKS } from '../support/api-campaign';
import { userIdOf } from '../support/reference-tree';
import { createTestApp, TestApp, TestUser } from '../support/test-app';

interface Proposal {
  seed: number | null;
  teams: { communityId: string; inspectorIds: string[] }[];
  unstaffed: { communityId: string; eligible: number; excluded: Record<string, number> }[];
  notInInspection: string[];
  loads: { userId: string; current: number; proposed: number }[];
}

// 自动分配: proposals respect 回避 and change nothing; 申请回避 keeps a declarer off the next proposal.
describe('POST /campaigns/{id}/inspector-proposals and …/conflict-declarations (real API and stack)', () => {
  let t: TestApp;
  let world: ApiCampaignWorld;
  let sameStreet: { user: TestUser; id: string };

  beforeAll(async () => {
    t = await createTestApp();
    world = await apiCampaignWorld(t, 'ia', { communities: 4, inspectors: 3 });
    // An inspector of street a itself: 回避 (SAME_STREET) keeps them off every case of the campaign.
    const user = await t.user(UserRole.INSPECTOR, 'ia-a');
    sameStreet = { user, id: await userIdOf(t.harness.dataSource, user.username) };
  });
  afterAll(async () => {
    await t.close();
  });

  const org = () => t.as(world.organizer);

  async function toInspection(campaignId: string, communityId: string): Promise<void> {
    const path = `/campaigns/${campaignId}/cases/${communityId}`;
    const clerk = t.as(world.clerks.get(communityId)!);
    await clerk.post(`${path}/application`, { content: {} }).expect(200);
    await org().post(`${path}/review`, { decision: 'ACCEPT' }).expect(200);
    await clerk.post(`${path}/self-check`, { scores: FULL_MARKS }).expect(200);
  }

  it('should propose teams without the same-street inspector, change nothing, and list cases not in inspection', async () => {
    const campaignId = await world.launch();
    const inspecting = world.communities.slice(0, 3);
    for (const id of inspecting) await toInspection(campaignId, id);

    const response = await org()
      .post(`/campaigns/${campaignId}/inspector-proposals`, { communityIds: world.communities, teamSize: 2 })
      .expect(200);
    const proposal = response.body as Proposal;

    expect(proposal.teams.map((team) => team.communityId)).toEqual(inspecting);
    for (const team of proposal.teams) {
      expect(team.inspectorIds).toHaveLength(2);
      expect(team.inspectorIds).not.toContain(sameStreet.id);
    }
    expect(proposal.notInInspection).toEqual([world.communities[3]]);
    expect(proposal.loads.find((load) => load.userId === sameStreet.id)?.proposed).toBe(0);
    expect(proposal.seed).toBeNull();
    const file = await org().get(`/campaigns/${campaignId}/cases/${inspecting[0]}`).expect(200);
    expect(file.body.state.inspectors).toEqual([]);
  });

  it('should repeat a drawing by lot from its seed and record the drawing in the audit trail', async () => {
    const campaignId = await world.launch();
    await toInspection(campaignId, world.communities[0]);
    const body = { communityIds: [world.communities[0]], seed: 20261201 };
    const first = await org().post(`/campaigns/${campaignId}/inspector-proposals`, body).expect(200);
    const second = await org().post(`/campaigns/${campaignId}/inspector-proposals`, body).expect(200);
    expect(first.body.seed).toBe(20261201);
    expect(second.body.teams).toEqual(first.body.teams);
    const drawn = await org()
      .post(`/campaigns/${campaignId}/inspector-proposals`, {
        communityIds: [world.communities[0]],
        draw: true,
      })
      .expect(200);
    expect(typeof drawn.body.seed).toBe('number');
    const trail = await org().get(`/campaigns/${campaignId}/audit`).expect(200);
    const draws = trail.body.items.filter((link: { action: string }) => link.action === 'INSPECTORS_DRAWN');
    expect(draws).toHaveLength(3);
  });

  it('should keep an inspector who declared a conflict off the next proposal, audited on the case', async () => {
    const campaignId = await world.launch();
    const communityId = world.communities[1];
    await toInspection(campaignId, communityId);
    const [declarer, partner] = world.inspectors;
    const path = `/campaigns/${campaignId}/cases/${communityId}`;
    await org()
      .post(`${path}/inspectors`, { inspectorIds: [declarer.id, partner.id] })
      .expect(200);

    const declared = await t
      .as(declarer.user)
      .post(`/campaigns/${campaignId}/conflict-declarations`, {
        communityId,
        reason: '本人配偶在该社区居委会任职',
      })
      .expect(200);
    expect(declared.body).toMatchObject({
      communityId,
      inspectorId: declarer.id,
      reason: '本人配偶在该社区居委会任职',
    });

    const seen = await org().get(`${path}/conflict-declarations`).expect(200);
    expect(seen.body).toEqual([expect.objectContaining({ inspectorId: declarer.id })]);
    const mine = await t.as(declarer.user).get('/my/conflict-declarations').expect(200);
    expect(mine.body).toContainEqual({ campaignId, communityId });
    const proposal = await org()
      .post(`/campaigns/${campaignId}/inspector-proposals`, { communityIds: [communityId], teamSize: 2 })
      .expect(200);
    expect(proposal.body.teams[0].inspectorIds).not.toContain(declarer.id);
    // Nor can the organizer put them back on the case (转办 with them in the team): 422 naming them.
    const reassigned = await org()
      .post(`${path}/inspectors`, { inspectorIds: [partner.id, declarer.id], reason: '转办' })
      .expect(422);
    expect(reassigned.body.details.problems).toEqual([
      {
        field: 'inspectorIds[1]',
        message: expect.stringMatching(
          /declared a conflict with this community: 本人配偶在该社区居委会任职$/,
        ),
      },
    ]);
    const trail = await org().get(`${path}/audit`).expect(200);
    expect(trail.body.items.map((link: { action: string }) => link.action)).toContain('CONFLICT_DECLARED');
    // An inspector not on the team cannot declare on the case: it does not exist for them.
    await t
      .as(world.inspectors[2].user)
      .post(`/campaigns/${campaignId}/conflict-declarations`, { communityId, reason: '无' })
      .expect(404);
  });

  it("should count as an inspector's current load only the cases still waiting for their check", async () => {
    const campaignId = await world.launch();
    const [alone, shared] = world.communities;
    for (const id of [alone, shared]) await toInspection(campaignId, id);
    const [, first, second] = world.inspectors;
    const path = (id: string) => `/campaigns/${campaignId}/cases/${id}`;
    const loads = async (): Promise<Record<string, number>> => {
      const response = await org()
        .post(`/campaigns/${campaignId}/inspector-proposals`, { communityIds: [alone], teamSize: 1 })
        .expect(200);
      const body = response.body as Proposal;
      return Object.fromEntries(body.loads.map((load) => [load.userId, load.current]));
    };
    const before = await loads();
    await org()
      .post(`${path(alone)}/inspectors`, { inspectorIds: [second.id] })
      .expect(200);
    await org()
      .post(`${path(shared)}/inspectors`, { inspectorIds: [first.id, second.id] })
      .expect(200);
    expect(await loads()).toMatchObject({
      [first.id]: before[first.id] + 1,
      [second.id]: before[second.id] + 2,
    });

    // Their checks in: the case alone moves on to 评分, the shared one still waits for the first inspector.
    for (const id of [alone, shared])
      await t
        .as(second.user)
        .post(`${path(id)}/checks`, { scores: FULL_MARKS })
        .expect(200);
    const moved = await org().get(path(alone)).expect(200);
    expect(moved.body.state.stage).not.toBe('INSPECTION');
    expect(await loads()).toMatchObject({ [first.id]: before[first.id] + 1, [second.id]: before[second.id] });
  });

  it('should say which case cannot be staffed and why', async () => {
    const campaignId = await world.launch();
    const communityId = world.communities[2];
    await toInspection(campaignId, communityId);
    const response = await org()
      .post(`/campaigns/${campaignId}/inspector-proposals`, { communityIds: [communityId], teamSize: 3 })
      .expect(200);
    // The pool holds every active inspector of the run's database; at least the same-street one is excluded.
    const proposal = response.body as Proposal;
    const staffed = proposal.teams.length === 1;
    if (!staffed) expect(proposal.unstaffed[0].excluded.SAME_STREET).toBeGreaterThanOrEqual(1);
    else expect(proposal.teams[0].inspectorIds).not.toContain(sameStreet.id);
  });

  it.each([
    [{ communityIds: [] }, 'communityIds'],
    [{ communityIds: ['ia-a1'], teamSize: 0 }, 'teamSize'],
    [{ communityIds: ['ia-a1'], teamSize: 4 }, 'teamSize'],
    [{ communityIds: ['ia-a1'], seed: -1 }, 'seed'],
    [{ communityIds: ['ia-nowhere'] }, 'communityIds[0]'],
  ])('should answer 400 naming the field for %j', async (body, field) => {
    const campaignId = await world.launch();
    const response = await org().post(`/campaigns/${campaignId}/inspector-proposals`, body).expect(400);
    expect(response.body.details.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ field })]),
    );
  });

  it('should answer 400 for a declaration without a reason', async () => {
    const campaignId = await world.launch();
    const response = await t
      .as(world.inspectors[0].user)
      .post(`/campaigns/${campaignId}/conflict-declarations`, { communityId: world.communities[0] })
      .expect(400);
    expect(response.body.details.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'reason' })]),
    );
    const blank = await t
      .as(world.inspectors[0].user)
      .post(`/campaigns/${campaignId}/conflict-declarations`, {
        communityId: world.communities[0],
        reason: '   ',
      })
      .expect(400);
    expect(blank.body.details.problems).toEqual([
      { field: 'reason', message: 'reason must say why you may not inspect this community, not only spaces' },
    ]);
  });
});
