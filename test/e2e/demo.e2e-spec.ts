import { scoredItems, allItems, validateStandard } from '@app/domain';
import { DEMO_PASSWORD, DEMO_TREE, DEMO_USERS } from '../../scripts/demo/demo-data';
import { DEMO_STANDARD } from '../../scripts/demo/demo-standard';
import { loadDemo } from '../../scripts/demo/load-demo';
import { createTestApp, TestApp } from '../support/test-app';

describe('the demo loaded by make start', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const login = async (username: string) =>
    (await t.http().post('/auth/login').send({ username, password: DEMO_PASSWORD }).expect(200)).body
      .accessToken as string;
  const get = async (username: string, path: string, status = 200) =>
    (
      await t
        .http()
        .get(path)
        .set('Authorization', `Bearer ${await login(username)}`)
        .expect(status)
    ).body;

  it('should hold 20 communities of which 4 are rural and 2 not eligible', () => {
    const communities = DEMO_TREE.filter((node) => node.level === 'COMMUNITY');

    expect(communities.map((node) => node.id)).toEqual(
      Array.from({ length: 20 }, (_, index) => `c-${String(index + 1).padStart(2, '0')}`),
    );
    expect(communities.filter((node) => node.kind === 'RURAL')).toHaveLength(4);
    expect(
      communities.filter((node) => node.eligible === false).map((node) => node.ineligibleReason),
    ).toEqual(['组织尚未建立', '组织尚未建立']);
  });

  it('should hold a valid 平安社区 standard of 20 items worth 100 points for either kind, two of them veto items', () => {
    const standard = { ...DEMO_STANDARD, version: 1 };

    expect(validateStandard(standard)).toEqual([]);
    expect(standard.categories).toHaveLength(5);
    expect(allItems(standard)).toHaveLength(20);
    expect(
      allItems(standard)
        .filter((item) => item.veto)
        .map((item) => item.code),
    ).toEqual(['V-01', 'V-02']);
    for (const kind of ['URBAN', 'RURAL'] as const) {
      expect(scoredItems(standard, kind).reduce((sum, item) => sum + item.maxScore, 0)).toBe(100);
    }
    expect(standard.tiers.map((tier) => [tier.name, tier.minTotal])).toEqual([
      ['精品', 90],
      ['示范', 80],
      ['达标', 70],
    ]);
  });

  it('should load everything through the services once, then find it all there on a second start', async () => {
    const first = await loadDemo(process.env);
    expect(first).toEqual({
      jurisdictionsCreated: 25,
      standardCreated: true,
      campaignCreated: true,
      casesOpened: 18,
    });

    const second = await loadDemo(process.env);
    expect(second).toEqual({
      jurisdictionsCreated: 0,
      standardCreated: false,
      campaignCreated: false,
      casesOpened: 0,
    });

    const users = await t.harness.dataSource.query(
      'SELECT count(*)::int AS n FROM app_user WHERE username = ANY($1)',
      [DEMO_USERS.map((user) => user.username)],
    );
    expect(users).toEqual([{ n: 26 }]);
  });

  it('should show the running campaign and its 18 eligible cases to the organizer and the observer', async () => {
    for (const username of ['organizer', 'observer', 'admin']) {
      const campaign = await get(username, '/campaigns/demo-2026-pingan');
      expect(campaign).toMatchObject({
        status: 'LAUNCHED',
        titleKind: '平安社区',
        standard: { code: 'PINGAN', version: 1 },
      });
    }
    const cases = await get('organizer', '/campaigns/demo-2026-pingan/cases?limit=100');
    expect(cases.total).toBe(18);
    expect(cases.items.map((item: { communityId: string }) => item.communityId)).not.toContain('c-19');
  });

  it('should let a clerk see its own case and a clerk of an ineligible community see none', async () => {
    expect(
      (await get('community-c-15', '/campaigns/demo-2026-pingan/cases/c-15')).state.community,
    ).toMatchObject({
      name: '东庄村',
      kind: 'RURAL',
      streetId: 'sfjd',
    });
    await get('community-c-19', '/campaigns/demo-2026-pingan/cases/c-19', 404);
  });
});
