import { randomUUID } from 'node:crypto';
import { buildStandard } from '@app/domain/standard/standard.fixture';
import { UserRole } from '@app/persistence';
import { campaignBody } from '../support/campaign-body';
import { seedTree } from '../support/reference-tree';
import { createTestApp, TestApp, TestUser } from '../support/test-app';

/** GET /my/cases, /my/todo and /jurisdictions/:id/scope-summary: what the console's lists and wizard read. */
describe('the console’s own lists: my cases, 待办, scope summary', () => {
  let t: TestApp;
  let organizer: TestUser;
  let clerk: TestUser;
  let inspector: TestUser;
  let campaignId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await seedTree(t.harness.dataSource, [
      ['mw', null, 'PROVINCE'],
      ['mw-street', 'mw', 'STREET'],
      ['mw-other', 'mw', 'STREET'],
      ['mw-c1', 'mw-street', 'COMMUNITY', 'URBAN'],
      ['mw-c2', 'mw-street', 'COMMUNITY', 'URBAN'],
      ['mw-c3', 'mw-street', 'COMMUNITY', 'URBAN', '组织尚未建立'],
    ]);
    const admin = await t.user(UserRole.ADMIN);
    [organizer, clerk, inspector] = await Promise.all([
      t.user(UserRole.ORGANIZER, 'mw-street'),
      t.user(UserRole.COMMUNITY, 'mw-c1'),
      t.user(UserRole.INSPECTOR, 'mw-other'),
    ]);
    const code = `MW-${randomUUID().slice(0, 8)}`;
    const { version: _version, ...standard } = { ...buildStandard(), code };
    await t.as(admin).post('/standards', standard).expect(201);
    campaignId = `mw-${randomUUID().slice(0, 8)}`;
    await t
      .as(organizer)
      .post('/campaigns', campaignBody(campaignId, code, 'mw-street'))
      .expect(201);
    await t.as(organizer).post(`/campaigns/${campaignId}/launch`).expect(200);
  });
  afterAll(async () => {
    await t.close();
  });

  it('should count the scope’s communities: eligible, not eligible and why', async () => {
    const summary = await t.as(organizer).get('/jurisdictions/mw-street/scope-summary').expect(200);
    expect(summary.body.node).toMatchObject({
      id: 'mw-street',
      eligible: 2,
      ineligible: 1,
      ineligibleReasons: ['组织尚未建立'],
      titled: 0,
    });
    expect(summary.body.children.map((c: { id: string }) => c.id)).toEqual(['mw-c1', 'mw-c2', 'mw-c3']);
    await t.as(organizer).get('/jurisdictions/mw-other/scope-summary').expect(404);
  });

  it('should give a clerk their own case and 待办 to apply, linking to their case page', async () => {
    const mine = await t.as(clerk).get('/my/cases').expect(200);
    expect(mine.body).toHaveLength(1);
    expect(mine.body[0]).toMatchObject({
      campaignId,
      communityId: 'mw-c1',
      stage: 'INVITED',
      checkedThisRound: false,
    });
    const todo = await t.as(clerk).get('/my/todo').expect(200);
    expect(todo.body).toEqual([
      expect.objectContaining({
        kind: 'APPLY',
        title: '提交申报',
        campaignId,
        link: `/console/my/${campaignId}`,
      }),
    ]);
  });

  it('should give the organizer one 初审 item per campaign once an application is in, and the inspector its check', async () => {
    const base = `/campaigns/${campaignId}/cases/mw-c1`;
    await t
      .as(clerk)
      .post(`${base}/application`, { content: { summary: 'x' } })
      .expect(200);
    const todo = await t.as(organizer).get('/my/todo').expect(200);
    expect(todo.body).toEqual([
      expect.objectContaining({
        kind: 'REVIEW',
        count: 1,
        campaignId,
        link: `/console/campaigns/${campaignId}/cases?stage=APPLICATION_REVIEW`,
      }),
    ]);
    expect((await t.as(inspector).get('/my/todo').expect(200)).body).toEqual([]);
    expect((await t.as(clerk).get('/my/todo').expect(200)).body).toEqual([]);
  });
});
