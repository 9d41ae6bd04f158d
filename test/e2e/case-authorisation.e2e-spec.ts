import { randomUUID } from 'node:crypto';
import { UserRole } from '@app/persistence';
import { CaseWorkflowGateway } from '../../apps/api/src/cases/case-workflow.gateway';
import { seedCampaignRow } from '../support/campaign-row';
import { seedCaseTree, treeCaseInput } from '../support/case-tree';
import { eventually } from '../support/eventually';
import { createTestApp, TestApp, TestUser } from '../support/test-app';

type Who = 'organizer' | 'otherOrganizer' | 'observer' | 'inspector' | 'clerk' | 'otherClerk';

// Every case endpoint × every kind of caller. A role the endpoint does not admit gets 403 (with the roles
// that may); an admitted role outside its scope gets 404 (existence is not leaked); an admitted role in
// scope gets through to the workflow (which may still say 409/422 for the stage or the body).
// Bodies are well-formed, so what answers is authorisation, not the request validation (400).
const ENDPOINTS: [method: 'get' | 'post', path: string, admitted: Who[], body: object][] = [
  ['get', '', ['organizer', 'observer', 'clerk'], {}],
  ['post', '/application', ['clerk'], { content: {} }],
  ['post', '/review', ['organizer'], { decision: 'ACCEPT' }],
  ['post', '/self-check', ['clerk'], { scores: {} }],
  ['post', '/inspectors', ['organizer'], { inspectorIds: [] }],
  ['post', '/checks', [], { scores: {} }],
  ['post', '/rectification', ['clerk'], { content: '已整改' }],
  ['post', '/confirm-scores', ['organizer'], {}],
  ['post', '/objections', ['organizer', 'observer', 'clerk'], { content: '异议' }],
  ['post', '/objections/objection-1/resolve', ['organizer'], { decision: 'DISMISS', reason: '不属实' }],
  ['post', '/extend-deadline', ['organizer'], { newDueAt: '2030-01-01T00:00:00Z', reason: '延期' }],
  ['post', '/chase', ['organizer'], { message: '请尽快申报' }],
  ['get', '/audit', ['organizer', 'observer', 'clerk'], {}],
  ['post', '/withdraw', ['organizer'], { reason: '测试' }],
];
const ROLE_OF: Record<Who, UserRole> = {
  organizer: UserRole.ORGANIZER,
  otherOrganizer: UserRole.ORGANIZER,
  observer: UserRole.OBSERVER,
  inspector: UserRole.INSPECTOR,
  clerk: UserRole.COMMUNITY,
  otherClerk: UserRole.COMMUNITY,
};
const ROLES_ADMITTED: Record<string, UserRole[]> = {
  '/application': [UserRole.COMMUNITY],
  '/self-check': [UserRole.COMMUNITY],
  '/rectification': [UserRole.COMMUNITY],
  '/checks': [UserRole.INSPECTOR],
};

describe('case endpoints: the authorisation matrix (role × scope)', () => {
  let t: TestApp;
  let users: Record<Who, TestUser>;
  let campaignId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await seedCaseTree(t.harness.dataSource, 'ax');
    const scopes: Record<Who, string> = {
      organizer: 'ax-street-a',
      otherOrganizer: 'ax-street-b',
      observer: 'ax-street-a',
      inspector: 'ax-street-b',
      clerk: 'ax-01',
      otherClerk: 'ax-02',
    };
    const entries = await Promise.all(
      (Object.keys(scopes) as Who[]).map(
        async (who) => [who, await t.user(ROLE_OF[who], scopes[who])] as const,
      ),
    );
    users = Object.fromEntries(entries) as Record<Who, TestUser>;
    campaignId = `auth-${randomUUID().slice(0, 8)}`;
    await seedCampaignRow(t.harness.dataSource, campaignId, 'ax-street-a');
    await t.app.get(CaseWorkflowGateway).start(treeCaseInput(campaignId, 'ax-01'));
  });
  afterAll(async () => {
    await t.close();
  });

  const cases: [string, Who, number | 'through', object][] = ENDPOINTS.flatMap(
    ([method, path, admitted, body]) =>
      (Object.keys(ROLE_OF) as Who[]).map((who): [string, Who, number | 'through', object] => {
        const roleAdmitted =
          method === 'get' || path === '/objections'
            ? true
            : (ROLES_ADMITTED[path] ?? [UserRole.ORGANIZER, UserRole.ADMIN]).includes(ROLE_OF[who]);
        const expected = !roleAdmitted ? 403 : admitted.includes(who) ? 'through' : 404;
        return [`${method.toUpperCase()} …/ax-01${path}`, who, expected, body];
      }),
  );

  it.each(cases)('%s as %s → %s', async (endpoint, who, expected, body) => {
    const [method, path] = endpoint.split(' ');
    const url = `/campaigns/${campaignId}/cases${path.slice(1)}`;
    const http = t.http();
    const call = method === 'POST' ? http.post(url) : http.get(url);
    const request = call.set('Authorization', `Bearer ${users[who].token}`);
    const response = await (method === 'POST' ? request.send(body) : request);
    if (expected === 'through') expect([403, 404]).not.toContain(response.status);
    else expect(response.status).toBe(expected);
    if (expected === 403) expect(response.body.code).toBe('FORBIDDEN');
    if (expected === 404) expect(response.body.code).toBe('NOT_FOUND');
  });

  it('should answer 409 naming the deadline when a self-check comes after its due date', async () => {
    const input = treeCaseInput(`late-${randomUUID().slice(0, 8)}`, 'ax-01');
    await seedCampaignRow(t.harness.dataSource, input.campaignId, 'ax-street-a');
    input.schedule.selfCheckDueAt = new Date(Date.now() + 1500).toISOString();
    await t.app.get(CaseWorkflowGateway).start(input);
    const base = `/campaigns/${input.campaignId}/cases/ax-01`;
    const auth = (who: Who) => ({ Authorization: `Bearer ${users[who].token}` });
    await t.http().post(`${base}/application`).set(auth('clerk')).send({ content: {} }).expect(200);
    await t.http().post(`${base}/review`).set(auth('organizer')).send({ decision: 'ACCEPT' }).expect(200);
    await eventually(() =>
      expect(Date.now()).toBeGreaterThan(Date.parse(input.schedule.selfCheckDueAt) + 200),
    );
    const response = await t
      .http()
      .post(`${base}/self-check`)
      .set(auth('clerk'))
      .send({ scores: { 'A-01': 10, 'A-02': 5, 'B-01': 10 } })
      .expect(409);
    expect(response.body).toEqual({
      statusCode: 409,
      code: 'DEADLINE_PASSED',
      message: `The selfCheck deadline passed at ${input.schedule.selfCheckDueAt}`,
      details: { deadline: 'selfCheck', dueAt: input.schedule.selfCheckDueAt },
    });
  });
});
