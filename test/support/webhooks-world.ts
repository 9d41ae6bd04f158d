import { randomUUID } from 'node:crypto';
import { AppConfig, loadConfig } from '@app/config';
import { CaseInput } from '@app/domain';
import { UserRole } from '@app/persistence';
import { buildStandard } from '../../libs/domain/src/standard/standard.fixture';
import { campaignBody } from './campaign-body';
import { caseInput } from './case-fixtures';
import { seedTree } from './reference-tree';
import { createTestApp, TestApp, TestUser } from './test-app';

// The world of the /webhooks spec files: a province › city › district › two streets tree with three
// communities in street A and one in street B, an admin, an organizer of each street, a clerk of
// <prefix>-a3, and a standard. Each file passes its own prefix, so its tree never meets another file's in
// the shared database. The bindings below are set by the file's beforeAll (each spec file has its own
// module instance).

export let t: TestApp;
export let admin: TestUser;
export let organizer: TestUser;
export let otherOrganizer: TestUser;
export let clerk: TestUser;
export let standardCode: string;
/** Street A's path, `/<prefix>/<prefix>-city/<prefix>-dist/<prefix>-street-a/`. */
export let STREET_A: string;
let prefix = 'wh';

// Nothing listens on the discard port: subscriptions that must never receive anything point there.
export const NOWHERE = 'http://127.0.0.1:9/hooks';

function tree(p: string): Parameters<typeof seedTree>[1] {
  return [
    [p, null, 'PROVINCE'],
    [`${p}-city`, p, 'CITY'],
    [`${p}-dist`, `${p}-city`, 'DISTRICT'],
    [`${p}-street-a`, `${p}-dist`, 'STREET'],
    [`${p}-street-b`, `${p}-dist`, 'STREET'],
    [`${p}-a1`, `${p}-street-a`, 'COMMUNITY', 'URBAN'],
    [`${p}-a2`, `${p}-street-a`, 'COMMUNITY', 'URBAN'],
    [`${p}-a3`, `${p}-street-a`, 'COMMUNITY', 'URBAN'],
    [`${p}-b1`, `${p}-street-b`, 'COMMUNITY', 'URBAN'],
  ];
}

/** Starts the app and seeds the world under `p` before the file's tests; closes the app after them. */
export function useWebhooksWorld(p: string): void {
  prefix = p;
  STREET_A = `/${p}/${p}-city/${p}-dist/${p}-street-a/`;
  beforeAll(async () => {
    // The receivers here listen on 127.0.0.1, which webhooks may reach only when allowed (SSRF guard).
    process.env.WEBHOOK_ALLOWED_NETWORKS = '127.0.0.1/32';
    t = await createTestApp();
    await seedTree(t.harness.dataSource, tree(p));
    [admin, organizer, otherOrganizer, clerk] = await Promise.all([
      t.user(UserRole.ADMIN),
      t.user(UserRole.ORGANIZER, `${p}-street-a`),
      t.user(UserRole.ORGANIZER, `${p}-street-b`),
      t.user(UserRole.COMMUNITY, `${p}-a3`),
    ]);
    standardCode = `WH-${randomUUID().slice(0, 8)}`;
    const { version: _version, ...standard } = { ...buildStandard(), code: standardCode };
    await as(admin).post('/standards', standard).expect(201);
  });
  afterAll(async () => {
    await t.close();
  });
}

/** The worker's configuration with the outbox settings a test needs. */
export function outboxConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return { ...loadConfig(process.env), SMTP_URL: undefined, ...overrides };
}

/** A case of one of the tree's communities in the given campaign. */
export function treeCase(
  campaignId: string,
  communityId: string,
  overrides: Partial<CaseInput> = {},
): CaseInput {
  const input = caseInput(overrides, communityId);
  const community = {
    ...input.community,
    streetId: `${prefix}-street-a`,
    path: `${STREET_A}${communityId}/`,
  };
  return { ...input, campaignId, community };
}

export const as = (user: TestUser) => t.as(user);
export const query = <T>(sql: string, parameters: unknown[] = []): Promise<T[]> =>
  t.harness.dataSource.query(sql, parameters);

export async function createCampaign(): Promise<string> {
  const id = `${prefix}-${randomUUID().slice(0, 8)}`;
  await as(organizer)
    .post('/campaigns', campaignBody(id, standardCode, `${prefix}-street-a`))
    .expect(201);
  return id;
}

export async function subscribe(campaignId: string, url: string, eventTypes = ['*']) {
  const response = await as(organizer)
    .post('/webhooks', { name: '区综治中心', url, eventTypes, campaignId })
    .expect(201);
  return response.body as { id: string; secret: string };
}
