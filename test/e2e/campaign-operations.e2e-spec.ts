import { randomUUID } from 'node:crypto';
import { UserRole } from '@app/persistence';
import { buildStandard } from '../../libs/domain/src/standard/standard.fixture';
import { eventually } from '../support/eventually';
import { seedTree } from '../support/reference-tree';
import { campaignBody, daysFromNow } from '../support/campaign-body';
import { createTestApp, TestApp, TestUser } from '../support/test-app';

const DAY = 86_400_000;
const at = daysFromNow;

describe('a launched campaign: lazy case start, campaign-wide extension, added communities, cancel', () => {
  let t: TestApp;
  let organizer: TestUser;
  let otherOrganizer: TestUser;
  let clerk: TestUser;
  let admin: TestUser;
  let campaignId: string;

  const as = (user: TestUser) => t.as(user);
  const caseOf = async (communityId: string) =>
    (await as(organizer).get(`/campaigns/${campaignId}/cases/${communityId}`).expect(200)).body;

  beforeAll(async () => {
    t = await createTestApp();
    await seedTree(t.harness.dataSource, [
      ['ox', null, 'PROVINCE'],
      ['ox-street', 'ox', 'STREET'],
      ['ox-other', 'ox', 'STREET'],
      ['ox-c1', 'ox-street', 'COMMUNITY', 'URBAN'],
      ['ox-c2', 'ox-street', 'COMMUNITY', 'URBAN'],
      ['ox-c3', 'ox-street', 'COMMUNITY', 'URBAN', '组织尚未建立'],
      ['ox-o1', 'ox-other', 'COMMUNITY', 'URBAN'],
    ]);
    [organizer, otherOrganizer, clerk, admin] = await Promise.all([
      t.user(UserRole.ORGANIZER, 'ox-street'),
      t.user(UserRole.ORGANIZER, 'ox-other'),
      t.user(UserRole.COMMUNITY, 'ox-c1'),
      t.user(UserRole.ADMIN),
    ]);
    const code = `OX-${randomUUID().slice(0, 8)}`;
    const { version: _version, ...standard } = { ...buildStandard(), code };
    await as(admin).post('/standards', standard).expect(201);
    campaignId = `ox-${randomUUID().slice(0, 8)}`;
    await as(organizer)
      .post('/campaigns', campaignBody(campaignId, code, 'ox-street'))
      .expect(201);
    const launch = await as(organizer).post(`/campaigns/${campaignId}/launch`).expect(200);
    expect(launch.body).toMatchObject({
      casesOpened: 2,
      casesAlreadyOpen: 0,
      leftOut: [{ communityId: 'ox-c3', reason: '组织尚未建立' }],
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('should show the running campaign workflow to its organizer and 404 to another street', async () => {
    const run = await as(organizer).get(`/campaigns/${campaignId}/run`).expect(200);
    expect(run.body).toMatchObject({ campaignId, status: 'RUNNING', applicationClosed: false });
    await as(otherOrganizer).get(`/campaigns/${campaignId}/run`).expect(404);
  });

  it('should list launched cases at once and start a case workflow on the community first action', async () => {
    const listed = await as(organizer).get(`/campaigns/${campaignId}/cases`).expect(200);
    expect(
      listed.body.items.map((item: { communityId: string; stage: string }) => [item.communityId, item.stage]),
    ).toEqual([
      ['ox-c1', 'INVITED'],
      ['ox-c2', 'INVITED'],
    ]);
    const applied = await as(clerk)
      .post(`/campaigns/${campaignId}/cases/ox-c1/application`, { content: { summary: '申报' } })
      .expect(200);
    expect(applied.body.state).toMatchObject({ stage: 'APPLICATION_REVIEW', seq: 1 });
    expect((await caseOf('ox-c1')).state.stage).toBe('APPLICATION_REVIEW');
  });

  it('should move the application deadline for everyone: cases without a workflow at once, started ones by signal', async () => {
    const newDueAt = new Date(Date.parse(at(30)) + 7 * DAY).toISOString();
    const response = await as(organizer)
      .post(`/campaigns/${campaignId}/extend-phase`, {
        phase: 'application',
        newDueAt,
        reason: '全体顺延一周',
      })
      .expect(200);
    expect(response.body.schedule.applicationDueAt).toBe(newDueAt);
    expect((await caseOf('ox-c2')).state.deadlines.application.dueAt).toBe(newDueAt);
    await eventually(async () =>
      expect((await caseOf('ox-c1')).state.deadlines.application.dueAt).toBe(newDueAt),
    );
    const campaign = await as(organizer).get(`/campaigns/${campaignId}`).expect(200);
    expect(campaign.body.schedule.applicationDueAt).toBe(newDueAt);

    const earlier = await as(organizer)
      .post(`/campaigns/${campaignId}/extend-phase`, {
        phase: 'application',
        newDueAt: at(1),
        reason: '提前',
      })
      .expect(422);
    expect(earlier.body.details.problems[0].field).toBe('newDueAt');
  });

  it('should add an eligible community of the scope and refuse one outside it', async () => {
    await t.harness.dataSource.query(
      `INSERT INTO jurisdiction (id, parent_id, level, name, kind, path) VALUES ('ox-c4', 'ox-street', 'COMMUNITY', '新社区', 'URBAN', '/ox/ox-street/ox-c4/')`,
    );
    const added = await as(organizer)
      .post(`/campaigns/${campaignId}/communities`, { communityIds: ['ox-c4'] })
      .expect(200);
    expect(added.body).toEqual({ added: 1 });
    expect((await caseOf('ox-c4')).state.stage).toBe('INVITED');
    const outside = await as(organizer)
      .post(`/campaigns/${campaignId}/communities`, { communityIds: ['ox-o1', 'nope'] })
      .expect(422);
    expect(outside.body.details.problems).toEqual([
      { field: 'communityIds[0]', message: "ox-o1 is not a community inside the campaign's scope" },
      { field: 'communityIds[1]', message: "nope is not a community inside the campaign's scope" },
    ]);
  });

  it('should cancel the campaign and close every open case with the reason', async () => {
    await as(clerk).post(`/campaigns/${campaignId}/cancel`, { reason: 'x' }).expect(403);
    const cancelled = await as(organizer)
      .post(`/campaigns/${campaignId}/cancel`, { reason: '上级通知暂停' })
      .expect(200);
    expect(cancelled.body.status).toBe('CANCELLED');
    expect((await caseOf('ox-c2')).state).toMatchObject({
      stage: 'WITHDRAWN',
      closedReason: 'campaign cancelled: 上级通知暂停',
    });
    await eventually(async () =>
      expect((await caseOf('ox-c1')).state).toMatchObject({
        stage: 'WITHDRAWN',
        closedReason: 'campaign cancelled: 上级通知暂停',
      }),
    );
    expect((await as(organizer).get(`/campaigns/${campaignId}`).expect(200)).body.status).toBe('CANCELLED');
    const again = await as(organizer).post(`/campaigns/${campaignId}/cancel`, { reason: '再次' }).expect(409);
    expect(again.body.code).toBe('WRONG_STAGE');
  });
});
