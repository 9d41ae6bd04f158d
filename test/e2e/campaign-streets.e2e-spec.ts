import { UserRole } from '@app/persistence';
import { seedTree } from '../support/reference-tree';
import { createTestApp, TestApp, TestUser } from '../support/test-app';

// Ids prefixed cs- so this file's tree never meets another spec file's in the shared database. The campaign
// is over district cs-d (streets cs-sa, cs-sb); cs-x is a street of another district.
const TREE: Parameters<typeof seedTree>[1] = [
  ['cs', null, 'PROVINCE'],
  ['cs-city', 'cs', 'CITY'],
  ['cs-d', 'cs-city', 'DISTRICT'],
  ['cs-sa', 'cs-d', 'STREET'],
  ['cs-sb', 'cs-d', 'STREET'],
  ['cs-a1', 'cs-sa', 'COMMUNITY', 'URBAN'],
  ['cs-other', 'cs-city', 'DISTRICT'],
  ['cs-x', 'cs-other', 'STREET'],
];
const CAMPAIGN = 'cs-2025';

describe('GET /campaigns/:campaignId/streets (the case table’s 街道 picker)', () => {
  let t: TestApp;
  let cityOrganizer: TestUser;
  let streetOrganizer: TestUser;
  let districtObserver: TestUser;
  let otherOrganizer: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.harness.dataSource;
    await seedTree(db, TREE);
    const [standard] = await db.query<{ id: string }[]>(
      `INSERT INTO standard (code, version, title, title_kind, definition, created_by)
       VALUES ('CS-STD', 1, '平安社区创建标准', '平安社区', '{"tiers": []}', 'seed') RETURNING id`,
    );
    await db.query(
      `INSERT INTO campaign (id, title, title_kind, year, organizer_jurisdiction_id, scope_jurisdiction_id, standard_id,
                             schedule, targets, inspection_policy, award_policy, status, launched_at, created_by)
       VALUES ($1, '2025 平安社区创建', '平安社区', 2025, 'cs-d', 'cs-d', $2, '{}', '{}', '{}', '{}', 'LAUNCHED', now(), 'seed')`,
      [CAMPAIGN, standard.id],
    );
    [cityOrganizer, streetOrganizer, districtObserver, otherOrganizer] = await Promise.all([
      t.user(UserRole.ORGANIZER, 'cs-city'),
      t.user(UserRole.ORGANIZER, 'cs-sa'),
      t.user(UserRole.OBSERVER, 'cs-d'),
      t.user(UserRole.ORGANIZER, 'cs-other'),
    ]);
  });
  afterAll(async () => {
    await t.close();
  });

  const streets = (user: TestUser, query = '') => t.as(user).get(`/campaigns/${CAMPAIGN}/streets${query}`);
  const ids = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);

  it('should answer every street of the campaign to an organizer above its scope, and none outside it', async () => {
    const response = await streets(cityOrganizer).expect(200);

    expect(ids(response.body)).toEqual(['cs-sa', 'cs-sb']);
    expect(response.body.nextAfter).toBeNull();
  });

  it('should answer only its own street to a street organizer below the campaign scope, searched by name', async () => {
    expect(ids((await streets(streetOrganizer, '?name=cs-s').expect(200)).body)).toEqual(['cs-sa']);
    expect(
      ids((await streets(streetOrganizer, `?name=${encodeURIComponent('cs-sb')}`).expect(200)).body),
    ).toEqual([]);
  });

  it('should search by the start of the name and page with limit and after', async () => {
    const first = await streets(districtObserver, '?name=cs-s&limit=1').expect(200);
    expect(ids(first.body)).toEqual(['cs-sa']);
    const next = await streets(districtObserver, `?name=cs-s&limit=1&after=${first.body.nextAfter}`).expect(
      200,
    );
    expect(ids(next.body)).toEqual(['cs-sb']);
    expect(ids((await streets(districtObserver, '?name=a1').expect(200)).body)).toEqual([]);
  });

  it('should answer 404 for a campaign outside the caller’s scope, as for one that does not exist', async () => {
    const outside = await streets(otherOrganizer).expect(404);
    expect(outside.body.message).toContain(CAMPAIGN);
    await t.as(cityOrganizer).get('/campaigns/cs-nope/streets').expect(404);
  });

  it('should answer 400 naming name when it is too long', async () => {
    const response = await streets(cityOrganizer, `?name=${'街'.repeat(51)}`).expect(400);
    expect(JSON.stringify(response.body)).toContain('name must be 1 to 50 characters');
  });
});
