import { randomUUID } from 'node:crypto';
import { UserRole } from '@app/persistence';
import { CaseWorkflowClient } from '../../apps/api/src/cases/case-workflow.client';
import { buildStandard } from '../../libs/domain/src/standard/standard.fixture';
import { CAMPAIGN_ENDPOINTS, MATRIX_BATCH } from '../support/authorisation-endpoints-campaigns';
import { OFFICE_ENDPOINTS } from '../support/authorisation-endpoints-office';
import {
  Entry,
  expected,
  LEVEL,
  ROLE_OF,
  SCOPE_OF,
  Target,
  targetsOf,
  Who,
  WHO,
} from '../support/authorisation-roles';
import { campaignBody } from '../support/campaign-body';
import { seedCampaignRow } from '../support/campaign-row';
import { seedCaseTree, treeCaseInput } from '../support/case-tree';
import { eventually } from '../support/eventually';
import { createTestApp, TestApp, TestUser } from '../support/test-app';

// Every endpoint of the OpenAPI document × every kind of caller × every kind of target, from the table in
// test/support/authorisation-*.ts (the callers, scopes and expected outcomes in authorisation-roles.ts).
// The table is compared with the document, so a new endpoint without an entry fails here.

const ENDPOINTS: Entry[] = [...OFFICE_ENDPOINTS, ...CAMPAIGN_ENDPOINTS];

