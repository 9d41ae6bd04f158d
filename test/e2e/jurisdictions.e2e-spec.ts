import { UserRole } from '@app/persistence';
import { seedTree, userIdOf } from '../support/reference-tree';
import { createTestApp, TestApp, TestUser } from '../support/test-app';

// Ids prefixed jx- so this file's tree never meets another spec file's in the shared database.
const TREE: Parameters<typeof seedTree>[1] = [
  ['jx', null, 'PROVINCE'],
  ['jx-city', 'jx', 'CITY'],
  ['jx-dist', 'jx-city', 'DISTRICT'],
  ['jx-street-a', 'jx-dist', 'STREET'],
  ['jx-street-b', 'jx-dist', 'STREET'],
  ['jx-a1', 'jx-street-a', 'COMMUNITY', 'URBAN'],
  ['jx-a2', 'jx-street-a', 'COMMUNITY', 'RURAL'],
  ['jx-a3', 'jx-street-a', 'COMMUNITY', 'URBAN', '组织尚未建立'],
  ['jx-b1', 'jx-street-b', 'COMMUNITY', 'URBAN'],
];
const STREET_A = '/jx/jx-city/jx-dist/jx-street-a/';

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
      t.user(UserRole.ORGANIZER, 'jx-street-a'),
      t.user(UserRole.ORGANIZER, 'jx-dist'),
      t.user(UserRole.OBSERVER, 'jx-street-a'),
      t.user(UserRole.COMMUNITY, 'jx-a1'),
      t.user(UserRole.INSPECTOR, 'jx-street-b'),
    ]);
  });
  afterAll(async () => {
    await t.close();
  });

  const as = (user: TestUser) => t.as(user);
  const ids = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);

  describe('GET /:id/subtree', () => {
    it('should answer the node and everything under it in path order when it is the caller’s scope', async () => {
      const response = await as(organizer).get('/jurisdictions/jx-street-a/subtree').expect(200);

      expect(response.body).toEqual({
        items: [
          node('jx-street-a', 'jx-dist', 'STREET', STREET_A),
          node('jx-a1', 'jx-street-a', 'COMMUNITY', `${STREET_A}jx-a1/`, { kind: 'URBAN' }),
          node('jx-a2', 'jx-street-a', 'COMMUNITY', `${STREET_A}jx-a2/`, { kind: 'RURAL' }),
          node('jx-a3', 'jx-street-a', 'COMMUNITY', `${STREET_A}jx-a3/`, {
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
        .get('/jurisdictions/jx-dist/subtree?level=COMMUNITY')
        .expect(200);

      expect(ids(response.body)).toEqual(['jx-a1', 'jx-a2', 'jx-a3', 'jx-b1']);
    });

    it('should page by path when a limit is given', async () => {
      const first = await as(admin).get('/jurisdictions/jx/subtree?level=COMMUNITY&limit=3').expect(200);
      expect(ids(first.body)).toEqual(['jx-a1', 'jx-a2', 'jx-a3']);
      expect(first.body.nextAfter).toBe(`${STREET_A}jx-a3/`);

      const next = await as(admin)
        .get(
          `/jurisdictions/jx/subtree?level=COMMUNITY&limit=3&after=${encodeURIComponent(first.body.nextAfter)}`,
        )
        .expect(200);
      expect(ids(next.body)).toEqual(['jx-b1']);
      expect(next.body.nextAfter).toBeNull();
    });

    it.each([
      ['an admin', 'jx', () => admin, 9],
      ['a district organizer', 'jx-street-b', () => districtOrganizer, 2],
      ['an organizer', 'jx-a2', () => organizer, 1],
      ['an observer', 'jx-street-a', () => observer, 4],
      ['a community clerk', 'jx-a1', () => clerk, 1],
      ['an inspector', 'jx-street-b', () => inspector, 2],
    ])('should answer 200 when %s reads %s, inside its scope', async (_who, id, user, count) => {
      const response = await as(user()).get(`/jurisdictions/${id}/subtree`).expect(200);

      expect(response.body.items).toHaveLength(count);
      expect(response.body.items[0].id).toBe(id);
    });

    it.each([
      ['an organizer', 'jx-street-b', () => organizer],
      ['an organizer', 'jx-dist', () => organizer],
      ['an observer', 'jx-b1', () => observer],
      ['a community clerk', 'jx-street-a', () => clerk],
      ['a community clerk', 'jx-a2', () => clerk],
      ['an inspector', 'jx-street-a', () => inspector],
      ['an admin', 'jx-nowhere', () => admin],
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
      const response = await as(admin).get('/jurisdictions/jx/subtree?level=VILLAGE&limit=0').expect(400);

      expect(response.body.code).toBe('INVALID_REQUEST');
      expect(response.body.details.problems).toEqual([
        { field: 'level', message: 'level must be one of PROVINCE, CITY, DISTRICT, STREET, COMMUNITY' },
        { field: 'limit', message: 'limit must be a whole number from 1 to 1000, written in digits' },
      ]);
    });
  });

  describe('POST /', () => {
    it('should answer 201 with the node and its computed path, readable in the subtree after', async () => {
      const response = await as(admin)
        .post('/jurisdictions', {
          id: 'jx-b2',
          parentId: 'jx-street-b',
          level: 'COMMUNITY',
          name: '新村',
          kind: 'RURAL',
          eligible: false,
          ineligibleReason: '组织尚未建立',
        })
        .expect(201);

      const expected = {
        id: 'jx-b2',
        parentId: 'jx-street-b',
        level: 'COMMUNITY',
        name: '新村',
        kind: 'RURAL',
        eligible: false,
        ineligibleReason: '组织尚未建立',
        path: '/jx/jx-city/jx-dist/jx-street-b/jx-b2/',
      };
      expect(response.body).toEqual(expected);
      const subtree = await as(admin).get('/jurisdictions/jx-street-b/subtree').expect(200);
      expect(subtree.body.items).toContainEqual(expected);
    });

    it('should answer 201 for a province without a parent, eligible by default', async () => {
      const response = await as(admin)
        .post('/jurisdictions', { id: 'jxp', level: 'PROVINCE', name: '另一省' })
        .expect(201);

      expect(response.body).toEqual({
        id: 'jxp',
        parentId: null,
        level: 'PROVINCE',
        name: '另一省',
        kind: null,
        eligible: true,
        ineligibleReason: null,
        path: '/jxp/',
      });
    });

    it('should record the creation in the system audit trail', async () => {
      const adminId = await userIdOf(t.harness.dataSource, admin.username);
      const count = async () =>
        (
          await t.harness.dataSource.query(
            `SELECT 1 FROM audit_event WHERE campaign_id = '_system' AND action = 'CREATE_JURISDICTION' AND actor_id = $1`,
            [adminId],
          )
        ).length;
      const before = await count();

      await as(admin)
        .post('/jurisdictions', { id: 'jx-city2', parentId: 'jx', level: 'CITY', name: '某市' })
        .expect(201);

      expect(await count()).toBe(before + 1);
    });

    it('should answer 409 when the id is taken', async () => {
      const response = await as(admin)
        .post('/jurisdictions', {
          id: 'jx-a1',
          parentId: 'jx-street-b',
          level: 'COMMUNITY',
          name: 'x',
          kind: 'URBAN',
        })
        .expect(409);

      expect(response.body).toEqual({
        statusCode: 409,
        code: 'CONFLICT',
        message: 'Jurisdiction jx-a1 already exists',
        details: { id: 'jx-a1' },
      });
    });

    it('should answer 422 naming the expected level when a level is skipped', async () => {
      const response = await as(admin)
        .post('/jurisdictions', {
          id: 'jx-x1',
          parentId: 'jx-dist',
          level: 'COMMUNITY',
          name: 'x',
          kind: 'URBAN',
        })
        .expect(422);

      expect(response.body).toEqual({
        statusCode: 422,
        code: 'VALIDATION_FAILED',
        message: 'The request has problems; each is listed.',
        details: { problems: [{ field: 'level', message: 'expected STREET for a node under a DISTRICT' }] },
      });
    });

    it('should answer 422 listing every problem of a community', async () => {
      const response = await as(admin)
        .post('/jurisdictions', {
          id: 'jx-x2',
          parentId: 'jx-street-a',
          level: 'COMMUNITY',
          name: ' ',
          eligible: false,
        })
        .expect(422);

      expect(response.body.details.problems).toEqual([
        { field: 'name', message: 'expected a name, e.g. 示范街道' },
        { field: 'kind', message: 'expected URBAN or RURAL for a COMMUNITY' },
        { field: 'ineligibleReason', message: 'say why it is not eligible, e.g. 组织尚未建立' },
      ]);
    });

    it('should answer 422 when the parent is unknown or a community', async () => {
      const unknown = await as(admin)
        .post('/jurisdictions', {
          id: 'jx-x3',
          parentId: 'jx-nowhere',
          level: 'STREET',
          name: 'x',
          kind: 'URBAN',
        })
        .expect(422);
      expect(unknown.body.details.problems).toEqual([
        { field: 'parentId', message: 'expected an existing jurisdiction; there is no jx-nowhere' },
        { field: 'kind', message: 'only a COMMUNITY has a kind' },
      ]);

      const underCommunity = await as(admin)
        .post('/jurisdictions', {
          id: 'jx-x4',
          parentId: 'jx-a1',
          level: 'COMMUNITY',
          name: 'x',
          kind: 'URBAN',
        })
        .expect(422);
      expect(underCommunity.body.details.problems).toEqual([
        { field: 'parentId', message: 'a COMMUNITY cannot have children' },
      ]);
    });

    it('should answer 400 listing every malformed field', async () => {
      const response = await as(admin)
        .post('/jurisdictions', { id: 'jx_bad', level: 'VILLAGE', name: 5, kind: 'CITY', extra: 1 })
        .expect(400);

      expect(response.body.code).toBe('INVALID_REQUEST');
      expect(response.body.details.problems).toEqual([
        { field: 'extra', message: 'property extra should not exist' },
        {
          field: 'id',
          message: 'id: expected 1 to 64 letters, digits or -, starting with a letter or digit',
        },
        { field: 'level', message: 'level must be one of PROVINCE, CITY, DISTRICT, STREET, COMMUNITY' },
        { field: 'name', message: 'name must be shorter than or equal to 100 characters' },
        { field: 'name', message: 'name must be a string' },
        { field: 'kind', message: 'kind must be URBAN or RURAL' },
      ]);
    });

    it.each([
      ['an organizer', () => organizer],
      ['an observer', () => observer],
      ['a community clerk', () => clerk],
      ['an inspector', () => inspector],
    ])('should answer 403 when %s tries to add a node', async (_who, user) => {
      const response = await as(user())
        .post('/jurisdictions', {
          id: 'jx-x5',
          parentId: 'jx-street-a',
          level: 'COMMUNITY',
          name: 'x',
          kind: 'URBAN',
        })
        .expect(403);

      expect(response.body).toEqual({
        statusCode: 403,
        code: 'FORBIDDEN',
        message: `Only ADMIN may do this; you are ${user().role}`,
        details: { requiredRoles: ['ADMIN'] },
      });
    });
  });
});
