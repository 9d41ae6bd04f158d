import { randomUUID } from 'node:crypto';
import { apiCampaignWorld, ApiCampaignWorld } from '../support/api-campaign';
import { eventually } from '../support/eventually';
import { createTestApp, TestApp } from '../support/test-app';

interface BatchBody {
  running: boolean;
  total: number;
  succeeded: number;
  refused: number;
  pending: number;
  failed: number;
  items: { communityId: string; status: string; code: string | null; message: string | null }[];
}

// 批量操作: one action over many cases, a result per case, resumable without acting twice.
describe('POST/GET /campaigns/{id}/batches (real API, worker, Temporal and PostgreSQL)', () => {
  let t: TestApp;
  let world: ApiCampaignWorld;

  beforeAll(async () => {
    t = await createTestApp();
    world = await apiCampaignWorld(t, 'bt', { communities: 6, inspectors: 1 });
  });
  afterAll(async () => {
    await t.close();
  });

  const org = () => t.as(world.organizer);

  async function apply(campaignId: string, communityIds: string[]): Promise<void> {
    for (const id of communityIds)
      await t
        .as(world.clerks.get(id)!)
        .post(`/campaigns/${campaignId}/cases/${id}/application`, { content: {} })
        .expect(200);
  }

  async function finished(campaignId: string, batchId: string): Promise<BatchBody> {
    let body!: BatchBody;
    await eventually(async () => {
      body = (await org().get(`/campaigns/${campaignId}/batches/${batchId}`).expect(200)).body as BatchBody;
      expect({ running: body.running, pending: body.pending }).toEqual({ running: false, pending: 0 });
    });
    return body;
  }

  it('should accept every applied case, refuse the one not applied with why, and not act twice when sent again', async () => {
    const campaignId = await world.launch();
    const [notApplied, ...applied] = world.communities;
    await apply(campaignId, applied);
    const batch = { id: randomUUID(), action: 'ACCEPT_APPLICATION', communityIds: world.communities };

    const started = await org().post(`/campaigns/${campaignId}/batches`, batch).expect(202);
    expect(started.body).toMatchObject({ id: batch.id, action: 'ACCEPT_APPLICATION', total: 6 });
    const done = await finished(campaignId, batch.id);

    expect(done).toMatchObject({ total: 6, succeeded: 5, refused: 1, failed: 0 });
    expect(done.items.find((item) => item.communityId === notApplied)).toMatchObject({
      status: 'REFUSED',
      code: 'WRONG_STAGE',
    });
    const again = await org().post(`/campaigns/${campaignId}/batches`, batch).expect(202);
    expect(again.body).toMatchObject({ succeeded: 5, refused: 1, pending: 0 });
    const trail = await org().get(`/campaigns/${campaignId}/cases/${applied[0]}/audit`).expect(200);
    const accepts = trail.body.items.filter(
      (link: { action: string }) => link.action === 'ACCEPT_APPLICATION',
    );
    expect(accepts).toHaveLength(1);
    const list = await org().get(`/campaigns/${campaignId}/cases?stage=SELF_CHECK`).expect(200);
    expect(list.body.total).toBe(5);
  });

  it('should resume a batch whose cases were acted on but not recorded, without acting twice', async () => {
    const campaignId = await world.launch();
    await apply(campaignId, world.communities.slice(0, 2));
    const batch = {
      id: randomUUID(),
      action: 'RETURN_APPLICATION',
      reason: '缺少居委会盖章',
      communityIds: world.communities.slice(0, 2),
    };
    await org().post(`/campaigns/${campaignId}/batches`, batch).expect(202);
    await finished(campaignId, batch.id);
    // As if the server stopped after acting and before recording: both items are still to run.
    await t.harness.dataSource.query(
      `UPDATE case_batch_item SET status = 'PENDING', code = NULL, message = NULL WHERE batch_id = $1`,
      [batch.id],
    );

    await org().post(`/campaigns/${campaignId}/batches/${batch.id}/resume`).expect(202);
    const done = await finished(campaignId, batch.id);

    expect(done).toMatchObject({ succeeded: 2, refused: 0 });
    const file = await org().get(`/campaigns/${campaignId}/cases/${world.communities[0]}`).expect(200);
    const returns = file.body.state.decisions.filter(
      (d: { action: string }) => d.action === 'RETURN_APPLICATION',
    );
    expect(returns).toHaveLength(1);
    expect(returns[0].reasons).toEqual(['缺少居委会盖章']);
  });

  it('should take every case matching a filter and chase it with the message', async () => {
    const campaignId = await world.launch();
    const batch = {
      id: randomUUID(),
      action: 'CHASE',
      message: '请于本周五前申报',
      filter: { stage: 'INVITED' },
    };
    await org().post(`/campaigns/${campaignId}/batches`, batch).expect(202);
    const done = await finished(campaignId, batch.id);
    expect(done).toMatchObject({ total: 6, succeeded: 6 });
  });

  it.each([
    [{ action: 'RETURN_APPLICATION', communityIds: ['bt-a1'] }, 'reason'],
    [{ action: 'CHASE', communityIds: ['bt-a1'] }, 'message'],
    [{ action: 'EXTEND_DEADLINE', communityIds: ['bt-a1'], reason: '换届' }, 'newDueAt'],
    [{ action: 'ACCEPT_APPLICATION' }, 'communityIds'],
    [{ action: 'ACCEPT_APPLICATION', communityIds: ['bt-a1'], filter: {} }, 'communityIds'],
    [{ action: 'ACCEPT_APPLICATION', communityIds: ['bt-a1', 'bt-a1'] }, 'communityIds[1]'],
  ])('should answer 400 naming the field for %j', async (body, field) => {
    const campaignId = await world.launch();
    const response = await org()
      .post(`/campaigns/${campaignId}/batches`, { id: randomUUID(), ...body })
      .expect(400);
    expect(response.body.details.problems).toEqual([expect.objectContaining({ field })]);
  });

  it('should answer 400 for an unknown action, a bad id or a bad date, naming each', async () => {
    const campaignId = await world.launch();
    const response = await org()
      .post(`/campaigns/${campaignId}/batches`, {
        id: 'not-a-uuid',
        action: 'AWARD',
        communityIds: ['bt-a1'],
        newDueAt: 'next week',
      })
      .expect(400);
    const fields = response.body.details.problems.map((p: { field: string }) => p.field).sort();
    expect(fields).toEqual(['action', 'id', 'newDueAt']);
    await org().get(`/campaigns/${campaignId}/batches/not-a-uuid`).expect(400);
  });

  it('should refuse the same id with another action (422) and hide a batch from another organizer (404)', async () => {
    const campaignId = await world.launch();
    const batch = { id: randomUUID(), action: 'CHASE', message: '请尽快', communityIds: ['bt-a1'] };
    await org().post(`/campaigns/${campaignId}/batches`, batch).expect(202);
    const reused = await org()
      .post(`/campaigns/${campaignId}/batches`, { ...batch, message: '另一条' })
      .expect(422);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const colleague = await t.user('ORGANIZER' as never, 'bt-a');
    const hidden = await t.as(colleague).get(`/campaigns/${campaignId}/batches/${batch.id}`).expect(404);
    expect(hidden.body.code).toBe('NOT_FOUND');
  });

  it('should answer 400 naming newDueAt for an EXTEND_DEADLINE to a time already past, and start nothing', async () => {
    const campaignId = await world.launch();
    const id = randomUUID();
    const response = await org()
      .post(`/campaigns/${campaignId}/batches`, {
        id,
        action: 'EXTEND_DEADLINE',
        communityIds: ['bt-a1'],
        reason: '换届',
        newDueAt: '2020-01-01T00:00:00Z',
      })
      .expect(400);
    expect(response.body.details.problems).toEqual([
      {
        field: 'newDueAt',
        // The instant as the API writes it, in the deployment's zone.
        message: expect.stringMatching(/^expected a new due date later than now; 2020-01-01T\S+ has passed$/),
      },
    ]);
    await org().get(`/campaigns/${campaignId}/batches/${id}`).expect(404);
  });

  it('should answer 422 IDEMPOTENCY_KEY_REUSED for an id used in another campaign or by another organizer, saying nothing of that batch', async () => {
    const [campaignId, otherCampaignId] = [await world.launch(), await world.launch()];
    const batch = { id: randomUUID(), action: 'CHASE', message: '请尽快（机密）', communityIds: ['bt-a1'] };
    await org().post(`/campaigns/${campaignId}/batches`, batch).expect(202);

    const elsewhere = await org().post(`/campaigns/${otherCampaignId}/batches`, batch).expect(422);
    const colleague = await t.user('ORGANIZER' as never, 'bt-a');
    const theirs = await t.as(colleague).post(`/campaigns/${campaignId}/batches`, batch).expect(422);

    for (const response of [elsewhere, theirs]) {
      expect(response.body).toMatchObject({
        code: 'IDEMPOTENCY_KEY_REUSED',
        message: `Batch id ${batch.id} is already used for a different batch; choose a new id for a new batch`,
        details: { problems: [{ field: 'id', message: 'already used for a different batch' }] },
      });
      expect(JSON.stringify(response.body)).not.toMatch(/机密|CHASE|bt-a1/);
    }
  });
});
