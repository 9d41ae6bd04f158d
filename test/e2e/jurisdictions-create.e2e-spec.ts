import { UserRole } from '@app/persistence';
import { seedTree, userIdOf } from '../support/reference-tree';
import { createTestApp, TestApp, TestUser } from '../support/test-app';

// Ids prefixed jw- so this file's tree never meets another spec file's in the shared database.
const TREE: Parameters<typeof seedTree>[1] = [
  ['jw', null, 'PROVINCE'],
  ['jw-city', 'jw', 'CITY'],
  ['jw-dist', 'jw-city', 'DISTRICT'],
  ['jw-street-a', 'jw-dist', 'STREET'],
  ['jw-street-b', 'jw-dist', 'STREET'],
  ['jw-a1', 'jw-street-a', 'COMMUNITY', 'URBAN'],
  ['jw-a2', 'jw-street-a', 'COMMUNITY', 'RURAL'],
  ['jw-a3', 'jw-street-a', 'COMMUNITY', 'URBAN', '组织尚未建立'],
  ['jw-b1', 'jw-street-b', 'COMMUNITY', 'URBAN'],
];

describe('/jurisdictions', () => {
  let t: TestApp;
  let admin: TestUser;
  let organizer: TestUser;
  let observer: TestUser;
  let clerk: TestUser;
  let inspector: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    await seedTree(t.harness.dataSource, TREE);
    [admin, organizer, observer, clerk, inspector] = await Promise.all([
      t.user(UserRole.ADMIN),
      t.user(UserRole.ORGANIZER, 'jw-street-a'),
      t.user(UserRole.OBSERVER, 'jw-street-a'),
      t.user(UserRole.COMMUNITY, 'jw-a1'),
      t.user(UserRole.INSPECTOR, 'jw-street-b'),
    ]);
  });
  afterAll(async () => {
    await t.close();
  });

  const as = (user: TestUser) => t.as(user);

  describe('POST /', () => {
    it('should answer 201 with the node and its computed path, readable in the subtree after', async () => {
      const response = await as(admin)
        .post('/jurisdictions', {
          id: 'jw-b2',
          parentId: 'jw-street-b',
          level: 'COMMUNITY',
          name: '新村',
          kind: 'RURAL',
          eligible: false,
          ineligibleReason: '组织尚未建立',
        })
        .expect(201);

      const expected = {
        id: 'jw-b2',
        parentId: 'jw-street-b',
        level: 'COMMUNITY',
        name: '新村',
        kind: 'RURAL',
        eligible: false,
        ineligibleReason: '组织尚未建立',
        path: '/jw/jw-city/jw-dist/jw-street-b/jw-b2/',
      };
      expect(response.body).toEqual(expected);
      const subtree = await as(admin).get('/jurisdictions/jw-street-b/subtree').expect(200);
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
        .post('/jurisdictions', { id: 'jw-city2', parentId: 'jw', level: 'CITY', name: '某市' })
        .expect(201);

      expect(await count()).toBe(before + 1);
    });

    it('should answer 409 when the id is taken', async () => {
      const response = await as(admin)
        .post('/jurisdictions', {
          id: 'jw-a1',
          parentId: 'jw-street-b',
          level: 'COMMUNITY',
          name: 'x',
          kind: 'URBAN',
        })
        .expect(409);

      expect(response.body).toEqual({
        statusCode: 409,
        code: 'CONFLICT',
        message: 'Jurisdiction jw-a1 already exists',
        details: { id: 'jw-a1' },
      });
    });

    it('should answer 422 naming the expected level when a level is skipped', async () => {
      const response = await as(admin)
        .post('/jurisdictions', {
          id: 'jw-x1',
          parentId: 'jw-dist',
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
          id: 'jw-x2',
          parentId: 'jw-street-a',
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
          id: 'jw-x3',
          parentId: 'jw-nowhere',
          level: 'STREET',
          name: 'x',
          kind: 'URBAN',
        })
        .expect(422);
      expect(unknown.body.details.problems).toEqual([
        { field: 'parentId', message: 'expected an existing jurisdiction; there is no jw-nowhere' },
        { field: 'kind', message: 'only a COMMUNITY has a kind' },
      ]);

      const underCommunity = await as(admin)
        .post('/jurisdictions', {
          id: 'jw-x4',
          parentId: 'jw-a1',
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
          id: 'jw-x5',
          parentId: 'jw-street-a',
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
