import { UserRole } from '@app/persistence';
import { apiCampaignWorld, ApiCampaignWorld, FULL_MARKS } from '../support/api-campaign';
import { campaignBody } from '../support/campaign-body';
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

  describe('申请回避 takes the declarer off the team', () => {
    const REASON = '本人曾在该社区挂职';
    let campaignId: string;
    let communityId: string;
    let path: string;
    const [declarer, partner, replacement] = [0, 1, 2].map((n) => () => world.inspectors[n]);
    const declare = (reason = REASON) =>
      t.as(declarer().user).post(`/campaigns/${campaignId}/conflict-declarations`, { communityId, reason });

    beforeAll(async () => {
      // Teams of at least two: one recusal leaves the team short.
      const policy = { ...campaignBody('x', 'x', 'x').inspectionPolicy, minInspectors: 2 };
      campaignId = await world.launch({ inspectionPolicy: policy });
      communityId = world.communities[0];
      path = `/campaigns/${campaignId}/cases/${communityId}`;
      await toInspection(campaignId, communityId);
      await org()
        .post(`${path}/inspectors`, { inspectorIds: [declarer().id, partner().id] })
        .expect(200);
    });

    it('should remove them, show the team short with who recused and why, once and audited', async () => {
      const mineBefore = await t.as(declarer().user).get('/my/cases').expect(200);
      expect(mineBefore.body).toContainEqual(expect.objectContaining({ campaignId, communityId }));

      const declared = await declare().expect(200);
      expect(declared.body).toMatchObject({ communityId, inspectorId: declarer().id, reason: REASON });

      const file = await org().get(path).expect(200);
      expect(file.body.state.stage).toBe('INSPECTION');
      expect(file.body.state.inspectors.map((i: { userId: string }) => i.userId)).toEqual([partner().id]);
      expect(file.body.state.inspectorsNeeded).toBe(1);
      expect(file.body.state.recusals).toEqual([
        expect.objectContaining({ inspectorId: declarer().id, reason: REASON, round: 1 }),
      ]);
      // The case is off their task list at once (the endpoint answers once the read model shows it).
      const mineAfter = await t.as(declarer().user).get('/my/cases').expect(200);
      expect(mineAfter.body).not.toContainEqual(expect.objectContaining({ campaignId, communityId }));

      // Declaring again changes nothing: the same declaration, one removal, one audit entry of each.
      const again = await declare('另一个理由').expect(200);
      expect(again.body).toEqual(declared.body);
      const after = await org().get(path).expect(200);
      expect(after.body.state.seq).toBe(file.body.state.seq);
      const trail = await org().get(`${path}/audit`).expect(200);
      const actions = trail.body.items.map((link: { action: string }) => link.action);
      expect(actions.filter((action: string) => action === 'RECUSE_INSPECTOR')).toHaveLength(1);
      expect(actions.filter((action: string) => action === 'CONFLICT_DECLARED')).toHaveLength(1);
    });

    it('should refuse them back (422) and take a replacement, which makes the team whole', async () => {
      const back = await org()
        .post(`${path}/inspectors`, { inspectorIds: [partner().id, declarer().id], reason: '转办' })
        .expect(422);
      expect(back.body.details.problems).toEqual([
        {
          field: 'inspectorIds[1]',
          message: expect.stringMatching(/declared a conflict with this community/),
        },
      ]);

      const replaced = await org()
        .post(`${path}/inspectors`, {
          inspectorIds: [partner().id, replacement().id],
          reason: '原检查员申请回避，补派',
        })
        .expect(200);
      expect(replaced.body.state.inspectors.map((i: { userId: string }) => i.userId)).toEqual([
        partner().id,
        replacement().id,
      ]);
      expect(replaced.body.state.inspectorsNeeded).toBe(0);
    });

    it('should refuse (409, nothing kept) an inspector who has submitted their sheet this round', async () => {
      await t
        .as(replacement().user)
        .post(`${path}/checks`, { scores: FULL_MARKS, vetoFlags: [], findings: '', rectifyItems: [] })
        .expect(200);
      const refused = await t
        .as(replacement().user)
        .post(`/campaigns/${campaignId}/conflict-declarations`, { communityId, reason: REASON })
        .expect(409);
      expect(refused.body).toMatchObject({
        code: 'CONFLICT',
        message: '您已提交第1轮检查验收表，该评分有效，不能再申请回避；如确有利害关系，请联系组织方处理',
      });
      const seen = await org().get(`${path}/conflict-declarations`).expect(200);
      expect(seen.body.map((c: { inspectorId: string }) => c.inspectorId)).toEqual([declarer().id]);
      const file = await org().get(path).expect(200);
      expect(file.body.state.inspectors.map((i: { userId: string }) => i.userId)).toContain(replacement().id);
    });

    it('should refuse (409) once the case has left inspection', async () => {
      const scored = await t
        .as(partner().user)
        .post(`${path}/checks`, { scores: FULL_MARKS, vetoFlags: [], findings: '', rectifyItems: [] })
        .expect(200);
      expect(scored.body.state.stage).toBe('SCORING');
      const refused = await t
        .as(partner().user)
        .post(`/campaigns/${campaignId}/conflict-declarations`, { communityId, reason: REASON })
        .expect(409);
      expect(refused.body).toMatchObject({
        code: 'WRONG_STAGE',
        message: '案件当前处于“评分”阶段，已不在检查验收中，不能申请回避',
      });
    });
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
