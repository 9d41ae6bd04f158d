import { UserRole } from '@app/persistence';
import {
  admin,
  bearer,
  clerk,
  create,
  GOOD,
  login,
  organizer,
  t,
  useUsersWorld,
  username,
} from '../support/users-world';

// Tree ux and the helpers are in test/support/users-world.ts; the other groups in users-*.e2e-spec.ts.
// Here: creating accounts and listing them.
describe('/users and /me: accounts managed through the API', () => {
  useUsersWorld('c');

  describe('POST /users', () => {
    it('should let an organizer create a clerk in its street, who can log in and see who it is', async () => {
      const name = username('clerk');
      const response = await create(organizer, {
        username: name,
        displayName: '一社区居委会',
        role: 'COMMUNITY',
        scopeId: 'ux-01',
        password: GOOD,
        email: 'ux01@example.gov.cn',
      }).expect(201);
      expect(response.body).toMatchObject({
        user: {
          username: name,
          displayName: '一社区居委会',
          role: 'COMMUNITY',
          scope: { id: 'ux-01', name: 'ux-01 名称', level: 'COMMUNITY' },
          status: 'ACTIVE',
          disabledReason: null,
          email: 'ux01@example.gov.cn',
        },
        generatedPassword: null,
      });
      const token = (await login(name, GOOD).expect(200)).body.accessToken as string;
      const me = await t.http().get('/me').set(bearer(token)).expect(200);
      expect(me.body).toMatchObject({
        username: name,
        role: 'COMMUNITY',
        scope: { id: 'ux-01', level: 'COMMUNITY' },
        scopePath: [
          { id: 'ux', name: 'ux 名称', level: 'PROVINCE' },
          { id: 'ux-street-a', name: 'ux-street-a 名称', level: 'STREET' },
          { id: 'ux-01', name: 'ux-01 名称', level: 'COMMUNITY' },
        ],
        scopePathText: 'ux 名称 › ux-street-a 名称 › ux-01 名称',
      });
      const stored = await t.harness.dataSource.query<{ password_hash: string; created_by: string }[]>(
        'SELECT password_hash, created_by FROM app_user WHERE username = $1',
        [name],
      );
      expect(stored[0].password_hash).toMatch(/^\$argon2id\$/);
    });

    it('should generate a password when none is given and answer it once', async () => {
      const name = username('insp');
      const response = await create(organizer, {
        username: name,
        displayName: '张检查员',
        role: 'INSPECTOR',
        scopeId: 'ux-street-a',
      }).expect(201);
      expect(response.body.generatedPassword).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
      await login(name, response.body.generatedPassword as string).expect(200);
      const read = await t.as(organizer).get(`/users/${response.body.user.id}`).expect(200);
      expect(read.body).not.toHaveProperty('generatedPassword');
      expect(JSON.stringify(read.body)).not.toMatch(/password|argon2/i);
    });

    it('should answer 422 listing every problem: ADMIN, a scope outside the street, levels, the policy', async () => {
      const cases: [Record<string, unknown>, { field: string; message: string }[]][] = [
        [
          { role: 'ADMIN', scopeId: null },
          [{ field: 'role', message: 'only an administrator may grant ADMIN' }],
        ],
        [
          { role: 'COMMUNITY', scopeId: 'ux-street-b' },
          [
            {
              field: 'scopeId',
              message: 'expected a jurisdiction within your scope; ux-street-b is unknown or outside it',
            },
          ],
        ],
        [
          { role: 'ORGANIZER', scopeId: 'ux' },
          [
            {
              field: 'scopeId',
              message: 'expected a jurisdiction within your scope; ux is unknown or outside it',
            },
          ],
        ],
        [
          { role: 'COMMUNITY', scopeId: 'ux-street-a' },
          [{ field: 'scopeId', message: 'a COMMUNITY is placed at COMMUNITY; ux-street-a is a STREET' }],
        ],
        [
          { role: 'ORGANIZER', scopeId: 'ux-01' },
          [
            {
              field: 'scopeId',
              message:
                'a ORGANIZER is placed at PROVINCE or CITY or DISTRICT or STREET; ux-01 is a COMMUNITY',
            },
          ],
        ],
        [
          { role: 'COMMUNITY', scopeId: 'ux-01', password: 'short' },
          [
            { field: 'password', message: 'must be at least 10 characters; it has 5' },
            { field: 'password', message: 'must mix at least two of letters, digits and other characters' },
          ],
        ],
        [
          { role: 'COMMUNITY', scopeId: 'ux-01', username: 'x' },
          [
            {
              field: 'username',
              message: 'expected 2 to 64 letters, digits or . _ @ -, starting with a letter or digit',
            },
          ],
        ],
        [
          { role: 'COMMUNITY', scopeId: 'ux-01', username: organizer.username },
          [{ field: 'username', message: `${organizer.username} is already taken` }],
        ],
      ];
      for (const [overrides, problems] of cases) {
        const body = { username: username('bad'), displayName: '某人', password: GOOD, ...overrides };
        const response = await create(organizer, body).expect(422);
        expect(response.body.code).toBe('VALIDATION_FAILED');
        expect(response.body.details.problems).toEqual(problems);
      }
    });

    it('should let an ADMIN create an ADMIN and an organizer anywhere; 400 for a malformed body', async () => {
      await create(admin, {
        username: username('adm'),
        displayName: '管理员',
        role: 'ADMIN',
        password: GOOD,
      }).expect(201);
      await create(admin, {
        username: username('org'),
        displayName: '乙街道',
        role: 'ORGANIZER',
        scopeId: 'ux-street-b',
        password: GOOD,
      }).expect(201);
      const response = await create(admin, { username: 5, role: 'ADMIN' }).expect(400);
      expect(response.body.details.problems.map((problem: { field: string }) => problem.field)).toEqual(
        expect.arrayContaining(['username', 'displayName']),
      );
    });

    it('should answer 403 to a role that manages no accounts', async () => {
      const observer = await t.user(UserRole.OBSERVER, 'ux-street-a');
      const response = await t.as(observer).get('/users').expect(403);
      expect(response.body.details.requiredRoles).toEqual(['ADMIN', 'ORGANIZER']);
    });
  });

  describe('GET /users', () => {
    it('should list only the accounts inside the organizer street, never an ADMIN, filtered and paged', async () => {
      const other = await t.user(UserRole.ORGANIZER, 'ux-street-b');
      await clerk('ux-01');
      await clerk('ux-01');
      const mine = await t.as(organizer).get('/users?limit=500').expect(200);
      const scopes = new Set(mine.body.items.map((user: { scope: { id: string } | null }) => user.scope?.id));
      expect(
        [...scopes].every((id) => ['ux-street-a', 'ux-01', 'ux-02', 'ux-03'].includes(id as string)),
      ).toBe(true);
      expect(mine.body.items.some((user: { role: string }) => user.role === 'ADMIN')).toBe(false);
      expect(mine.body.items.some((user: { username: string }) => user.username === other.username)).toBe(
        false,
      );
      await t
        .as(organizer)
        .get(`/users?q=${other.username}`)
        .expect(200, { items: [], total: 0, limit: 100, offset: 0 });

      const clerks = await t.as(organizer).get('/users?role=COMMUNITY&scopeId=ux-01&limit=1').expect(200);
      expect(clerks.body.items).toHaveLength(1);
      expect(clerks.body.total).toBeGreaterThanOrEqual(2);
      expect(clerks.body.items[0]).toMatchObject({ role: 'COMMUNITY', scope: { id: 'ux-01' } });
      const page2 = await t
        .as(organizer)
        .get('/users?role=COMMUNITY&scopeId=ux-01&limit=1&offset=1')
        .expect(200);
      expect(page2.body.items[0].username).not.toBe(clerks.body.items[0].username);

      const everyone = await t.as(admin).get(`/users?q=${admin.username}`).expect(200);
      expect(everyone.body.items.map((user: { username: string }) => user.username)).toEqual([
        admin.username,
      ]);
      await t.as(admin).get('/users?status=SLEEPING').expect(400);
    });

    it('should answer 404 for an account outside the street, an ADMIN, or an unknown id', async () => {
      const other = await t.user(UserRole.ORGANIZER, 'ux-street-b');
      const [otherRow] = await t.harness.dataSource.query<{ id: string }[]>(
        'SELECT id FROM app_user WHERE username = ANY($1) ORDER BY username = $2',
        [[other.username, admin.username], other.username],
      );
      for (const id of [otherRow.id, '00000000-0000-0000-0000-000000000000', 'not-a-uuid']) {
        const response = await t.as(organizer).get(`/users/${id}`).expect(404);
        expect(response.body).toMatchObject({ code: 'NOT_FOUND', message: `No user ${id}` });
      }
    });
  });
});
