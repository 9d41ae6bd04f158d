import { randomUUID } from 'node:crypto';
import { UserRole } from '@app/persistence';
import { JSON_MAX_DEPTH } from '../../apps/api/src/edge/json-body';
import { buildStandard } from '../../libs/domain/src/standard/standard.fixture';
import { campaignBody } from '../support/campaign-body';
import {
  ApiOperation,
  describeOperation,
  OpenApiDocument,
  operationsOf,
  pathOf,
} from '../support/openapi-operations';
import { seedTree } from '../support/reference-tree';
import { createTestApp, TestApp, TestUser } from '../support/test-app';

// Ids prefixed hx- so this file's tree never meets another spec file's in the shared database.
// Every example of issue 9 §2 is here; test/fuzz covers the same kinds with generated input.

const DEEP_BODY = '['.repeat(5000) + ']'.repeat(5000);
const DEPTH_PROBLEM = {
  field: 'body',
  message: `the body nests arrays and objects more than ${JSON_MAX_DEPTH} levels deep`,
};
const CUT_SHORT_UPLOAD =
  '--XX\r\nContent-Disposition: form-data; name="file"; filename="titles.csv"\r\n\r\n社区编码,称号';

describe('hostile input (400, 404, 413, 415; never 500, never a change)', () => {
  let t: TestApp;
  let admin: TestUser;
  let organizer: TestUser;
  let clerk: TestUser;
  let operations: ApiOperation[];
  let campaignId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await seedTree(t.harness.dataSource, [
      ['hx', null, 'PROVINCE'],
      ['hx-city', 'hx', 'CITY'],
      ['hx-dist', 'hx-city', 'DISTRICT'],
      ['hx-street', 'hx-dist', 'STREET'],
      ['hx-a1', 'hx-street', 'COMMUNITY', 'URBAN'],
    ]);
    [admin, organizer, clerk] = await Promise.all([
      t.user(UserRole.ADMIN),
      t.user(UserRole.ORGANIZER, 'hx-street'),
      t.user(UserRole.COMMUNITY, 'hx-a1'),
    ]);
    const standardCode = `HX-${randomUUID().slice(0, 8)}`;
    const { version: _version, ...standard } = { ...buildStandard(), code: standardCode };
    await t.as(admin).post('/standards', standard).expect(201);
    campaignId = `hx-${randomUUID().slice(0, 8)}`;
    await t
      .as(organizer)
      .post('/campaigns', campaignBody(campaignId, standardCode, 'hx-street'))
      .expect(201);
    await t.as(organizer).post(`/campaigns/${campaignId}/launch`).expect(200);
    const document = (await t.http().get('/docs-json').expect(200)).body as OpenApiDocument;
    operations = operationsOf(document);
  });
  afterAll(async () => {
    await t.close();
  });

  const jsonOperations = () =>
    operations.filter((operation) => operation.body?.mediaType === 'application/json');
  const send = (operation: ApiOperation, path: string) => t.http()[operation.method](path);
  const campaign = async () =>
    (await t.as(organizer).get(`/campaigns/${campaignId}`).expect(200)).body as object;
  const caseFile = async () =>
    (await t.as(clerk).get(`/campaigns/${campaignId}/cases/hx-a1`).expect(200)).body as object;

  describe('JSON bodies', () => {
    it('should answer 400 to 5,000 nested arrays (10 KB) on every JSON endpoint, login and public objection included', async () => {
      const names = jsonOperations().map(describeOperation);
      expect(names).toEqual(
        expect.arrayContaining([
          'POST /auth/login',
          'POST /public/campaigns/{campaignId}/notice/{communityId}/objections',
          'PATCH /campaigns/{id}',
        ]),
      );
      for (const operation of jsonOperations()) {
        const response = await send(operation, pathOf(operation, {}))
          .set('Content-Type', 'application/json')
          .send(DEEP_BODY);
        expect([describeOperation(operation), response.status, response.body]).toEqual([
          describeOperation(operation),
          400,
          {
            statusCode: 400,
            code: 'INVALID_REQUEST',
            message: 'The request body could not be read; see problems',
            details: { problems: [DEPTH_PROBLEM] },
          },
        ]);
      }
    });

    it('should answer 415 naming application/json to text/plain, multipart and UTF-16 on every JSON endpoint', async () => {
      const bodies: [string, string | Buffer, string][] = [
        ['text/plain', 'hello', 'Send the body as Content-Type: application/json (UTF-8), not "text/plain"'],
        [
          'multipart/form-data; boundary=XX',
          '--XX\r\nContent-Disposition: form-data; name="title"\r\n\r\nx\r\n--XX--\r\n',
          'Send the body as Content-Type: application/json (UTF-8), not "multipart/form-data; boundary=XX"',
        ],
        [
          'application/json; charset=utf-16',
          Buffer.from('{"title":"x"}', 'utf16le'),
          'JSON is read as UTF-8 only: send charset=utf-8 (or none), not "utf-16"',
        ],
      ];
      for (const operation of jsonOperations()) {
        for (const [contentType, body, message] of bodies) {
          const response = await send(operation, pathOf(operation, {}))
            .set('Content-Type', contentType)
            .send(body);
          expect([describeOperation(operation), response.status, response.body]).toEqual([
            describeOperation(operation),
            415,
            {
              statusCode: 415,
              code: 'UNSUPPORTED_MEDIA_TYPE',
              message,
              details: { expected: 'application/json', problems: [{ field: 'Content-Type', message }] },
            },
          ]);
        }
      }
    });

    it('should answer 413 PAYLOAD_TOO_LARGE to a JSON body over 1 MiB', async () => {
      const response = await t
        .http()
        .post('/auth/login')
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ username: 'x'.repeat(1024 * 1024), password: 'x' }))
        .expect(413);
      expect(response.body).toMatchObject({
        code: 'PAYLOAD_TOO_LARGE',
        message: 'A JSON body may be at most 1 MiB',
      });
    });

    it('should answer 400 to a body that is not a JSON object', async () => {
      for (const body of ['null', '[]', '"x"', '{"a":']) {
        const response = await t
          .http()
          .post('/auth/login')
          .set('Content-Type', 'application/json')
          .send(body);
        expect(response.status).toBe(400);
        expect(response.body.code).toBe('INVALID_REQUEST');
      }
    });
  });

  describe('paths, queries and headers', () => {
    it('should answer 400 to a NUL in any path parameter of any operation (e.g. /public/campaigns/%00/notice)', async () => {
      const withPath = operations.filter((operation) => operation.path.length > 0);
      expect(withPath.length).toBeGreaterThan(20);
      for (const operation of withPath) {
        for (const parameter of operation.path) {
          const response = await send(operation, pathOf(operation, { [parameter.name]: 'a%00b' }));
          expect([
            describeOperation(operation),
            parameter.name,
            response.status,
            response.body.details,
          ]).toEqual([
            describeOperation(operation),
            parameter.name,
            400,
            { problems: [{ field: 'path', message: 'the path contains a NUL character (%00); remove it' }] },
          ]);
        }
      }
    });

    it('should answer 400 naming the parameter to a NUL in any query parameter (e.g. ?titleKind=%00)', async () => {
      for (const operation of operations.filter((candidate) => candidate.query.length > 0)) {
        for (const parameter of operation.query) {
          const response = await send(operation, `${pathOf(operation, {})}?${parameter.name}=%00`).set(
            'Authorization',
            `Bearer ${admin.token}`,
          );
          expect([describeOperation(operation), response.status, response.body.details]).toEqual([
            describeOperation(operation),
            400,
            {
              problems: [
                {
                  field: parameter.name,
                  message: `${parameter.name} contains a NUL character (%00); remove it`,
                },
              ],
            },
          ]);
        }
      }
    });

    it.each([
      ['a lone surrogate', '%ED%A0%80'],
      ['a character cut short', '%E5%B9'],
      ['Latin-1', 'caf%E9'],
    ])('should answer 400 to %s in a path or a query, never read it as U+FFFD', async (_name, encoded) => {
      const inPath = await t.http().get(`/public/campaigns/${encoded}/notice`).expect(400);
      expect(inPath.body.details.problems[0].field).toBe('path');
      const inQuery = await t.as(organizer).get(`/titles?titleKind=${encoded}`).expect(400);
      expect(inQuery.body.details.problems).toEqual([
        {
          field: 'titleKind',
          message:
            'titleKind is not valid UTF-8 once percent-decoded (a lone surrogate, or a character cut short)',
        },
      ]);
    });

    it('should answer 400 to a path segment over 100 characters', async () => {
      const response = await t
        .http()
        .get(`/public/campaigns/${'a'.repeat(101)}/notice`)
        .expect(400);
      expect(response.body.details.problems).toEqual([
        { field: 'path', message: 'a path segment is longer than 100 characters' },
      ]);
    });

    it('should answer 400 naming the header whose bytes are not UTF-8', async () => {
      const response = await t
        .http()
        .get(`/public/campaigns/${campaignId}/notice`)
        .set('Prefer', Buffer.from([0x61, 0xed, 0xa0, 0x80]).toString('latin1'))
        .expect(400);
      expect(response.body.details.problems).toEqual([
        { field: 'Prefer', message: 'the Prefer header is not valid UTF-8' },
      ]);
    });

    it('should answer 400 naming the parameter and its range to every integer query parameter out of range or not in digits', async () => {
      const integers = operations.flatMap((operation) =>
        operation.query
          .filter((parameter) => parameter.schema.type === 'integer')
          .map((parameter) => ({ operation, parameter })),
      );
      expect(integers.map(({ parameter }) => parameter.name)).toEqual(
        expect.arrayContaining(['offset', 'year', 'afterChainIndex', 'limit']),
      );
      for (const { operation, parameter } of integers) {
        const { minimum, maximum } = parameter.schema;
        for (const value of [
          '1e20',
          '9007199254740993',
          String(maximum! + 1),
          String(minimum! - 1),
          '1.0',
          '',
          'x',
        ]) {
          const response = await t
            .as(admin)
            // A real campaign: an unknown one is 404 before its query is read (the scope guard runs first).
            .get(
              `${pathOf(operation, { campaignId, id: campaignId })}?${parameter.name}=${encodeURIComponent(value)}`,
            );
          expect([describeOperation(operation), value, response.status, response.body.details]).toEqual([
            describeOperation(operation),
            value,
            400,
            {
              problems: [
                {
                  field: parameter.name,
                  message: `${parameter.name} must be a whole number from ${minimum} to ${maximum}, written in digits`,
                },
              ],
            },
          ]);
        }
      }
    });

    it('should read the largest offset exactly rather than fail with "bigint out of range"', async () => {
      const response = await t.as(organizer).get('/titles?offset=2147483647').expect(200);
      expect(response.body).toMatchObject({ items: [], offset: 2147483647 });
    });
  });

  describe('PATCH /campaigns/:id and other nested objects', () => {
    it.each([
      [{ schedule: null }, 'schedule', 'schedule must be an object'],
      [{ targets: null }, 'targets', 'targets must be an object'],
      [{ title: null }, 'title', 'title must be a string'],
      [
        { awardPolicy: { validityYears: null } },
        'awardPolicy.validityYears',
        'validityYears must be a number conforming to the specified constraints',
      ],
      [{ title: 'a\u0000b' }, 'title', 'title contains a NUL character (\\u0000); remove it'],
    ])('should answer 400 to %j naming %s, and change nothing', async (patch, field, message) => {
      const before = await campaign();
      const response = await t.as(organizer).patch(`/campaigns/${campaignId}`, patch).expect(400);
      expect(response.body.code).toBe('INVALID_REQUEST');
      expect(response.body.details.problems).toContainEqual({ field, message });
      expect(await campaign()).toEqual(before);
    });

    it('should answer 400 to a lone surrogate in the title rather than store U+FFFD', async () => {
      const before = await campaign();
      const response = await t
        .http()
        .patch(`/campaigns/${campaignId}`)
        .set('Authorization', `Bearer ${organizer.token}`)
        .set('Content-Type', 'application/json')
        .send('{"title":"平安\\ud800社区"}')
        .expect(400);
      expect(response.body.details.problems).toEqual([
        {
          field: 'title',
          message: 'title contains a lone UTF-16 surrogate, which is not a character; send valid Unicode',
        },
      ]);
      expect(await campaign()).toEqual(before);
    });

    it('should answer 415 to a PATCH sent as multipart or as UTF-16 instead of reading an empty patch', async () => {
      const before = await campaign();
      const multipart = await t
        .http()
        .patch(`/campaigns/${campaignId}`)
        .set('Authorization', `Bearer ${organizer.token}`)
        .field('title', '改过的标题')
        .expect(415);
      expect(multipart.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      const utf16 = await t
        .http()
        .patch(`/campaigns/${campaignId}`)
        .set('Authorization', `Bearer ${organizer.token}`)
        .set('Content-Type', 'application/json; charset=utf-16le')
        .send(Buffer.from('{"title":"改过的标题"}', 'utf16le'))
        .expect(415);
      expect(utf16.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(await campaign()).toEqual(before);
    });

    it('should answer 400 naming the field to null for each nested object of a new campaign and a new standard', async () => {
      for (const field of ['standard', 'schedule', 'targets', 'inspectionPolicy', 'awardPolicy']) {
        const body = { ...campaignBody(`hx-${randomUUID().slice(0, 8)}`, 'HX', 'hx-street'), [field]: null };
        const response = await t.as(organizer).post('/campaigns', body).expect(400);
        expect(response.body.details.problems).toContainEqual({
          field,
          message: `${field} must be an object`,
        });
      }
      const { version: _version, ...standard } = {
        ...buildStandard(),
        code: `HX-${randomUUID().slice(0, 8)}`,
      };
      for (const [patch, field] of [
        [{ categories: [null] }, 'categories.0'],
        [{ tiers: null }, 'tiers'],
        [{ categories: [{ ...standard.categories[0], items: [null] }] }, 'categories.0.items.0'],
      ] as const) {
        const response = await t
          .as(admin)
          .post('/standards', { ...standard, ...patch })
          .expect(400);
        expect(response.body.details.problems.map((problem: { field: string }) => problem.field)).toContain(
          field,
        );
      }
    });
    it('should answer 400 to a standard version that is not a whole number, before looking it up', async () => {
      for (const version of [5.021109015742533e-125, 1.5, -1, 1e20]) {
        const body = {
          ...campaignBody(`hx-${randomUUID().slice(0, 8)}`, 'HX', 'hx-street'),
          standard: { code: 'HX', version },
        };
        const response = await t.as(organizer).post('/campaigns', body).expect(400);
        expect(response.body.details.problems.map((problem: { field: string }) => problem.field)).toContain(
          'standard.version',
        );
      }
    });
  });

  describe('case actions and free-form content', () => {
    it('should answer 400 to application content nested 200 levels (by the parser) or 10 (by the field), and leave the case as it was', async () => {
      const before = await caseFile();
      const deep = (levels: number) =>
        JSON.parse('{"a":'.repeat(levels - 1) + '{}' + '}'.repeat(levels - 1)) as object;
      const path = `/campaigns/${campaignId}/cases/hx-a1/application`;
      const parser = await t
        .as(clerk)
        .post(path, { content: deep(200) })
        .expect(400);
      expect(parser.body.details.problems).toEqual([DEPTH_PROBLEM]);
      const field = await t
        .as(clerk)
        .post(path, { content: deep(10) })
        .expect(400);
      expect(field.body.details.problems).toEqual([
        { field: 'content', message: 'content may nest objects and lists at most 8 levels deep' },
      ]);
      const large = await t
        .as(clerk)
        .post(path, { content: { summary: '申'.repeat(30_000) } })
        .expect(400);
      expect(large.body.details.problems[0].message).toMatch(/^content may be at most 65536 bytes as JSON/);
      expect(await caseFile()).toEqual(before);
    });

    it('should answer 400 to a NUL or a lone surrogate in any string of an action, the field named', async () => {
      const before = await caseFile();
      const path = `/campaigns/${campaignId}/cases/hx-a1/application`;
      const response = await t
        .http()
        .post(path)
        .set('Authorization', `Bearer ${clerk.token}`)
        .set('Content-Type', 'application/json')
        .send('{"content":{"contact":{"name":"王\\u0000主任"}}}')
        .expect(400);
      expect(response.body.details.problems).toEqual([
        {
          field: 'content.contact.name',
          message: 'content.contact.name contains a NUL character (\\u0000); remove it',
        },
      ]);
      expect(await caseFile()).toEqual(before);
    });

    it('should answer 400 naming the item when a score or an evidence list is not what it should be', async () => {
      const path = `/campaigns/${campaignId}/cases/hx-a1/self-check`;
      const scores = await t
        .as(clerk)
        .post(path, { scores: { 'A-01': { deep: [1] } } })
        .expect(400);
      expect(scores.body.details.problems).toEqual([
        { field: 'scores', message: 'scores.A-01 must be a number, e.g. 8 or 4.5' },
      ]);
      const evidence = await t
        .as(clerk)
        .post(path, { scores: { 'A-01': 8 }, evidence: { 'A-01': [{ x: 1 }] } })
        .expect(400);
      expect(evidence.body.details.problems[0].field).toBe('evidence');
      const nulls = await t
        .as(clerk)
        .post(path, { scores: { 'A-01': 8 }, evidence: null, notes: null })
        .expect(400);
      const fields = nulls.body.details.problems.map((problem: { field: string }) => problem.field);
      expect([...new Set(fields)]).toEqual(['evidence', 'notes']);
    });
  });

  describe('multipart uploads', () => {
    const imports = ['/titles/import', '/jurisdictions/import'];
    const counts = async () =>
      t.harness.dataSource.query<{ titles: string; nodes: string }[]>(
        `SELECT (SELECT count(*) FROM community_title) AS titles, (SELECT count(*) FROM jurisdiction) AS nodes`,
      );

    it.each(imports)(
      'should answer 400 to %s without a boundary or with a part cut short, and import nothing',
      async (path) => {
        const before = await counts();
        const noBoundary = await t
          .as(admin)
          .post(path)
          .set('Content-Type', 'multipart/form-data')
          .send('--XX\r\n')
          .expect(400);
        expect(noBoundary.body).toEqual({
          statusCode: 400,
          code: 'INVALID_REQUEST',
          message: 'The multipart/form-data Content-Type has no boundary; let the HTTP client set the header',
          details: {
            problems: [{ field: 'Content-Type', message: 'expected multipart/form-data; boundary=…' }],
          },
        });
        const cutShort = await t
          .http()
          .post(path)
          .set('Authorization', `Bearer ${admin.token}`)
          .set('Content-Type', 'multipart/form-data; boundary=XX')
          .send(CUT_SHORT_UPLOAD)
          .expect(400);
        expect(cutShort.body).toMatchObject({
          code: 'INVALID_REQUEST',
          message: 'The upload could not be read as multipart/form-data; send the file again (field "file")',
        });
        expect(await counts()).toEqual(before);
      },
    );

    it.each(imports)('should answer 415 to %s sent as JSON, naming multipart/form-data', async (path) => {
      const response = await t.as(admin).post(path, { file: 'c-01,平安社区' }).expect(415);
      expect(response.body).toMatchObject({
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: 'Send the file as multipart/form-data (field "file"), not "application/json"',
        details: { expected: 'multipart/form-data' },
      });
    });
  });
});
