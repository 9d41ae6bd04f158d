import { randomUUID } from 'node:crypto';
import { UserRole } from '@app/persistence';
import { buildStandard } from '../../libs/domain/src/standard/standard.fixture';
import { CampaignBody, campaignBody } from './campaign-body';
import { seedTree, userIdOf } from './reference-tree';
import { TestApp, TestUser } from './test-app';

/** Full marks on the small standard's urban items (A-01 10, A-02 5, B-01 10). */
export const FULL_MARKS = { 'A-01': 10, 'A-02': 5, 'B-01': 10 };

/**
 * A street `<p>-a` of urban communities `<p>-a1` … `<p>-a<n>` (a clerk each) run by an organizer, and a
 * street `<p>-b` whose inspectors may check every one of them (回避 SAME_STREET), under a province `<p>`;
 * campaigns are created and launched through the API, as an office does it.
 */
export interface ApiCampaignWorld {
  organizer: TestUser;
  clerks: Map<string, TestUser>;
  inspectors: { user: TestUser; id: string }[];
  communities: string[];
  /** Creates a campaign of street a (overrides on the valid body) and launches it; answers its id. */
  launch(overrides?: Partial<CampaignBody>): Promise<string>;
}

export async function apiCampaignWorld(
  t: TestApp,
  prefix: string,
  { communities = 3, inspectors = 3 } = {},
): Promise<ApiCampaignWorld> {
  const ids = Array.from({ length: communities }, (_, i) => `${prefix}-a${i + 1}`);
  await seedTree(t.harness.dataSource, [
    [prefix, null, 'PROVINCE'],
    [`${prefix}-a`, prefix, 'STREET'],
    [`${prefix}-b`, prefix, 'STREET'],
    ...ids.map((id): [string, string, string, string] => [id, `${prefix}-a`, 'COMMUNITY', 'URBAN']),
  ]);
  const admin = await t.user(UserRole.ADMIN);
  const organizer = await t.user(UserRole.ORGANIZER, `${prefix}-a`);
  const clerks = new Map<string, TestUser>();
  for (const id of ids) clerks.set(id, await t.user(UserRole.COMMUNITY, id));
  const team: { user: TestUser; id: string }[] = [];
  for (let n = 0; n < inspectors; n += 1) {
    const user = await t.user(UserRole.INSPECTOR, `${prefix}-b`);
    team.push({ user, id: await userIdOf(t.harness.dataSource, user.username) });
  }
  const standardCode = `${prefix.toUpperCase()}-${randomUUID().slice(0, 8)}`;
  const { version: _version, ...standard } = { ...buildStandard(), code: standardCode };
  await t.as(admin).post('/standards', standard).expect(201);
  return {
    organizer,
    clerks,
    inspectors: team,
    communities: ids,
    async launch(overrides = {}) {
      const id = `${prefix}-${randomUUID().slice(0, 8)}`;
      await t
        .as(organizer)
        .post('/campaigns', campaignBody(id, standardCode, `${prefix}-a`, overrides))
        .expect(201);
      await t.as(organizer).post(`/campaigns/${id}/launch`).expect(200);
      return id;
    },
  };
}
