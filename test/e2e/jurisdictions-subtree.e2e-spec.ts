import { UserRole } from '@app/persistence';
import { seedTree } from '../support/reference-tree';
import { createTestApp, TestApp, TestUser } from '../support/test-app';

// Ids prefixed jr- so this file's tree never meets another spec file's in the shared database.
const TREE: Parameters<typeof seedTree>[1] = [
  ['jr', null, 'PROVINCE'],
  ['jr-city', 'jr', 'CITY'],
  ['jr-dist', 'jr-city', 'DISTRICT'],
  ['jr-street-a', 'jr-dist', 'STREET'],
  ['jr-street-b', 'jr-dist', 'STREET'],
  ['jr-a1', 'jr-street-a', 'COMMUNITY', 'URBAN'],
  ['jr-a2', 'jr-street-a', 'COMMUNITY', 'RURAL'],
  ['jr-a3', 'jr-street-a', 'COMMUNITY', 'URBAN', '组织尚未建立'],
  ['jr-b1', 'jr-street-b', 'COMMUNITY', 'URBAN'],
];
const STREET_A = '/jr/jr-city/jr-dist/jr-street-a/';

function node(id: string, parentId: string, level: string, path: string, extra: object = {}) {
  return {
    id,
    parentId,
    level,
    name: `${id} 名称`,
    kind: null,
    eligible: true,
    ineligibleReason: null,
    path,
    ...extra,
  };
}

describe('/jurisdictions', () => {
  let t: TestApp;
  let admin: TestUser;
  let organizer: TestUser;
  let districtOrganizer: TestUser;
  let observer: TestUser;
  let clerk: TestUser;
  let inspector: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    await seedTree(t.harness.dataSource, TREE);
    [admin, organizer, districtOrganizer, observer, clerk, inspector] = await Promise.all([
      t.user(UserRole.ADMIN),
      t.user(UserRole.ORGANIZER, 'jr-street-a'),
      t.user(UserRole.ORGANIZER, 'jr-dist'),
      t.user(UserRole.OBSERVER, 'jr-street-a'),
      t.user(UserRole.COMMUNITY, 'jr-a1'),
      t.user(UserRole.INSPECTOR, 'jr-street-b'),
    ]);
  });
  afterAll(async () => {
    await t.close();
  });

  const as = (user: TestUser) => t.as(user);
  const ids = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);

  describe('GET /:id/subtree', () => {
    it('should answer the node and everything under it in path order when it is the caller’s scope', async () => {
      const response = await as(organizer).get('/jurisdictions/jr-street-a/subtree').expect(200);

      expect(response.body).toEqual({
        items: [
          node('jr-street-a', 'jr-dist', 'STREET', STREET_A),
          node('jr-a1', 'jr-street-a', 'COMMUNITY', `${STREET_A}jr-a1/`, { kind: 'URBAN' }),
          node('jr-a2', 'jr-street-a', 'COMMUNITY', `${STREET_A}jr-a2/`, { kind: 'RURAL' }),
          node('jr-a3', 'jr-street-a', 'COMMUNITY', `${STREET_A}jr-a3/`, {
            kind: 'URBAN',
            eligible: false,
            ineligibleReason: '组织尚未建立',
          }),
        ],
        nextAfter: null,
      });
    });

    it('should answer only communities when level=COMMUNITY', async () => {
      const response = await as(districtOrganizer)
        .get('/jurisdictions/jr-dist/subtree?level=COMMUNITY')
        .expect(200);

      expect(ids(response.body)).toEqual(['jr-a1', 'jr-a2', 'jr-a3', 'jr-b1']);
    });

    it('should search a level by the start of the name, under the caller’s scope only, wildcards taken literally', async () => {
      const street = (query: string) =>
        as(districtOrganizer)
          .get(`/jurisdictions/jr-dist/subtree?level=STREET&limit=20&${query}`)
          .expect(200);
      expect(ids((await street(`name=${encodeURIComponent('jr-street')}`)).body)).toEqual([
        'jr-street-a',
        'jr-street-b',
      ]);
      expect(ids((await street(`name=${encodeURIComponent('jr-street-b 名')}`)).body)).toEqual([
        'jr-street-b',
      ]);
      expect(ids((await street(`name=${encodeURIComponent('street')}`)).body)).toEqual([]);
      expect(ids((await street(`name=${encodeURIComponent('jr%')}`)).body)).toEqual([]);
      expect(ids((await street(`name=${encodeURIComponent('jr_street')}`)).body)).toEqual([]);
      const mine = await as(organizer)
        .get('/jurisdictions/jr-street-a/subtree?level=STREET&name=jr')
        .expect(200);
      expect(ids(mine.body)).toEqual(['jr-street-a']);
      const empty = await as(admin).get('/jurisdictions/jr/subtree?name=').expect(400);
      expect(empty.body.details.problems).toEqual([
        { field: 'name', message: 'name must be 1 to 50 characters' },
      ]);
    });

    it('should page by path when a limit is given', async () => {
      const first = await as(admin).get('/jurisdictions/jr/subtree?level=COMMUNITY&limit=3').expect(200);
      expect(ids(first.body)).toEqual(['jr-a1', 'jr-a2', 'jr-a3']);
      expect(first.body.nextAfter).toBe(`${STREET_A}jr-a3/`);

      const next = await as(admin)
        .get(
          `/jurisdictions/jr/subtree?level=COMMUNITY&limit=3&after=${encodeURIComponent(first.body.nextAfter)}`,
        )
        .expect(200);
      expect(ids(next.body)).toEqual(['jr-b1']);
      expect(next.body.nextAfter).toBeNull();
    });

    it.each([
      ['an admin', 'jr', () => admin, 9],
      ['a district organizer', 'jr-street-b', () => districtOrganizer, 2],
      ['an organizer', 'jr-a2', () => organizer, 1],
      ['an observer', 'jr-street-a', () => observer, 4],
      ['a community clerk', 'jr-a1', () => clerk, 1],
      ['an inspector', 'jr-street-b', () => inspector, 2],
    ])('should answer 200 when %s reads %s, inside its scope', async (_who, id, user, count) => {
      const response = await as(user()).get(`/jurisdictions/${id}/subtree`).expect(200);

      expect(response.body.items).toHaveLength(count);
      expect(response.body.items[0].id).toBe(id);
    });

    it.each([
      ['an organizer', 'jr-street-b', () => organizer],
      ['an organizer', 'jr-dist', () => organizer],
      ['an observer', 'jr-b1', () => observer],
      ['a community clerk', 'jr-street-a', () => clerk],
      ['a community clerk', 'jr-a2', () => clerk],
      ['an inspector', 'jr-street-a', () => inspector],
      ['an admin', 'jr-nowhere', () => admin],
    ])('should answer 404 when %s asks for %s, outside its scope or unknown', async (_who, id, user) => {
      const response = await as(user()).get(`/jurisdictions/${id}/subtree`).expect(404);

      expect(response.body).toEqual({
        statusCode: 404,
        code: 'NOT_FOUND',
        message: `No jurisdiction ${id}`,
        details: {},
      });
    });

    it('should answer 400 listing every bad query parameter', async () => {
      const response = await as(admin).get('/jurisdictions/jr/subtree?level=VILLAGE&limit=0').expect(400);

      expect(response.body.code).toBe('INVALID_REQUEST');
      expect(response.body.details.problems).toEqual([
        { field: 'level', message: 'level must be one of PROVINCE, CITY, DISTRICT, STREET, COMMUNITY' },
        { field: 'limit', message: 'limit must be a whole number from 1 to 1000, written in digits' },
      ]);
    });
  });
});