describe('authorisation: every endpoint × role × scope, from one table', () => {
  let t: TestApp;
  let users: Record<Who, TestUser>;
  let campaignId: string;
  const ids: Record<string, { in: string; unknown: string }> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const sql = t.harness.dataSource;
    await seedCaseTree(sql, 'ma');
    const entries = await Promise.all(
      WHO.map(async (who) => [who, await t.user(ROLE_OF[who], SCOPE_OF[who])] as const),
    );
    users = Object.fromEntries(entries) as Record<Who, TestUser>;
    const { organizer } = users;

    const code = `MA-${randomUUID().slice(0, 8)}`;
    const { version: _version, ...standard } = { ...buildStandard(), code };
    await t.as(organizer).post('/standards', standard).expect(201);
    campaignId = `ma-${randomUUID().slice(0, 8)}`;
    await t
      .as(organizer)
      .post('/campaigns', campaignBody(campaignId, code, 'ma-street-a'))
      .expect(201);
    await t.as(organizer).post(`/campaigns/${campaignId}/launch`).expect(200);

    const webhook = await t
      .as(organizer)
      // An address literal (a name would need DNS, which the test machine may not have), for an event this
      // file never produces: the run's database is shared, and the webhooks test drains every delivery.
      .post('/webhooks', {
        name: '矩阵',
        url: 'https://93.184.215.14/x',
        eventTypes: ['case.award_granted'],
        campaignId,
      })
      .expect(201);
    const idOf = async (who: Who) =>
      (
        await sql.query<{ id: string }[]>('SELECT id FROM app_user WHERE username = $1', [
          users[who].username,
        ])
      )[0].id;
    const [title] = await sql.query<{ id: string }[]>(
      `INSERT INTO community_title (community_id, community_path, title_kind, year, certificate_number, source)
       VALUES ('ma-01', '/ma/ma-street-a/ma-01/', '平安社区', 2023, $1, 'IMPORT') RETURNING id`,
      [`MA-${randomUUID()}`],
    );
    const [notification] = await sql.query<{ id: string }[]>(
      `INSERT INTO notification (key, user_id, kind, campaign_id, title, body)
       VALUES ($1, $2, 'CHASE', $3, '催办', '请尽快') RETURNING id`,
      [`ma-${randomUUID()}`, await idOf('organizer'), campaignId],
    );
    // The accounts endpoints act on a clerk of ma-03 who is not one of the callers (disabling a caller
    // would refuse its token for the rest of the table).
    const managed = await t.user(UserRole.COMMUNITY, 'ma-03');
    // A write the database refused for a case that is no longer running: its retry is refused (409).
    const [deadLetter] = await sql.query<{ id: string }[]>(
      `INSERT INTO case_write_dead_letter (workflow_id, campaign_id, community_id, first_seq, last_seq, error)
       VALUES ($1, $2, 'ma-01', 1, 1, 'refused') RETURNING id`,
      [`case:${campaignId}:ma-gone`, campaignId],
    );
    await t
      .as(organizer)
      .post(`/campaigns/${campaignId}/batches`, {
        id: MATRIX_BATCH,
        action: 'CHASE',
        message: '请尽快申报',
        communityIds: ['ma-01'],
      })
      .expect(202);
    const unknownUuid = '00000000-0000-4000-8000-000000000000';
    Object.assign(ids, {
      user: {
        in: (
          await sql.query<{ id: string }[]>('SELECT id FROM app_user WHERE username = $1', [managed.username])
        )[0].id,
        unknown: unknownUuid,
      },
      webhook: { in: webhook.body.id as string, unknown: unknownUuid },
      title: { in: title.id, unknown: unknownUuid },
      notification: { in: notification.id, unknown: '999999999999' },
      deadLetter: { in: deadLetter.id, unknown: '999999999999' },
      jurisdiction: { in: 'ma-street-a', unknown: 'ma-nowhere' },
      standard: { in: `${code}/versions/1`, unknown: 'NO-SUCH/versions/1' },
      standardCode: { in: code, unknown: 'NO-SUCH' },
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('should have an entry for every operation of the OpenAPI document, and none that is not there', async () => {
    const document = (await t.http().get('/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const tabled = ENDPOINTS.map((entry) => `${entry.method.toUpperCase()} ${entry.path}`);
    expect([...tabled].sort()).toEqual([...documented].sort());
  });

  function url(entry: Entry, target: Target): string {
    const campaign = target === 'unknown campaign' ? `ma-unknown-${campaignId}` : campaignId;
    const community = target === 'unknown case' ? 'ma-99' : 'ma-01';
    return entry.path
      .replace('{campaignId}', campaign)
      .replace('{id}/', entry.scope.kind === 'campaign' ? `${campaign}/` : '{resource}/')
      .replace(/\{id\}$/, entry.scope.kind === 'campaign' ? campaign : '{resource}')
      .replace('{code}/versions/{version}', '{resource}')
      .replace('{code}', '{resource}')
      .replace('{resource}', () => {
        if (entry.scope.kind !== 'resource') return '';
        const resource = ids[entry.scope.param];
        return target === 'unknown id' ? resource.unknown : resource.in;
      })
      .replace('{communityId}', community)
      .replace('{objectionId}', 'objection-1')
      .replace('{batchId}', MATRIX_BATCH)
      .replace('{kind}', 'titles')
      .replace('{year}', '2026');
  }

  const cases = ENDPOINTS.flatMap((entry) =>
    targetsOf(entry).flatMap((target) =>
      (entry.scope.kind === 'public' ? (['admin'] as Who[]) : WHO).map(
        (who) =>
          [
            `${entry.method.toUpperCase()} ${entry.path}`,
            target,
            who,
            expected(entry, who, target),
            entry,
          ] as const,
      ),
    ),
  );

  it.each(cases)('%s, %s, as %s → %s', async (_name, target, who, outcome, entry) => {
    const path = url(entry, target);
    const call = t.http()[entry.method](path);
    if (entry.scope.kind !== 'public') void call.set('Authorization', `Bearer ${users[who].token}`);
    const response = await (entry.body ? call.send(entry.body) : call);
    expect(response.status).toBeLessThan(500);
    if (outcome === 'through') {
      const refusals = [401, 403, 404].filter((status) => !entry.alsoThrough?.includes(status));
      expect(refusals).not.toContain(response.status);
    } else {
      expect({ status: response.status, code: response.body.code }).toEqual({
        status: outcome,
        code: outcome === 403 ? 'FORBIDDEN' : 'NOT_FOUND',
      });
    }
    // Unknown and out-of-scope campaigns read alike.
    if (outcome === 404 && (entry.scope.kind === 'campaign' || target === 'unknown campaign')) {
      expect(response.body.message).toMatch(/^No campaign /);
    }
  });

  it('should list exactly the campaigns each caller may open', async () => {
    for (const who of WHO.filter((caller) => ROLE_OF[caller] !== UserRole.INSPECTOR)) {
      const listed = await t.as(users[who]).get('/campaigns?limit=500').expect(200);
      const ids = listed.body.items.map((item: { id: string }) => item.id);
      expect({ who, listed: ids.includes(campaignId) }).toEqual({ who, listed: LEVEL[who] !== null });
    }
  });

  it('should answer 409 naming the deadline when a self-check comes after its due date', async () => {
    const input = treeCaseInput(`late-${randomUUID().slice(0, 8)}`, 'ma-01');
    await seedCampaignRow(t.harness.dataSource, input.campaignId, 'ma-street-a');
    input.schedule.selfCheckDueAt = new Date(Date.now() + 1500).toISOString();
    await t.app.get(CaseWorkflowClient).start(input);
    const base = `/campaigns/${input.campaignId}/cases/ma-01`;
    await t.as(users.clerk).post(`${base}/application`, { content: {} }).expect(200);
    await t.as(users.organizer).post(`${base}/review`, { decision: 'ACCEPT' }).expect(200);
    await eventually(() =>
      expect(Date.now()).toBeGreaterThan(Date.parse(input.schedule.selfCheckDueAt) + 200),
    );
    const response = await t
      .as(users.clerk)
      .post(`${base}/self-check`, { scores: { 'A-01': 10, 'A-02': 5, 'B-01': 10 } })
      .expect(409);
    expect(response.body).toEqual({
      statusCode: 409,
      code: 'DEADLINE_PASSED',
      message: `The selfCheck deadline passed at ${input.schedule.selfCheckDueAt}`,
      details: { deadline: 'selfCheck', dueAt: input.schedule.selfCheckDueAt },
    });
  });
});
