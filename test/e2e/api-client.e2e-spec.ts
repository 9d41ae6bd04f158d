import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CLIENT_SCHEMA_PATH, clientSchemaSource } from '../support/api-client-schema';
import { createTestApp, TestApp } from '../support/test-app';

/**
 * The console talks to the API only through types generated from the API's own OpenAPI document. When a
 * DTO or view changes, this fails until `npm run client:generate` (which runs this file with
 * UPDATE_API_CLIENT=1) rewrites the committed schema from what /docs-json serves now.
 */
describe('the console’s generated API client', () => {
  let t: TestApp;
  const file = path.resolve(__dirname, '../..', CLIENT_SCHEMA_PATH);

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('should match what the API serves at /docs-json', async () => {
    const document = (await t.http().get('/docs-json').expect(200)).body as object;
    const expected = await clientSchemaSource(document);
    if (process.env.UPDATE_API_CLIENT === '1') writeFileSync(file, expected);
    const committed = readFileSync(file, 'utf8');
    // Equal, or the message says what to run (a diff of a 3,000-line file helps nobody).
    expect({ upToDate: committed === expected, fix: 'npm run client:generate' }).toEqual({
      upToDate: true,
      fix: 'npm run client:generate',
    });
  });

  it('should give the same schema for the same document (deterministic)', async () => {
    const document = (await t.http().get('/docs-json').expect(200)).body as object;
    expect(await clientSchemaSource(document)).toBe(await clientSchemaSource(structuredClone(document)));
  });
});
