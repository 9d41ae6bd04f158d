import { randomUUID } from 'node:crypto';
import { UserRole } from '@app/persistence';
import { CaseWorkflowClient } from '../../apps/api/src/cases/case-workflow.client';
import { buildStandard } from '../../libs/domain/src/standard/standard.fixture';
import { campaignBody } from '../support/campaign-body';
import { seedCampaignRow } from '../support/campaign-row';
import { seedCaseTree, treeCaseInput } from '../support/case-tree';
import { eventually } from '../support/eventually';
import { createTestApp, TestApp, TestUser } from '../support/test-app';

// Every endpoint of the OpenAPI document × every kind of caller × every kind of target: in scope, out of
// scope (another street's caller, another community's clerk, an unassigned inspector), unknown id. The
// table is compared with the document, so a new endpoint without an entry fails here.
//
// Outcomes: a role the endpoint does not admit gets 403; an admitted role gets 404 for an unknown id and
// for anything outside its scope (existence is not leaked); otherwise the call gets through the
// authorisation (it may still be refused for the stage, the body or the rules: 400/409/422, never 5xx).

type Who =
  | 'admin'
  | 'organizer'
  | 'observer'
  | 'clerk'
  | 'otherClerk'
  | 'inspector'
  | 'otherOrganizer'
  | 'otherObserver';
type Level = 'PUBLIC' | 'PART' | 'READ' | 'MANAGE';

const ROLE_OF: Record<Who, UserRole> = {
  admin: UserRole.ADMIN,
  organizer: UserRole.ORGANIZER,
  observer: UserRole.OBSERVER,
  clerk: UserRole.COMMUNITY,
  otherClerk: UserRole.COMMUNITY,
  inspector: UserRole.INSPECTOR,
  otherOrganizer: UserRole.ORGANIZER,
  otherObserver: UserRole.OBSERVER,
};
// Street a (organizer, observer; clerk of ma-01, otherClerk of ma-02) runs the campaign over its street;
// street b's organizer and observer are outside it; the inspector (street b) is assigned to no case.
const SCOPE_OF: Record<Who, string | null> = {
  admin: null,
  organizer: 'ma-street-a',
  observer: 'ma-street-a',
  clerk: 'ma-01',
  otherClerk: 'ma-02',
  inspector: 'ma-street-b',
  otherOrganizer: 'ma-street-b',
  otherObserver: 'ma-street-b',
};
const WHO = Object.keys(ROLE_OF) as Who[];
const ALL_ROLES = Object.values(UserRole);
const ORGANIZERS = [UserRole.ORGANIZER, UserRole.ADMIN];
const READERS = [UserRole.ORGANIZER, UserRole.OBSERVER, UserRole.ADMIN];

/** The level each caller has on the campaign (campaignAccessLevel, written out for this fixture). */
const LEVEL: Record<Who, Level | null> = {
  admin: 'MANAGE',
  organizer: 'MANAGE',
  observer: 'READ',
  clerk: 'PART',
  otherClerk: 'PART',
  inspector: 'PART',
  otherOrganizer: null,
  otherObserver: null,
};
const RANK: Level[] = ['PUBLIC', 'PART', 'READ', 'MANAGE'];
/** Who may see case ma-01 itself. */
const SEES_CASE: Who[] = ['admin', 'organizer', 'observer', 'clerk'];

/** What an endpoint is about, and so what "in scope", "out of scope" and "unknown" mean for it. */
type Scope =
  | { kind: 'public' }
  | { kind: 'none' }
  | { kind: 'campaign'; level: Level }
  | { kind: 'case' }
  | { kind: 'resource'; param: string; visibleTo: Who[] };

interface Entry {
  method: 'get' | 'post' | 'patch' | 'delete';
  path: string;
  roles: UserRole[];
  scope: Scope;
  body?: object;
  /** Answers that still mean "through" here: a login with a wrong password, an objection off the notice. */
  alsoThrough?: number[];
}

// A valid body for a new version of a standard: its own 404 (unknown code) comes after validation.
const { code: _code, version: _version, ...STANDARD_CONTENT } = buildStandard();

const campaign = (level: Level): Scope => ({ kind: 'campaign', level });
const CASE: Scope = { kind: 'case' };
const NONE: Scope = { kind: 'none' };
const STREET_A_MANAGERS: Who[] = ['admin', 'organizer'];
/** The organizer's batch the table reads (created in beforeAll) and sends again (resumes it). */
const MATRIX_BATCH = randomUUID();

