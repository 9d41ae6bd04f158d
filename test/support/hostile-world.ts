import { randomUUID } from 'node:crypto';
import { UserRole } from '@app/persistence';
import { JSON_MAX_DEPTH } from '../../apps/api/src/edge/json-body';
import { buildStandard } from '../../libs/domain/src/standard/standard.fixture';
import { campaignBody } from './campaign-body';
import { ApiOperation, OpenApiDocument, operationsOf } from './openapi-operations';
import { seedTree } from './reference-tree';
import { createTestApp, TestApp, TestUser } from './test-app';

// The world of the hostile-input spec files: a one-street tree with one community, an admin, the street's
// organizer and the community's clerk, a launched campaign, and the OpenAPI document's operations. Each
// file passes its own prefix, so its tree never meets another file's in the shared database. The bindings
// below are set by the file's beforeAll (each spec file has its own module instance).
// Every example of issue 9 §2 is in these files; test/fuzz covers the same kinds with generated input.

export let t: TestApp;
export let admin: TestUser;
export let organizer: TestUser;
export let clerk: TestUser;
export let operations: ApiOperation[];
export let campaignId: string;
let prefix = 'hx';

export const DEEP_BODY = '['.repeat(5000) + ']'.repeat(5000);
export const DEPTH_PROBLEM = {
  field: 'body',
  message: `the body nests arrays and objects more than ${JSON_MAX_DEPTH} levels deep`,
};
export const CUT_SHORT_UPLOAD =
  '--XX\r\nContent-Disposition: form-data; name="file"; filename="titles.csv"\r\n\r\n社区编码,称号';

/** Starts the app and seeds the world under `p` before the file's tests; closes the app after them. */
export function useHostileWorld(p: string): void {
  prefix = p;
  beforeAll(async () => {
    t = await createTestApp();
    await seedTree(t.harness.dataSource, [
      [p, null, 'PROVINCE'],
      [`${p}-city`, p, 'CITY'],
      [`${p}-dist`, `${p}-city`, 'DISTRICT'],
      [`${p}-street`, `${p}-dist`, 'STREET'],
      [`${p}-a1`, `${p}-street`, 'COMMUNITY', 'URBAN'],
    ]);
    [admin, organizer, clerk] = await Promise.all([
      t.user(UserRole.ADMIN),
      t.user(UserRole.ORGANIZER, `${p}-street`),
      t.user(UserRole.COMMUNITY, `${p}-a1`),
    ]);
    const standardCode = `${p.toUpperCase()}-${randomUUID().slice(0, 8)}`;
    const { version: _version, ...standard } = { ...buildStandard(), code: standardCode };
    await t.as(admin).post('/standards', standard).expect(201);
    campaignId = `${p}-${randomUUID().slice(0, 8)}`;
    await t
      .as(organizer)
      .post('/campaigns', campaignBody(campaignId, standardCode, `${p}-street`))
      .expect(201);
    await t.as(organizer).post(`/campaigns/${campaignId}/launch`).expect(200);
    const document = (await t.http().get('/docs-json').expect(200)).body as OpenApiDocument;
    operations = operationsOf(document);
  });
  afterAll(async () => {
    await t.close();
  });
}

export const jsonOperations = () =>
  operations.filter((operation) => operation.body?.mediaType === 'application/json');
export const send = (operation: ApiOperation, path: string) => t.http()[operation.method](path);
export const campaign = async () =>
  (await t.as(organizer).get(`/campaigns/${campaignId}`).expect(200)).body as object;
/** The clerk's case, `<prefix>-a1`. */
export const caseFile = async () =>
  (await t.as(clerk).get(`/campaigns/${campaignId}/cases/${prefix}-a1`).expect(200)).body as object;
