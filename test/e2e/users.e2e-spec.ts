import { Workbook } from 'exceljs';
import { UserRole } from '@app/persistence';
import { seedCaseTree } from '../support/case-tree';
import { createTestApp, TestApp, TestUser } from '../support/test-app';

// Tree ux: province ux › streets ux-street-a (communities ux-01 … ux-03) and ux-street-b.
const GOOD = 'Safe-pass-2026';

describe('/users and /me: accounts managed through the API', () => {
  let t: TestApp;
  let admin: TestUser;
  let organizer: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    await seedCaseTree(t.harness.dataSource, 'ux');
    admin = await t.user(UserRole.ADMIN);
    organizer = await t.user(UserRole.ORGANIZER, 'ux-street-a');
  });
  afterAll(async () => {
    await t.close();
  });

  let serial = 0;
  const username = (stem: string) => `${stem}-${Date.now().toString(36)}-${(serial += 1)}`;
  const login = (name: string, password: string) =>
    t.http().post('/auth/login').send({ username: name, password });
  const create = (as: TestUser, body: Record<string, unknown>) => t.as(as).post('/users', body);
  async function clerk(scopeId = 'ux-01'): Promise<{ id: string; username: string; token: string }> {
    const name = username('clerk');
    const created = await create(organizer, {
      username: name,
      displayName: '一社区居委会',
      role: 'COMMUNITY',
      scopeId,
      password: GOOD,
    }).expect(201);
    const token = (await login(name, GOOD).expect(200)).body.accessToken as string;
    return { id: created.body.user.id, username: name, token };
  }
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const auditActions = async (actorName: string, since: number) =>
    (
      await t.harness.dataSource.query<{ action: string }[]>(
        `SELECT action FROM audit_event WHERE campaign_id = '_system' AND actor_name = $1 AND chain_index > $2
          ORDER BY chain_index`,
        [actorName, since],
      )
    ).map((row) => row.action);
  const chainHead = async () =>
    Number(
      (
        await t.harness.dataSource.query<{ head: string }[]>(
          `SELECT coalesce(max(chain_index), 0) AS head FROM audit_event WHERE campaign_id = '_system'`,
        )
      )[0].head,
    );

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

  describe("changes refuse the account's tokens at once, and each is audited", () => {
    it('should refuse the old token after a change of scope, and log in afresh with the new one', async () => {
      const before = await chainHead();
      const user = await clerk('ux-01');
      await t.http().get('/me').set(bearer(user.token)).expect(200);
      const changed = await t.as(organizer).patch(`/users/${user.id}`, { scopeId: 'ux-02' }).expect(200);
      expect(changed.body.scope).toMatchObject({ id: 'ux-02' });
      const refused = await t.http().get('/me').set(bearer(user.token)).expect(401);
      expect(refused.body.message).toBe(
        'This account changed (role, scope, password or status) since you logged in; log in again',
      );
      const fresh = (await login(user.username, GOOD).expect(200)).body.accessToken as string;
      expect((await t.http().get('/me').set(bearer(fresh)).expect(200)).body.scope.id).toBe('ux-02');
      expect(await auditActions(`ORGANIZER ${organizer.username}`, before)).toEqual([
        'CREATE_USER',
        'UPDATE_USER',
      ]);
    });

    it('should refuse the old token after a change of role; a name change alone keeps it', async () => {
      const user = await clerk('ux-01');
      await t.as(organizer).patch(`/users/${user.id}`, { displayName: '新名字' }).expect(200);
      await t.http().get('/me').set(bearer(user.token)).expect(200);
      await t.as(organizer).patch(`/users/${user.id}`, { role: 'OBSERVER' }).expect(200);
      await t.http().get('/me').set(bearer(user.token)).expect(401);
      const bad = await t.as(organizer).patch(`/users/${user.id}`, { scopeId: 'ux-street-b' }).expect(422);
      expect(bad.body.details.problems[0].field).toBe('scopeId');
    });

    it('should disable with a reason (no token, no login), and enable again', async () => {
      const before = await chainHead();
      const user = await clerk('ux-03');
      const disabled = await t
        .as(organizer)
        .post(`/users/${user.id}/disable`, { reason: '调离岗位' })
        .expect(200);
      expect(disabled.body).toMatchObject({ status: 'DISABLED', disabledReason: '调离岗位' });
      const refused = await t.http().get(`/me`).set(bearer(user.token)).expect(401);
      expect(refused.body.message).toBe('This account has been disabled; ask whoever manages your account');
      const noLogin = await login(user.username, GOOD).expect(401);
      expect(noLogin.body.message).toBe('This account has been disabled; ask whoever manages your account');
      await t.as(organizer).post(`/users/${user.id}/disable`, {}).expect(400);
      await t.as(organizer).post(`/users/${user.id}/enable`).expect(200);
      await t.http().get('/me').set(bearer(user.token)).expect(401);
      const fresh = (await login(user.username, GOOD).expect(200)).body.accessToken as string;
      await t.http().get('/me').set(bearer(fresh)).expect(200);
      expect(await auditActions(`ORGANIZER ${organizer.username}`, before)).toEqual([
        'CREATE_USER',
        'DISABLE_USER',
        'ENABLE_USER',
      ]);
    });

    it('should refuse to let a manager disable itself or change its own role', async () => {
      const [me] = await t.harness.dataSource.query<{ id: string }[]>(
        'SELECT id FROM app_user WHERE username = $1',
        [organizer.username],
      );
      const response = await t.as(organizer).post(`/users/${me.id}/disable`, { reason: '测试' }).expect(403);
      expect(response.body.message).toBe('You cannot disable your own account; ask another manager');
      await t.as(organizer).patch(`/users/${me.id}`, { role: 'OBSERVER' }).expect(403);
    });

    it('should reset a password (old token refused, policy enforced, generated when none given)', async () => {
      const user = await clerk('ux-02');
      const weak = await t
        .as(organizer)
        .post(`/users/${user.id}/password`, { password: 'abcdefghijk' })
        .expect(422);
      expect(weak.body.details.problems).toEqual([
        { field: 'password', message: 'must mix at least two of letters, digits and other characters' },
      ]);
      await t.as(organizer).post(`/users/${user.id}/password`, { password: 'Another-pass-1' }).expect(200);
      await t.http().get('/me').set(bearer(user.token)).expect(401);
      await login(user.username, GOOD).expect(401);
      await login(user.username, 'Another-pass-1').expect(200);
      const generated = await t.as(organizer).post(`/users/${user.id}/password`).expect(200);
      await login(user.username, generated.body.generatedPassword as string).expect(200);
    });

    it("should change one's own password only with the current one, answering a new token", async () => {
      const user = await clerk('ux-02');
      const wrong = await t
        .http()
        .post('/me/password')
        .set(bearer(user.token))
        .send({ currentPassword: 'not-it-123', newPassword: 'Brand-new-2026' })
        .expect(422);
      expect(wrong.body.details.problems).toEqual([
        { field: 'currentPassword', message: 'is not your current password' },
      ]);
      const changed = await t
        .http()
        .post('/me/password')
        .set(bearer(user.token))
        .send({ currentPassword: GOOD, newPassword: 'Brand-new-2026' })
        .expect(200);
      await t.http().get('/me').set(bearer(user.token)).expect(401);
      await t
        .http()
        .get('/me')
        .set(bearer(changed.body.accessToken as string))
        .expect(200);
      await login(user.username, 'Brand-new-2026').expect(200);
    });

    it('should keep passwords and hashes out of the trail, and the _system chain whole', async () => {
      const rows = await t.harness.dataSource.query<Record<string, unknown>[]>(
        `SELECT * FROM audit_event WHERE campaign_id = '_system' AND action LIKE '%USER%' OR action LIKE '%PASSWORD%'`,
      );
      expect(rows.length).toBeGreaterThan(5);
      expect(JSON.stringify(rows)).not.toMatch(new RegExp(`${GOOD}|argon2|\\$2[aby]\\$`));
      const verified = await t.as(admin).post('/campaigns/_system/audit/verify').expect(200);
      expect(verified.body.ok).toBe(true);
      await t.as(organizer).get('/campaigns/_system/audit').expect(404);
    });
  });

  describe('POST /users/import', () => {
    const upload = (user: TestUser, body: Buffer | string, filename: string) =>
      t
        .http()
        .post('/users/import')
        .set('Authorization', `Bearer ${user.token}`)
        .attach('file', Buffer.from(body), filename);
    const count = async (prefix: string) =>
      Number(
        (
          await t.harness.dataSource.query<{ n: string }[]>(
            'SELECT count(*) AS n FROM app_user WHERE username LIKE $1',
            [`${prefix}%`],
          )
        )[0].n,
      );

    it("should import a street's accounts from CSV, generating the passwords left empty", async () => {
      const prefix = username('imp');
      const csv = [
        '用户名,姓名,角色,管辖范围,初始密码,邮箱',
        `${prefix}-c1,一社区,社区,ux-01,,`,
        `${prefix}-c2,二社区,COMMUNITY,ux-02,${GOOD},c2@example.gov.cn`,
        `${prefix}-i1,王检查员,检查员,ux-street-a,,`,
      ].join('\n');
      const before = await chainHead();
      const response = await upload(organizer, csv, 'users.csv').expect(201);
      expect(response.body).toMatchObject({ imported: 3, byRole: { COMMUNITY: 2, INSPECTOR: 1 } });
      expect(
        response.body.generatedPasswords.map((entry: { row: number; username: string }) => [
          entry.row,
          entry.username,
        ]),
      ).toEqual([
        [2, `${prefix}-c1`],
        [4, `${prefix}-i1`],
      ]);
      await login(`${prefix}-c1`, response.body.generatedPasswords[0].password as string).expect(200);
      await login(`${prefix}-c2`, GOOD).expect(200);
      expect(await auditActions(`ORGANIZER ${organizer.username}`, before)).toEqual(['IMPORT_USERS']);
    });

    it('should import from XLSX with English headers', async () => {
      const prefix = username('xl');
      const workbook = new Workbook();
      const sheet = workbook.addWorksheet('users');
      sheet.addRow(['username', 'display_name', 'role', 'scope_id', 'password']);
      sheet.addRow([`${prefix}-o`, '乙街道办', 'ORGANIZER', 'ux-street-b', GOOD]);
      const response = await upload(
        admin,
        Buffer.from(await workbook.xlsx.writeBuffer()),
        'users.xlsx',
      ).expect(201);
      expect(response.body).toMatchObject({ imported: 1, byRole: { ORGANIZER: 1 }, generatedPasswords: [] });
    });

    it('should answer 422 listing each bad cell, and write nothing, when one row is wrong', async () => {
      const prefix = username('bad');
      const csv = [
        '用户名,姓名,角色,管辖范围,初始密码',
        `${prefix}-1,甲,社区,ux-01,`,
        `${prefix}-2,乙,管理员,,`,
        `${prefix}-3,丙,社区,ux-street-b,`,
        `${prefix}-1,丁,检查员,ux-street-a,weak`,
      ].join('\n');
      const response = await upload(organizer, csv, 'users.csv').expect(422);
      expect(response.body.message).toBe(
        'The users file has 5 problem(s); nothing was imported. Fix each listed cell and upload it again.',
      );
      expect(response.body.details.rows).toEqual([
        { row: 3, column: '角色', problem: 'only an administrator may grant ADMIN' },
        {
          row: 4,
          column: '管辖范围',
          problem: 'expected a jurisdiction within your scope; ux-street-b is unknown or outside it',
        },
        { row: 5, column: '初始密码', problem: 'must be at least 10 characters; it has 4' },
        {
          row: 5,
          column: '初始密码',
          problem: 'must mix at least two of letters, digits and other characters',
        },
        { row: 5, column: '用户名', problem: `${prefix}-1 is already on row 2` },
      ]);
      expect(response.body.details.problems[0]).toEqual({
        field: 'row 3, column 角色',
        message: 'only an administrator may grant ADMIN',
      });
      expect(await count(prefix)).toBe(0);
    });

    it('should name a missing column on the header row', async () => {
      const response = await upload(organizer, '用户名,姓名\nx1,甲', 'users.csv').expect(422);
      expect(response.body.details.rows).toEqual([
        {
          row: 1,
          column: '角色',
          problem: 'missing column; the header row (row 1) must have 角色 (or role)',
        },
      ]);
    });
  });
});
