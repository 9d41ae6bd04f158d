import { apiCampaignWorld, ApiCampaignWorld, FULL_MARKS } from '../support/api-campaign';
import { createTestApp, TestApp, TestUser } from '../support/test-app';

// Idempotency-Key on case actions (IETF draft "The Idempotency-Key HTTP Header Field"): a key is the
// caller's own and bound to the request it was first sent with.
describe('Idempotency-Key on case actions (real API, worker, Temporal and PostgreSQL)', () => {
  let t: TestApp;
  let world: ApiCampaignWorld;
  let campaignId: string;

  beforeAll(async () => {
    t = await createTestApp();
    world = await apiCampaignWorld(t, 'ik', { communities: 4, inspectors: 2 });
    campaignId = await world.launch();
  });
  afterAll(async () => {
    await t.close();
  });

  const caseOf = (communityId: string) => `/campaigns/${campaignId}/cases/${communityId}`;
  const keyed = (user: TestUser, path: string, body: object, key: string) =>
    t.as(user).post(path, body).set('Idempotency-Key', key);
  const clerk = (communityId: string) => world.clerks.get(communityId)!;
  const reused = (key: string) => ({
    statusCode: 422,
    code: 'IDEMPOTENCY_KEY_REUSED',
    message: `Idempotency-Key ${key} was already used for a different request on this case; send a new key for a new request (a retry must repeat the first request exactly)`,
    details: {
      problems: [{ field: 'Idempotency-Key', message: 'already used for a different request on this case' }],
    },
  });

  /** Application, acceptance, self-check and both inspectors assigned, through the API. */
  async function toInspection(communityId: string): Promise<void> {
    const path = caseOf(communityId);
    await t.as(clerk(communityId)).post(`${path}/application`, { content: {} }).expect(200);
    await t.as(world.organizer).post(`${path}/review`, { decision: 'ACCEPT' }).expect(200);
    await t.as(clerk(communityId)).post(`${path}/self-check`, { scores: FULL_MARKS }).expect(200);
    const inspectorIds = world.inspectors.map((inspector) => inspector.id);
    await t.as(world.organizer).post(`${path}/inspectors`, { inspectorIds }).expect(200);
  }

  it('should record both checks and complete the round when two inspectors send the same key', async () => {
    await toInspection('ik-a1');
    const [first, second] = world.inspectors;

    const one = await keyed(
      first.user,
      `${caseOf('ik-a1')}/checks`,
      { scores: FULL_MARKS },
      'check-0001',
    ).expect(200);
    const two = await keyed(
      second.user,
      `${caseOf('ik-a1')}/checks`,
      { scores: { 'A-01': 8, 'A-02': 5, 'B-01': 9 } },
      'check-0001',
    ).expect(200);

    expect(one.body.state.stage).toBe('INSPECTION');
    expect(two.body.state.stage).toBe('SCORING');
    expect(two.body.state.checks.map((check: { inspectorId: string }) => check.inspectorId)).toEqual([
      first.id,
      second.id,
    ]);
    expect(two.body.state.score).toMatchObject({ total: 94 });
  });

  it('should answer a retry of the same request with the first result, even after the case moved on', async () => {
    const send = () =>
      keyed(
        clerk('ik-a2'),
        `${caseOf('ik-a2')}/application`,
        { content: { summary: '申报' } },
        'apply-ik-a2-1',
      );
    const first = await send().expect(200);
    await t
      .as(world.organizer)
      .post(`${caseOf('ik-a2')}/review`, { decision: 'ACCEPT' })
      .expect(200);

    const retried = await send().expect(200);

    expect(retried.body).toEqual(first.body);
    const now = await t.as(world.organizer).get(caseOf('ik-a2')).expect(200);
    expect(now.body.state).toMatchObject({ stage: 'SELF_CHECK', applications: [expect.anything()] });
  });

  it('should refuse the key with a different request (422) and keep the first request as it was', async () => {
    const path = `${caseOf('ik-a2')}/self-check`;
    await keyed(clerk('ik-a2'), path, { scores: FULL_MARKS }, 'self-check-ik-a2').expect(200);

    const changed = await keyed(
      clerk('ik-a2'),
      path,
      { scores: { 'A-01': 1, 'A-02': 1, 'B-01': 1 } },
      'self-check-ik-a2',
    ).expect(422);
    const otherAction = await keyed(
      clerk('ik-a2'),
      `${caseOf('ik-a2')}/application`,
      { content: {} },
      'self-check-ik-a2',
    ).expect(422);

    expect(changed.body).toEqual(reused('self-check-ik-a2'));
    expect(otherAction.body).toEqual(reused('self-check-ik-a2'));
    const now = await t.as(world.organizer).get(caseOf('ik-a2')).expect(200);
    expect(now.body.state.selfChecks).toEqual([expect.objectContaining({ scores: FULL_MARKS })]);
  });

  it('should hold the key of a first action (the one that starts the case) to its request too', async () => {
    const path = `${caseOf('ik-a3')}/application`;
    const key = '"8e03978e-40d5-43e8-bc93-6894a57f9324"';
    // Sent three times at once: one application, the same answer to each.
    const replies = await Promise.all(
      [1, 2, 3].map(() => keyed(clerk('ik-a3'), path, { content: { summary: '一次' } }, key).expect(200)),
    );

    const changed = await keyed(clerk('ik-a3'), path, { content: { summary: '两次' } }, key).expect(422);

    expect(new Set(replies.map((reply) => JSON.stringify(reply.body))).size).toBe(1);
    expect(replies[0].body.state.applications).toHaveLength(1);
    expect(changed.body).toEqual(reused('8e03978e-40d5-43e8-bc93-6894a57f9324'));
  });

  it('should document the contract on the Idempotency-Key header of every action in the OpenAPI document', async () => {
    const document = (await t.http().get('/docs-json').expect(200)).body as {
      paths: Record<string, { post?: { parameters?: { name: string; in: string; description?: string }[] } }>;
    };
    const actions = Object.entries(document.paths).filter(
      ([path, item]) => path.startsWith('/campaigns/{campaignId}/cases/{communityId}/') && item.post,
    );

    expect(actions.length).toBeGreaterThanOrEqual(12);
    for (const [, item] of actions) {
      const header = item.post!.parameters!.find((parameter) => parameter.name === 'Idempotency-Key');
      expect(header).toMatchObject({ in: 'header' });
      expect(header!.description).toContain('422 IDEMPOTENCY_KEY_REUSED');
      expect(header!.description).toContain(
        'the same request again (same action, same body) answers with the first result',
      );
    }
  });

  it.each([
    ['too short', 'short'],
    ['with spaces', 'has spaces in it'],
    ['two keys', 'key-00001, key-00002'],
  ])('should answer 400 naming the header for a key %s, and start nothing', async (_what, key) => {
    const response = await keyed(
      clerk('ik-a4'),
      `${caseOf('ik-a4')}/application`,
      { content: {} },
      key,
    ).expect(400);

    expect(response.body).toMatchObject({
      code: 'INVALID_REQUEST',
      details: {
        problems: [
          { field: 'Idempotency-Key', message: 'expected 8 to 100 of A-Z a-z 0-9 _ : . -, bare or "quoted"' },
        ],
      },
    });
    const row = await t.as(world.organizer).get(caseOf('ik-a4')).expect(200);
    expect(row.body.state.stage).toBe('INVITED');
  });
});
