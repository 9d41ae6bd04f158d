import { randomUUID } from 'node:crypto';
import { UserRole } from '@app/persistence';
import { buildStandard } from '../../libs/domain/src/standard/standard.fixture';
import { campaignBody } from '../support/campaign-body';
import { eventually } from '../support/eventually';
import { seedTree } from '../support/reference-tree';
import { createTestApp, TestApp, TestUser } from '../support/test-app';

interface BatchBody {
  running: boolean;
  stoppedAt: string | null;
  stoppedBy: string | null;
  total: number;
  succeeded: number;
  refused: number;
  failed: number;
  pending: number;
  notRun: number;
  itemsTotal: number;
  limit: number;
  offset: number;
  items: {
    position: number;
    communityId: string;
    communityName: string;
    status: string;
    code: string | null;
    message: string | null;
    details: unknown;
  }[];
}

// A batch's results read a page at a time (counts + one filtered page), refusals that say nothing of
// cases beyond the caller's reach, and 停止. One province campaign over two streets (bq-a, bq-b), run by
// the province's office; street a's own organizer works on its part of it.
describe('GET /campaigns/{id}/batches/{batchId} pages, out-of-reach refusals and POST …/stop (real API, worker, Temporal and PostgreSQL)', () => {
  const A = ['bq-a1', 'bq-a2', 'bq-a3', 'bq-a4'];
  const B = ['bq-b1', 'bq-b2'];
  let t: TestApp;
  let province: TestUser;
  let streetA: TestUser;
  let campaignId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await seedTree(t.harness.dataSource, [
      ['bq', null, 'PROVINCE'],
      ['bq-a', 'bq', 'STREET'],
      ['bq-b', 'bq', 'STREET'],
      ...A.map((id): [string, string, string, string] => [id, 'bq-a', 'COMMUNITY', 'URBAN']),
      ...B.map((id): [string, string, string, string] => [id, 'bq-b', 'COMMUNITY', 'URBAN']),
    ]);
    const admin = await t.user(UserRole.ADMIN);
    province = await t.user(UserRole.ORGANIZER, 'bq');
    streetA = await t.user(UserRole.ORGANIZER, 'bq-a');
    const standardCode = `BQ-${randomUUID().slice(0, 8)}`;
    const { version: _version, ...standard } = { ...buildStandard(), code: standardCode };
    await t.as(admin).post('/standards', standard).expect(201);
    campaignId = `bq-${randomUUID().slice(0, 8)}`;
    await t
      .as(province)
      .post('/campaigns', campaignBody(campaignId, standardCode, 'bq'))
      .expect(201);
    await t.as(province).post(`/campaigns/${campaignId}/launch`).expect(200);
  });
  afterAll(async () => {
    await t.close();
  });

  const get = (user: TestUser, batchId: string, query = '') =>
    t.as(user).get(`/campaigns/${campaignId}/batches/${batchId}${query}`);

  async function finished(user: TestUser, batchId: string): Promise<BatchBody> {
    let body!: BatchBody;
    await eventually(async () => {
      body = (await get(user, batchId).expect(200)).body as BatchBody;
      expect({ running: body.running, pending: body.pending }).toEqual({ running: false, pending: 0 });
    });
    return body;
  }

  /** A CHASE of `ids` by street a's organizer, run to the end. */
  async function chase(ids: string[]): Promise<{ id: string; done: BatchBody }> {
    const id = randomUUID();
    await t
      .as(streetA)
      .post(`/campaigns/${campaignId}/batches`, {
        id,
        action: 'CHASE',
        message: '请尽快申报',
        communityIds: ids,
      })
      .expect(202);
    return { id, done: await finished(streetA, id) };
  }

  it("should refuse another street's case exactly as an unknown one, naming nothing of it", async () => {
    const unknown = 'bq-zz';
    const { id, done } = await chase([A[0], B[0], unknown, A[1]]);

    expect(done).toMatchObject({ total: 4, succeeded: 2, refused: 2 });
    const refused = done.items.filter((item) => item.status === 'REFUSED');
    expect(refused.map((item) => item.communityId)).toEqual([B[0], unknown]);
    const [other, none] = refused.map(({ position: _p, communityId: _c, communityName, ...rest }) => ({
      named: communityName,
      ...rest,
    }));
    expect(other).toEqual({ ...none, named: B[0] });
    expect(other).toMatchObject({ code: 'NOT_FOUND', details: null });
    expect(other.message).toContain('不存在或无权操作');
    expect(JSON.stringify((await get(streetA, id).expect(200)).body)).not.toContain(`${B[0]} 名称`);
    // Street b's case was not acted on: nothing was chased in street a's name there.
    const trail = await t.as(province).get(`/campaigns/${campaignId}/cases/${B[0]}/audit`).expect(200);
    expect(trail.body.items.map((link: { action: string }) => link.action)).not.toContain('CHASE');
  });

  it('should answer counts with one page of results, filtered by status and paged by limit/offset', async () => {
    const { id } = await chase([...A, ...B]);

    const refused = (await get(streetA, id, '?status=REFUSED').expect(200)).body as BatchBody;
    expect(refused).toMatchObject({
      total: 6,
      succeeded: 4,
      refused: 2,
      itemsTotal: 2,
      limit: 100,
      offset: 0,
    });
    expect(refused.items.map((item) => item.communityId)).toEqual(B);
    const page = (await get(streetA, id, '?limit=2&offset=2').expect(200)).body as BatchBody;
    expect(page).toMatchObject({ total: 6, itemsTotal: 6, limit: 2, offset: 2 });
    expect(page.items.map((item) => item.position)).toEqual([3, 4]);
    const succeededPage = (await get(streetA, id, '?status=SUCCEEDED&limit=3&offset=3').expect(200))
      .body as BatchBody;
    expect(succeededPage.items.map((item) => item.communityId)).toEqual([A[3]]);
  });

  it.each([
    ['?limit=0', 'limit'],
    ['?limit=501', 'limit'],
    ['?limit=1.5', 'limit'],
    ['?limit=1e2', 'limit'],
    ['?offset=-1', 'offset'],
    ['?offset=0x10', 'offset'],
    ['?status=DONE', 'status'],
  ])('should answer 400 naming the parameter for %s', async (query, field) => {
    const response = await get(streetA, randomUUID(), query).expect(400);
    expect(JSON.stringify(response.body)).toContain(field);
  });

  it('should stop a batch: what is left is not run, the stop is audited in its name, and it never runs again', async () => {
    const { id } = await chase(A);
    // As if the server had stopped after the first case: three still to run.
    await t.harness.dataSource.query(
      `UPDATE case_batch_item SET status = 'PENDING', code = NULL, message = NULL WHERE batch_id = $1 AND position > 1`,
      [id],
    );

    const stopped = await t.as(streetA).post(`/campaigns/${campaignId}/batches/${id}/stop`).expect(200);
    expect(stopped.body).toMatchObject({
      succeeded: 1,
      pending: 0,
      notRun: 3,
      stoppedAt: expect.any(String),
    });
    const notRun = (await get(streetA, id, '?status=NOT_RUN').expect(200)).body as BatchBody;
    expect(notRun.items.map((item) => item.communityId)).toEqual(A.slice(1));
    const trail = await t.as(province).get(`/campaigns/${campaignId}/audit?limit=500`).expect(200);
    const stop = trail.body.items.find((link: { action: string }) => link.action === 'BATCH_STOPPED');
    expect(stop.actor).toMatchObject({ userId: stopped.body.stoppedBy, role: 'ORGANIZER' });

    const resumed = await t.as(streetA).post(`/campaigns/${campaignId}/batches/${id}/resume`).expect(409);
    expect(resumed.body).toMatchObject({ code: 'CONFLICT', details: { allowedActions: ['NEW_BATCH'] } });
    const again = await t.as(streetA).post(`/campaigns/${campaignId}/batches/${id}/stop`).expect(409);
    expect(again.body.message).toContain('already stopped');
    // Sending the batch again answers its state and runs nothing.
    const resent = await t
      .as(streetA)
      .post(`/campaigns/${campaignId}/batches`, {
        id,
        action: 'CHASE',
        message: '请尽快申报',
        communityIds: A,
      })
      .expect(202);
    expect(resent.body).toMatchObject({ running: false, succeeded: 1, notRun: 3 });
  });

  it('should answer 409 with what is possible when stopping a finished batch, and 404 for one not yours', async () => {
    const { id } = await chase(A.slice(0, 2));
    const finishedStop = await t.as(streetA).post(`/campaigns/${campaignId}/batches/${id}/stop`).expect(409);
    expect(finishedStop.body).toMatchObject({
      code: 'CONFLICT',
      details: { succeeded: 2, refused: 0, allowedActions: ['VIEW', 'NEW_BATCH'] },
    });
    expect(finishedStop.body.message).toContain('has finished');
    await t.as(province).post(`/campaigns/${campaignId}/batches/${id}/stop`).expect(404);
  });
});
