import { randomUUID } from 'node:crypto';
import { UserRole } from '@app/persistence';
import { buildStandard } from '../../libs/domain/src/standard/standard.fixture';
import { userIdOf } from '../support/reference-tree';
import { createTestApp, TestApp, TestUser } from '../support/test-app';

/** A valid body for POST /standards (the fixture without its version), under a code of its own. */
function standardBody(code: string) {
  const { version: _version, ...body } = buildStandard();
  return { ...body, code };
}

describe('/standards', () => {
  let t: TestApp;
  let admin: TestUser;
  let organizer: TestUser;
  let observer: TestUser;
  let clerk: TestUser;
  let inspector: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    [admin, organizer, observer, clerk, inspector] = await Promise.all([
      t.user(UserRole.ADMIN),
      t.user(UserRole.ORGANIZER),
      t.user(UserRole.OBSERVER),
      t.user(UserRole.COMMUNITY),
      t.user(UserRole.INSPECTOR),
    ]);
  });
  afterAll(async () => {
    await t.close();
  });

  const as = (user: TestUser) => t.as(user);
  const newCode = () => `SX-${randomUUID().slice(0, 8)}`;

  describe('POST / (version 1)', () => {
    it('should answer 201 with version 1, its id, author and time', async () => {
      const code = newCode();
      const response = await as(organizer).post('/standards', standardBody(code)).expect(201);

      const { version: _version, ...definition } = buildStandard();
      expect(response.body).toEqual({
        ...definition,
        code,
        version: 1,
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        createdBy: await userIdOf(t.harness.dataSource, organizer.username),
        createdAt: expect.any(String),
      });
    });

    it('should record the creation in the system audit trail', async () => {
      const code = newCode();
      await as(admin).post('/standards', standardBody(code)).expect(201);

      const rows = await t.harness.dataSource.query(
        `SELECT actor_role FROM audit_event WHERE campaign_id = '_system' AND action = 'CREATE_STANDARD' AND actor_id = $1`,
        [await userIdOf(t.harness.dataSource, admin.username)],
      );
      expect(rows).toEqual([{ actor_role: 'ADMIN' }]);
    });

    it('should answer 409 pointing to the versions endpoint when the code exists', async () => {
      const code = newCode();
      await as(organizer).post('/standards', standardBody(code)).expect(201);

      const response = await as(organizer).post('/standards', standardBody(code)).expect(409);
      expect(response.body).toEqual({
        statusCode: 409,
        code: 'CONFLICT',
        message: `Standard ${code} already exists (latest v1); add a version with POST /standards/${code}/versions`,
        details: { code, latestVersion: 1 },
      });
    });

    it('should answer 422 listing every problem when the standard breaks its rules', async () => {
      const code = newCode();
      const body = standardBody(code);
      body.categories[1].items[0].code = 'A-01';
      body.categories[0].items[1].maxScore = -5;
      body.tiers = [
        { name: '达标', minTotal: 70 },
        { name: '精品', minTotal: 90 },
      ];

      const response = await as(organizer).post('/standards', body).expect(422);
      expect(response.body).toEqual({
        statusCode: 422,
        code: 'VALIDATION_FAILED',
        message: `Standard ${code} v1 has problems; each is listed.`,
        details: {
          problems: [
            {
              field: 'categories[0].items[1].maxScore',
              message: 'Item A-02: the maximum score must be 0 or more, with at most two decimals.',
            },
            {
              field: 'categories[1].items[0].code',
              message: 'The item code A-01 is already used at categories[0].items[0]; codes must be unique.',
            },
            {
              field: 'tiers[1].minTotal',
              message:
                'Tier 精品 starts at 90, not below tier 达标 (70); list tiers from highest to lowest with different minimums.',
            },
          ],
        },
      });
      await as(organizer).get(`/standards/${code}/versions/1`).expect(404);
    });

    it('should answer 400 listing every malformed field', async () => {
      const response = await as(organizer)
        .post('/standards', {
          code: 'bad code',
          title: '平安社区创建标准',
          titleKind: '平安社区',
          categories: [
            {
              code: 'A',
              title: '组织',
              items: [
                { code: 'A-01', title: 'x', maxScore: '5', scoreStep: 1, appliesTo: 'BOTH', evidence: [] },
                {
                  code: 'A-02',
                  title: 'y',
                  maxScore: 5,
                  scoreStep: 1,
                  appliesTo: 'BOTH',
                  veto: false,
                  evidence: ['文件', 7],
                },
              ],
            },
          ],
          tiers: [{ name: '精品', minTotal: 'ninety' }],
        })
        .expect(400);

      expect(response.body.code).toBe('INVALID_REQUEST');
      expect(response.body.details.problems).toEqual([
        {
          field: 'code',
          message: 'code: expected 1 to 32 letters, digits or -, starting with a letter or digit',
        },
        {
          field: 'categories[0].items[0].maxScore',
          message: 'maxScore must be a number conforming to the specified constraints',
        },
        { field: 'categories[0].items[0].veto', message: 'veto must be a boolean value' },
        {
          field: 'categories[0].items[1].evidence[1]',
          message: 'each value in evidence must be shorter than or equal to 200 characters',
        },
        { field: 'categories[0].items[1].evidence[1]', message: 'each value in evidence must be a string' },
        {
          field: 'tiers[0].minTotal',
          message: 'minTotal must be a number conforming to the specified constraints',
        },
      ]);
    });

    it.each([
      ['an observer', () => observer],
      ['a community clerk', () => clerk],
      ['an inspector', () => inspector],
    ])('should answer 403 when %s tries to create a standard', async (_who, user) => {
      const response = await as(user()).post('/standards', standardBody(newCode())).expect(403);

      expect(response.body).toEqual({
        statusCode: 403,
        code: 'FORBIDDEN',
        message: `Only ORGANIZER or ADMIN may do this; you are ${user().role}`,
        details: { requiredRoles: ['ORGANIZER', 'ADMIN'] },
      });
    });
  });

  describe('POST /:code/versions (the only way to change a standard)', () => {
    it('should answer 201 with the next version and leave the earlier one as it was', async () => {
      const code = newCode();
      const first = await as(organizer).post('/standards', standardBody(code)).expect(201);
      const { code: _code, ...changed } = standardBody(code);
      changed.title = '平安社区创建标准（修订）';
      changed.tiers[2].minTotal = 65;

      const second = await as(admin).post(`/standards/${code}/versions`, changed).expect(201);

      expect(second.body).toMatchObject({ code, version: 2, title: '平安社区创建标准（修订）' });
      expect(second.body.tiers[2]).toEqual({ name: '达标', minTotal: 65 });
      expect((await as(observer).get(`/standards/${code}/versions/1`).expect(200)).body).toEqual(first.body);
    });

    it('should answer 404 when the code is unknown', async () => {
      const { code: _code, ...content } = standardBody('x');
      const response = await as(organizer).post('/standards/SX-NONE/versions', content).expect(404);

      expect(response.body).toEqual({
        statusCode: 404,
        code: 'NOT_FOUND',
        message: 'No standard SX-NONE',
        details: {},
      });
    });

    it('should answer 422 when the new version breaks the rules', async () => {
      const code = newCode();
      await as(organizer).post('/standards', standardBody(code)).expect(201);
      const { code: _code, ...content } = standardBody(code);
      content.titleKind = ' ';

      const response = await as(organizer).post(`/standards/${code}/versions`, content).expect(422);
      expect(response.body.message).toBe(`Standard ${code} v2 has problems; each is listed.`);
      expect(response.body.details.problems).toEqual([
        { field: 'titleKind', message: 'Say which title the standard awards, e.g. 平安社区.' },
      ]);
    });

    it('should answer 400 when the body carries a code of its own', async () => {
      const code = newCode();
      const response = await as(organizer)
        .post(`/standards/${code}/versions`, standardBody(code))
        .expect(400);

      expect(response.body.details.problems).toEqual([
        { field: 'code', message: 'property code should not exist' },
      ]);
    });

    it('should offer no way to edit a version in place', async () => {
      const code = newCode();
      await as(organizer).post('/standards', standardBody(code)).expect(201);

      for (const method of ['put', 'patch', 'delete'] as const) {
        const http = t.http();
        await http[method](`/standards/${code}/versions/1`)
          .set('Authorization', `Bearer ${admin.token}`)
          .send({ title: 'x' })
          .expect(404);
      }
    });

    it('should answer 403 when an observer tries to add a version', async () => {
      const { code: _code, ...content } = standardBody('x');
      const response = await as(observer).post('/standards/ANY/versions', content).expect(403);

      expect(response.body.details).toEqual({ requiredRoles: ['ORGANIZER', 'ADMIN'] });
    });
  });

  describe('GET', () => {
    let code: string;
    beforeAll(async () => {
      code = newCode();
      await as(organizer).post('/standards', standardBody(code)).expect(201);
      const { code: _code, ...content } = standardBody(code);
      await as(organizer).post(`/standards/${code}/versions`, content).expect(201);
    });

    it.each([
      ['an admin', () => admin],
      ['an organizer', () => organizer],
      ['an observer', () => observer],
      ['a community clerk', () => clerk],
      ['an inspector', () => inspector],
    ])('should let %s read the list and a version in full', async (_who, user) => {
      const list = await as(user()).get('/standards').expect(200);
      expect(
        list.body
          .filter((row: { code: string }) => row.code === code)
          .map(({ version, title }: { version: number; title: string }) => ({ version, title })),
      ).toEqual([
        { version: 1, title: '平安社区创建标准' },
        { version: 2, title: '平安社区创建标准' },
      ]);

      const one = await as(user()).get(`/standards/${code}/versions/2`).expect(200);
      expect(one.body).toMatchObject({ code, version: 2, titleKind: '平安社区' });
      expect(one.body.categories.map((category: { code: string }) => category.code)).toEqual(['A', 'B', 'V']);
    });

    it.each([['3'], ['latest'], ['1.5']])(
      'should answer 404 when version %s does not exist',
      async (version) => {
        const response = await as(organizer).get(`/standards/${code}/versions/${version}`).expect(404);

        expect(response.body).toEqual({
          statusCode: 404,
          code: 'NOT_FOUND',
          message: `No standard ${code} v${version}`,
          details: {},
        });
      },
    );
  });
});
