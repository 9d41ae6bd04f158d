import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { dropDatabase, ensureDatabase, runMigrations, UserRole } from '@app/persistence';
import { campaignWorkflowId } from '@app/workflows/campaign/campaign.contract';
import { caseWorkflowId } from '@app/workflows/community-case/community-case.contract';
import { withDatabase } from '../../scripts/stack/postgres';
import { buildStandard } from '../../libs/domain/src/standard/standard.fixture';
import { campaignBody } from '../support/campaign-body';
import { seedTree } from '../support/reference-tree';
import { createTestApp, TestApp, TestUser } from '../support/test-app';

/** Who sends a fuzz request: a user of each role, nobody, or someone with a forged token. */
export type Sender = UserRole | 'ANONYMOUS' | 'FORGED_TOKEN';

/** Every kind of sender, public first (the order a probe for who may call an operation tries them in). */
export const SENDERS: Sender[] = ['ANONYMOUS', 'FORGED_TOKEN', ...Object.values(UserRole)];

/** The app under fuzz, its own database, a user per role, and the ids of real things to aim at. */
export interface FuzzWorld {
  t: TestApp;
  /** The app listens on 127.0.0.1 so requests go out byte for byte (see rawRequest). */
  port: number;
  tokenOf(sender: Sender): string | undefined;
  /** Real values for a path parameter of an operation (its template tells which kind of id). */
  realIds(template: string, parameter: string): string[];
  /** Workflows that exist and whose histories must not grow. */
  workflowIds: string[];
  close(): Promise<void>;
}

const FORGED_TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4Iiwicm9sZSI6IkFETUlOIn0.c2lnbmF0dXJlLWZvcmdlZA';

/**
 * Starts the real app on a database of its own (so the state fingerprint sees only what the fuzz could
 * have done), with a street of three communities, a standard, a launched campaign whose first case has
 * applied, an imported title and a webhook — all through the API, as a person would set them up.
 */
export async function createFuzzWorld(): Promise<FuzzWorld> {
  const sharedUrl = process.env.DATABASE_URL!;
  const databaseUrl = withDatabase(sharedUrl, `chuangjian_fuzz_${process.pid}_${Date.now()}`);
  await ensureDatabase(databaseUrl);
  await runMigrations(databaseUrl);
  process.env.DATABASE_URL = databaseUrl;
  const t = await createTestApp();
  await t.app.listen(0, '127.0.0.1');
  const port = (t.app.getHttpServer().address() as AddressInfo).port;
  await seedTree(t.harness.dataSource, [
    ['fz', null, 'PROVINCE'],
    ['fz-city', 'fz', 'CITY'],
    ['fz-dist', 'fz-city', 'DISTRICT'],
    ['fz-street-a', 'fz-dist', 'STREET'],
    ['fz-street-b', 'fz-dist', 'STREET'],
    ['fz-01', 'fz-street-a', 'COMMUNITY', 'URBAN'],
    ['fz-02', 'fz-street-a', 'COMMUNITY', 'URBAN'],
    ['fz-03', 'fz-street-a', 'COMMUNITY', 'RURAL'],
  ]);
  const users: Record<UserRole, TestUser> = {
    [UserRole.ADMIN]: await t.user(UserRole.ADMIN),
    [UserRole.ORGANIZER]: await t.user(UserRole.ORGANIZER, 'fz-street-a'),
    [UserRole.OBSERVER]: await t.user(UserRole.OBSERVER, 'fz-street-a'),
    [UserRole.INSPECTOR]: await t.user(UserRole.INSPECTOR, 'fz-street-b'),
    [UserRole.COMMUNITY]: await t.user(UserRole.COMMUNITY, 'fz-01'),
  };
  const as = (role: UserRole) => t.as(users[role]);

  const standardCode = `FZ-${randomUUID().slice(0, 8)}`;
  const { version: _version, ...standard } = { ...buildStandard(), code: standardCode };
  await as(UserRole.ADMIN).post('/standards', standard).expect(201);
  const campaignId = `fz-${randomUUID().slice(0, 8)}`;
  await as(UserRole.ORGANIZER)
    .post('/campaigns', campaignBody(campaignId, standardCode, 'fz-street-a'))
    .expect(201);
  await as(UserRole.ORGANIZER).post(`/campaigns/${campaignId}/launch`).expect(200);
  await as(UserRole.COMMUNITY)
    .post(`/campaigns/${campaignId}/cases/fz-01/application`, { content: { summary: '申报' } })
    .expect(200);
  await t
    .http()
    .post('/titles/import')
    .set('Authorization', `Bearer ${users[UserRole.ORGANIZER].token}`)
    .attach(
      'file',
      Buffer.from('社区编码,称号,年度,证书编号\nfz-02,平安社区,2024,FZ-2024-02\n'),
      'titles.csv',
    )
    .expect(201);
  // Progress keeps a baseline it computes on first read (a cache, not a change): read it once now.
  await as(UserRole.ORGANIZER).get(`/campaigns/${campaignId}/progress`).expect(200);
  const [title] = await t.harness.dataSource.query<{ id: string }[]>(
    'SELECT id FROM community_title LIMIT 1',
  );
  // Other work may tighten what a webhook URL may be; without one the fuzz aims at an unknown id.
  const webhook = await as(UserRole.ADMIN).post('/webhooks', {
    name: 'fuzz',
    url: 'https://hooks.example.org/chuangjian',
    eventTypes: ['*'],
    campaignId,
  });
  const webhookId = webhook.status === 201 ? (webhook.body as { id: string }).id : randomUUID();

  const byParameter: Record<string, string[]> = {
    campaignId: [campaignId],
    communityId: ['fz-01', 'fz-02'],
    objectionId: ['1'],
    code: [standardCode],
    version: ['1'],
  };
  // `id` names a different thing under each resource.
  const byResource: Record<string, string[]> = {
    campaigns: [campaignId],
    jurisdictions: ['fz', 'fz-street-a'],
    titles: [title.id],
    webhooks: [webhookId],
    notifications: ['1'],
  };
  return {
    t,
    port,
    tokenOf: (sender) =>
      sender === 'ANONYMOUS' ? undefined : sender === 'FORGED_TOKEN' ? FORGED_TOKEN : users[sender].token,
    realIds: (template, parameter) =>
      parameter === 'id' ? (byResource[template.split('/')[1]] ?? []) : (byParameter[parameter] ?? []),
    workflowIds: [campaignWorkflowId(campaignId), caseWorkflowId(campaignId, 'fz-01')],
    async close() {
      await t.close();
      process.env.DATABASE_URL = sharedUrl;
      await dropDatabase(databaseUrl);
    },
  };
}
