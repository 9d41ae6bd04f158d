import { createTestApp, TestApp } from '../support/test-app';

describe('GET /health and the OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('should report PostgreSQL and Temporal up separately without a login', async () => {
    const response = await t.http().get('/health').expect(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      info: { database: { status: 'up' }, temporal: { status: 'up' } },
    });
  });

  it('should echo a given X-Request-Id and make one up otherwise', async () => {
    const given = await t.http().get('/health').set('X-Request-Id', 'req-12345').expect(200);
    expect(given.headers['x-request-id']).toBe('req-12345');
    const made = await t.http().get('/health').expect(200);
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('should serve the OpenAPI document listing the case actions', async () => {
    const response = await t.http().get('/docs-json').expect(200);
    const paths = Object.keys((response.body as { paths: Record<string, unknown> }).paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/health',
        '/auth/login',
        '/campaigns/{campaignId}/cases',
        '/campaigns/{campaignId}/cases/{communityId}/application',
        '/campaigns/{campaignId}/cases/{communityId}/review',
        '/imports/templates/{kind}',
      ]),
    );
    // Every spreadsheet import documents its upload: a multipart body with a binary "file".
    const documented = response.body as {
      paths: Record<string, { post: { requestBody: { content: Record<string, unknown> } } }>;
    };
    const template = (
      response.body as { paths: Record<string, { get: { parameters: { schema: unknown }[] } }> }
    ).paths['/imports/templates/{kind}'].get;
    expect(template.parameters[0].schema).toEqual({
      type: 'string',
      enum: ['titles', 'jurisdictions', 'users', 'standards', 'working-calendar'],
    });
    const uploads = [
      '/titles/import',
      '/jurisdictions/import',
      '/users/import',
      '/working-calendar/{year}/import',
    ];
    for (const path of uploads) {
      expect(documented.paths[path].post.requestBody.content['multipart/form-data']).toEqual({
        schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
      });
    }
  });

  it('should answer an unknown route with a 404 body in the common error shape', async () => {
    const response = await t.http().get('/no-such-thing').expect(404);
    expect(response.body).toEqual({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: 'Cannot GET /no-such-thing',
    });
  });
});
