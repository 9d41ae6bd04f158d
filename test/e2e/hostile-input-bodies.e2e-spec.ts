import { describeOperation, pathOf } from '../support/openapi-operations';
import {
  admin,
  CUT_SHORT_UPLOAD,
  DEEP_BODY,
  DEPTH_PROBLEM,
  jsonOperations,
  send,
  t,
  useHostileWorld,
} from '../support/hostile-world';

// Its own tree (hb-…), so this file never meets another spec file's in the shared database.
// JSON bodies and multipart uploads; the other examples of issue 9 §2 are in hostile-input-*.e2e-spec.ts.
describe('hostile input (400, 404, 413, 415; never 500, never a change)', () => {
  useHostileWorld('hb');

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
