import { randomUUID } from 'node:crypto';
import { UserRole } from '@app/persistence';
import { buildStandard } from '../../libs/domain/src/standard/standard.fixture';
import { campaignBody as sharedCampaignBody, daysFromNow } from './campaign-body';
import { seedTree } from './reference-tree';
import { createTestApp, TestApp, TestUser } from './test-app';

// The world of the /campaigns spec files: a province › city › district › two streets tree with five
// communities (one not eligible), an account of every kind in and out of street A, and a standard.
// Each file passes its own prefix, so its tree never meets another file's in the shared database. The
// bindings below are set by the file's beforeAll (each spec file has its own module instance).

export let t: TestApp;
export let admin: TestUser;
export let organizer: TestUser;
export let districtOrganizer: TestUser;
export let otherOrganizer: TestUser;
export let observer: TestUser;
export let otherObserver: TestUser;
export let clerk: TestUser;
export let otherClerk: TestUser;
export let inspector: TestUser;
export let standardCode: string;
/** Street A's path, `/<prefix>/<prefix>-city/<prefix>-dist/<prefix>-street-a/`. */
export let STREET_A: string;
let prefix = 'px';

function tree(p: string): Parameters<typeof seedTree>[1] {
  return [
    [p, null, 'PROVINCE'],
    [`${p}-city`, p, 'CITY'],
    [`${p}-dist`, `${p}-city`, 'DISTRICT'],
    [`${p}-street-a`, `${p}-dist`, 'STREET'],
    [`${p}-street-b`, `${p}-dist`, 'STREET'],
    [`${p}-a1`, `${p}-street-a`, 'COMMUNITY', 'URBAN'],
    [`${p}-a2`, `${p}-street-a`, 'COMMUNITY', 'URBAN'],
    [`${p}-a3`, `${p}-street-a`, 'COMMUNITY', 'RURAL'],
    [`${p}-a4`, `${p}-street-a`, 'COMMUNITY', 'URBAN', '组织尚未建立'],
    [`${p}-b1`, `${p}-street-b`, 'COMMUNITY', 'RURAL'],
  ];
}

/** Starts the app and seeds the world under `p` before the file's tests; closes the app after them. */
export function useCampaignsWorld(p: string): void {
  prefix = p;
  STREET_A = `/${p}/${p}-city/${p}-dist/${p}-street-a/`;
  beforeAll(async () => {
    t = await createTestApp();
    await seedTree(t.harness.dataSource, tree(p));
    [
      admin,
      organizer,
      districtOrganizer,
      otherOrganizer,
      observer,
      otherObserver,
      clerk,
      otherClerk,
      inspector,
    ] = await Promise.all([
      t.user(UserRole.ADMIN),
      t.user(UserRole.ORGANIZER, `${p}-street-a`),
      t.user(UserRole.ORGANIZER, `${p}-dist`),
      t.user(UserRole.ORGANIZER, `${p}-street-b`),
      t.user(UserRole.OBSERVER, `${p}-street-a`),
      t.user(UserRole.OBSERVER, `${p}-street-b`),
      t.user(UserRole.COMMUNITY, `${p}-a1`),
      t.user(UserRole.COMMUNITY, `${p}-b1`),
      t.user(UserRole.INSPECTOR, `${p}-street-b`),
    ]);
    standardCode = await createStandard();
  });
  afterAll(async () => {
    await t.close();
  });
}

export const at = daysFromNow;

/** A valid POST /campaigns body by street A over itself, with two to three inspectors per case. */
export function campaignBody(id: string, code: string, overrides: object = {}) {
  const base = sharedCampaignBody(id, code, `${prefix}-street-a`);
  return { ...base, inspectionPolicy: { ...base.inspectionPolicy, minInspectors: 2 }, ...overrides };
}

export const as = (user: TestUser) => t.as(user);
export const newId = () => `${prefix}-${randomUUID().slice(0, 8)}`;

export async function createStandard(mutate: (body: ReturnType<typeof buildStandard>) => void = () => {}) {
  const code = `PX-${randomUUID().slice(0, 8)}`;
  const body = { ...buildStandard(), code };
  mutate(body);
  const { version: _version, ...content } = body;
  await as(admin).post('/standards', content).expect(201);
  return code;
}

export async function draft(overrides: object = {}, by: TestUser = organizer): Promise<string> {
  const id = newId();
  await as(by)
    .post('/campaigns', campaignBody(id, standardCode, overrides))
    .expect(201);
  return id;
}

export async function launched(overrides: object = {}): Promise<string> {
  const id = await draft(overrides);
  await as(organizer).post(`/campaigns/${id}/launch`).expect(200);
  return id;
}