const ENDPOINTS: Entry[] = [
  {
    method: 'post',
    path: '/auth/login',
    roles: ALL_ROLES,
    scope: { kind: 'public' },
    body: { username: 'x', password: 'y' },
    alsoThrough: [401],
  },
  { method: 'get', path: '/health', roles: ALL_ROLES, scope: { kind: 'public' } },
  { method: 'get', path: '/imports/templates/{kind}', roles: ALL_ROLES, scope: { kind: 'public' } },
  { method: 'get', path: '/public/campaigns/{campaignId}', roles: ALL_ROLES, scope: { kind: 'public' } },
  {
    method: 'get',
    path: '/public/campaigns/{campaignId}/notice',
    roles: ALL_ROLES,
    scope: { kind: 'public' },
  },
  {
    method: 'post',
    path: '/public/campaigns/{campaignId}/notice/{communityId}/objections',
    roles: ALL_ROLES,
    scope: { kind: 'public' },
    body: { name: '张先生', contact: '13900000000', content: '异议' },
    alsoThrough: [404],
  },
  { method: 'get', path: '/me', roles: ALL_ROLES, scope: NONE },
  { method: 'get', path: '/my/cases', roles: ALL_ROLES, scope: NONE },
  { method: 'get', path: '/my/todo', roles: ALL_ROLES, scope: NONE },
  {
    method: 'post',
    path: '/me/password',
    roles: ALL_ROLES,
    scope: NONE,
    body: { currentPassword: 'not-it-at-all', newPassword: 'Brand-new-2026' },
  },
  { method: 'get', path: '/notifications', roles: ALL_ROLES, scope: NONE },
  {
    method: 'post',
    path: '/notifications/{id}/read',
    roles: ALL_ROLES,
    scope: { kind: 'resource', param: 'notification', visibleTo: ['organizer'] },
  },
  { method: 'get', path: '/inspectors', roles: ORGANIZERS, scope: NONE },
  { method: 'get', path: '/standards', roles: ALL_ROLES, scope: NONE },
  { method: 'post', path: '/standards', roles: ORGANIZERS, scope: NONE, body: {} },
  {
    method: 'get',
    path: '/standards/{code}/versions/{version}',
    roles: ALL_ROLES,
    scope: { kind: 'resource', param: 'standard', visibleTo: WHO },
  },
  {
    method: 'post',
    path: '/standards/{code}/versions',
    roles: ORGANIZERS,
    scope: { kind: 'resource', param: 'standardCode', visibleTo: WHO },
    body: STANDARD_CONTENT,
  },
  { method: 'post', path: '/standards/sheet', roles: ORGANIZERS, scope: NONE },
  {
    method: 'get',
    path: '/standards/{code}/versions/{version}/export',
    roles: ALL_ROLES,
    scope: { kind: 'resource', param: 'standard', visibleTo: WHO },
  },
  { method: 'post', path: '/jurisdictions', roles: [UserRole.ADMIN], scope: NONE, body: {} },
  { method: 'post', path: '/jurisdictions/import', roles: [UserRole.ADMIN], scope: NONE },
  {
    method: 'get',
    path: '/jurisdictions/{id}/scope-summary',
    roles: ALL_ROLES,
    scope: { kind: 'resource', param: 'jurisdiction', visibleTo: ['admin', 'organizer', 'observer'] },
  },
  {
    method: 'get',
    path: '/jurisdictions/{id}/subtree',
    roles: ALL_ROLES,
    scope: { kind: 'resource', param: 'jurisdiction', visibleTo: ['admin', 'organizer', 'observer'] },
  },
  {
    method: 'get',
    path: '/titles',
    roles: [UserRole.ORGANIZER, UserRole.OBSERVER, UserRole.ADMIN, UserRole.COMMUNITY],
    scope: NONE,
  },
  { method: 'post', path: '/titles/import', roles: ORGANIZERS, scope: NONE },
  {
    method: 'post',
    path: '/titles/{id}/revoke',
    roles: ORGANIZERS,
    scope: { kind: 'resource', param: 'title', visibleTo: STREET_A_MANAGERS },
    body: { reason: '复查未通过' },
  },
  { method: 'get', path: '/dead-letters', roles: [UserRole.ADMIN], scope: NONE },
  {
    method: 'post',
    path: '/dead-letters/{id}/retry',
    roles: [UserRole.ADMIN],
    scope: { kind: 'resource', param: 'deadLetter', visibleTo: ['admin'] },
  },
  { method: 'get', path: '/working-calendar', roles: ALL_ROLES, scope: NONE },
  { method: 'get', path: '/working-calendar/{year}', roles: ALL_ROLES, scope: NONE },
  { method: 'post', path: '/working-calendar/{year}/import', roles: [UserRole.ADMIN], scope: NONE },
  { method: 'post', path: '/webhooks', roles: ORGANIZERS, scope: NONE, body: {} },
  { method: 'get', path: '/webhooks', roles: ORGANIZERS, scope: NONE },
  {
    method: 'delete',
    path: '/webhooks/{id}',
    roles: ORGANIZERS,
    scope: { kind: 'resource', param: 'webhook', visibleTo: STREET_A_MANAGERS },
  },
  {
    method: 'get',
    path: '/webhooks/{id}/deliveries',
    roles: ORGANIZERS,
    scope: { kind: 'resource', param: 'webhook', visibleTo: STREET_A_MANAGERS },
  },
  { method: 'post', path: '/users', roles: ORGANIZERS, scope: NONE, body: {} },
  { method: 'get', path: '/users', roles: ORGANIZERS, scope: NONE },
  { method: 'post', path: '/users/import', roles: ORGANIZERS, scope: NONE },
  {
    method: 'get',
    path: '/users/{id}',
    roles: ORGANIZERS,
    scope: { kind: 'resource', param: 'user', visibleTo: STREET_A_MANAGERS },
  },
  {
    method: 'patch',
    path: '/users/{id}',
    roles: ORGANIZERS,
    scope: { kind: 'resource', param: 'user', visibleTo: STREET_A_MANAGERS },
    body: {},
  },
  {
    method: 'post',
    path: '/users/{id}/disable',
    roles: ORGANIZERS,
    scope: { kind: 'resource', param: 'user', visibleTo: STREET_A_MANAGERS },
    body: { reason: '测试' },
  },
  {
    method: 'post',
    path: '/users/{id}/enable',
    roles: ORGANIZERS,
    scope: { kind: 'resource', param: 'user', visibleTo: STREET_A_MANAGERS },
  },
  {
    method: 'post',
    path: '/users/{id}/password',
    roles: ORGANIZERS,
    scope: { kind: 'resource', param: 'user', visibleTo: STREET_A_MANAGERS },
    body: {},
  },
  { method: 'post', path: '/campaigns', roles: ORGANIZERS, scope: NONE, body: {} },
  { method: 'get', path: '/campaigns', roles: [...READERS, UserRole.COMMUNITY], scope: NONE },
  {
    method: 'get',
    path: '/campaigns/{id}',
    roles: [...READERS, UserRole.COMMUNITY],
    scope: campaign('PART'),
  },
  { method: 'patch', path: '/campaigns/{id}', roles: ORGANIZERS, scope: campaign('MANAGE'), body: {} },
  { method: 'get', path: '/campaigns/{id}/run', roles: READERS, scope: campaign('READ') },
  { method: 'get', path: '/campaigns/{id}/progress', roles: READERS, scope: campaign('PART') },
  { method: 'get', path: '/campaigns/{id}/progress/children', roles: READERS, scope: campaign('PART') },
  { method: 'get', path: '/campaigns/{id}/progress/export', roles: READERS, scope: campaign('PART') },
  { method: 'get', path: '/campaigns/{id}/ranking', roles: READERS, scope: campaign('PART') },
  { method: 'get', path: '/campaigns/{id}/results/export', roles: READERS, scope: campaign('PART') },
  { method: 'get', path: '/campaigns/{campaignId}/audit', roles: READERS, scope: campaign('READ') },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/audit/verify',
    roles: ORGANIZERS,
    scope: campaign('READ'),
  },
  {
    method: 'post',
    path: '/campaigns/{id}/extend-phase',
    roles: ORGANIZERS,
    scope: campaign('MANAGE'),
    body: { phase: 'application', newDueAt: '2030-01-01T00:00:00Z', reason: '延期' },
  },
  {
    method: 'post',
    path: '/campaigns/{id}/communities',
    roles: ORGANIZERS,
    scope: campaign('MANAGE'),
    body: { communityIds: ['ma-03'] },
  },
  { method: 'post', path: '/campaigns/{id}/launch', roles: ORGANIZERS, scope: campaign('MANAGE') },
  { method: 'get', path: '/campaigns/{campaignId}/cases', roles: ALL_ROLES, scope: campaign('PART') },
  { method: 'get', path: '/campaigns/{campaignId}/cases/{communityId}', roles: ALL_ROLES, scope: CASE },
  { method: 'get', path: '/campaigns/{campaignId}/cases/{communityId}/audit', roles: ALL_ROLES, scope: CASE },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/cases/{communityId}/application',
    roles: [UserRole.COMMUNITY],
    scope: CASE,
    body: { content: {} },
  },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/cases/{communityId}/review',
    roles: ORGANIZERS,
    scope: CASE,
    body: { decision: 'ACCEPT' },
  },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/cases/{communityId}/self-check',
    roles: [UserRole.COMMUNITY],
    scope: CASE,
    body: { scores: {} },
  },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/cases/{communityId}/inspectors',
    roles: ORGANIZERS,
    scope: CASE,
    body: { inspectorIds: [] },
  },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/cases/{communityId}/checks',
    roles: [UserRole.INSPECTOR],
    scope: CASE,
    body: { scores: {} },
  },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/cases/{communityId}/rectification',
    roles: [UserRole.COMMUNITY],
    scope: CASE,
    body: { content: '已整改' },
  },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/cases/{communityId}/confirm-scores',
    roles: ORGANIZERS,
    scope: CASE,
  },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/cases/{communityId}/objections',
    roles: ALL_ROLES,
    scope: CASE,
    body: { content: '异议' },
  },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/cases/{communityId}/objections/{objectionId}/resolve',
    roles: ORGANIZERS,
    scope: CASE,
    body: { decision: 'DISMISS', reason: '不属实' },
  },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/cases/{communityId}/extend-deadline',
    roles: ORGANIZERS,
    scope: CASE,
    body: { newDueAt: '2030-01-01T00:00:00Z', reason: '延期' },
  },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/cases/{communityId}/chase',
    roles: ORGANIZERS,
    scope: CASE,
    body: { message: '请尽快申报' },
  },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/cases/{communityId}/withdraw',
    roles: ORGANIZERS,
    scope: CASE,
    body: { reason: '测试' },
  },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/batches',
    roles: ORGANIZERS,
    scope: campaign('PART'),
    body: { id: MATRIX_BATCH, action: 'CHASE', message: '请尽快申报', communityIds: ['ma-01'] },
  },
  {
    method: 'get',
    path: '/campaigns/{campaignId}/batches/{batchId}',
    roles: ORGANIZERS,
    scope: campaign('PART'),
  },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/batches/{batchId}/resume',
    roles: ORGANIZERS,
    scope: campaign('PART'),
  },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/inspector-proposals',
    roles: ORGANIZERS,
    scope: campaign('PART'),
    body: { communityIds: ['ma-01'] },
  },
  {
    method: 'post',
    path: '/campaigns/{campaignId}/conflict-declarations',
    roles: [UserRole.INSPECTOR],
    scope: campaign('PART'),
    body: { communityId: 'ma-01', reason: '亲属在该社区任职' },
    // The inspector is on no team: the case does not exist for them.
    alsoThrough: [404],
  },
  {
    method: 'get',
    path: '/campaigns/{campaignId}/cases/{communityId}/conflict-declarations',
    roles: READERS,
    scope: CASE,
  },
  { method: 'get', path: '/my/conflict-declarations', roles: [UserRole.INSPECTOR], scope: NONE },
  // Last: closes every case of the campaign (they stay in scope; actions then answer 409).
  {
    method: 'post',
    path: '/campaigns/{id}/cancel',
    roles: ORGANIZERS,
    scope: campaign('MANAGE'),
    body: { reason: '测试结束' },
  },
];

type Target = 'in scope' | 'unknown campaign' | 'unknown case' | 'unknown id' | 'in scope or out';
type Expected = 403 | 404 | 'through';

function expected(entry: Entry, who: Who, target: Target): Expected {
  if (!entry.roles.includes(ROLE_OF[who])) return 403;
  const { scope } = entry;
  if (target.startsWith('unknown')) return 404;
  switch (scope.kind) {
    case 'public':
    case 'none':
      return 'through';
    case 'campaign': {
      const level = LEVEL[who];
      return level !== null && RANK.indexOf(level) >= RANK.indexOf(scope.level) ? 'through' : 404;
    }
    case 'case':
      return SEES_CASE.includes(who) ? 'through' : 404;
    case 'resource':
      return scope.visibleTo.includes(who) ? 'through' : 404;
  }
}

function targetsOf(entry: Entry): Target[] {
  switch (entry.scope.kind) {
    case 'public':
      return entry.path.includes('{campaignId}') ? ['in scope', 'unknown campaign'] : ['in scope'];
    case 'none':
      return ['in scope'];
    case 'campaign':
      return ['in scope', 'unknown campaign'];
    case 'case':
      return ['in scope', 'unknown campaign', 'unknown case'];
    case 'resource':
      return ['in scope', 'unknown id'];
  }
}

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
