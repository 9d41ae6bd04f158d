import { eventually } from '../support/eventually';
import { ActionLedger, ActionRecord } from './support/action-ledger';
import { Answer, ApiCaller } from './support/api-caller';
import { FaultStack } from './support/fault-stack';
import { Traffic } from './support/traffic';

// Issue 9 §1 on a real stack: stop the Temporal dev server, SIGKILL the worker, stop PostgreSQL, and
// check what every client sees (503 with a code and Retry-After, within bounds, never a 500 or a hang),
// how soon it works again, and that every action ever accepted is in the case file exactly once.

const CAMPAIGN = 'demo-2026-pingan';
const CASES = `/campaigns/${CAMPAIGN}/cases`;
const UNAVAILABLE_CODES = ['TEMPORAL_UNAVAILABLE', 'DATABASE_UNAVAILABLE', 'TRY_AGAIN'];
// The defaults under test: TEMPORAL_TIMEOUT_MS 5 s, READ_YOUR_WRITES_TIMEOUT_MS 3 s, HEALTH_TIMEOUT_MS 2 s,
// DATABASE_CONNECT_TIMEOUT_MS 3 s. Bounds are those plus a wide margin for a busy 2-core machine.
const ACTION_BOUND_MS = 10_000;
const HEALTH_BOUND_MS = 5_000;
const RECOVERY_BOUND_MS = 20_000;
const WORKER_RECOVERY_BOUND_MS = 90_000;

/** A 503 as the issue wants it: the code given, Retry-After, within the bound. */
function expectUnavailable(answer: Answer, code: string, boundMs = ACTION_BOUND_MS): void {
  expect({ status: answer.status, code: answer.code }).toEqual({ status: 503, code });
  expect(answer.headers.get('retry-after')).toBe('5');
  expect(answer.ms).toBeLessThan(boundMs);
}

describe('dependencies down: 503 with a code, fast; nothing accepted lost or doubled', () => {
  const stack = new FaultStack();
  const api = new ApiCaller(() => stack.apiUrl);
  const tokens: Record<string, string> = {};
  const ledger = new ActionLedger(api, () => tokens.organizer, CAMPAIGN);
  const figures: [string, number, string][] = [];
  let faults = 0;
  /** Cases in SELF_CHECK that the organizer may chase. */
  const chased = ['c-01', 'c-02', 'c-03', 'c-04'];
  let turn = 0;
  const nextCase = () => chased[turn++ % chased.length];
  // Two organizers chasing all the while, besides what each test sends.
  const traffic = new Traffic(() => ledger.chase(nextCase()));
  const as = (user: string) => tokens[user];

  /** Sends chases until one is accepted; every answer on the way must be a 503 with one of `codes`. */
  async function chaseUntilAccepted(codes: string[], boundMs: number): Promise<number> {
    const started = Date.now();
    for (;;) {
      const answer = await ledger.chase(nextCase());
      if (answer.status === 200) return Date.now() - started;
      expect({ status: answer.status, code: answer.code }).toEqual({ status: 503, code: expect.any(String) });
      expect(codes).toContain(answer.code);
      expect(answer.ms).toBeLessThan(ACTION_BOUND_MS);
      expect(Date.now() - started).toBeLessThan(boundMs);
    }
  }

  async function post(user: string, path: string, body: unknown): Promise<Answer> {
    return api.call('POST', path, { token: as(user), body });
  }

  beforeAll(async () => {
    await stack.start();
    await eventually(async () => expect((await api.call('GET', '/health')).status).toBe(200), 180_000);
    for (const user of ['organizer', 'community-c-05', 'community-c-06', 'community-c-07', 'inspector2'])
      tokens[user] = await api.login(user);
    for (const communityId of [...chased, 'c-05']) {
      tokens[`community-${communityId}`] ??= await api.login(`community-${communityId}`);
      const applied = await post(`community-${communityId}`, `${CASES}/${communityId}/application`, {
        content: { summary: '平安社区创建申报' },
      });
      expect(applied.status).toBe(200);
      expect((await post('organizer', `${CASES}/${communityId}/review`, { decision: 'ACCEPT' })).status).toBe(
        200,
      );
    }
    // c-05 on to inspection, for an assignment while PostgreSQL is down.
    const standard = await api.call('GET', '/standards/PINGAN/versions/1', { token: as('organizer') });
    const items = (
      standard.body.categories as {
        items: { code: string; maxScore: number; veto: boolean; appliesTo: string }[];
      }[]
    )
      .flatMap((category) => category.items)
      .filter((item) => !item.veto && item.appliesTo !== 'RURAL');
    const scores = Object.fromEntries(items.map((item) => [item.code, item.maxScore]));
    expect((await post('community-c-05', `${CASES}/c-05/self-check`, { scores })).status).toBe(200);
  }, 400_000);

  afterAll(async () => {
    await stack.stop();
    if (figures.length > 0) {
      process.stdout.write(`\nfault tier figures (log: ${stack.logFile}):\n`);
      for (const [name, value, unit] of figures) process.stdout.write(`${name}: ${value} ${unit}\n`);
    }
  }, 120_000);

  describe('with two more organizers chasing all the while', () => {
    beforeEach(() => traffic.start(2));
    afterEach(() => traffic.stop(), 60_000);

    it('should answer 503 TEMPORAL_UNAVAILABLE within the budget while Temporal is down, and act again soon after it is back', async () => {
      const before = await ledger.chase(nextCase());
      expect(before.status).toBe(200);
      await stack.stopTemporal();
      faults += 1;
      const down = await ledger.chase(nextCase());
      expectUnavailable(down, 'TEMPORAL_UNAVAILABLE');
      expect(down.message).toMatch(
        /^The case engine \(Temporal\) cannot be reached\. Try again in 5 s with the same Idempotency-Key/,
      );
      figures.push(['temporal_down_time_to_503', down.ms, 'ms']);
      expectUnavailable(await ledger.chase(nextCase()), 'TEMPORAL_UNAVAILABLE');
      // Reads come from PostgreSQL and go on working.
      expect((await api.call('GET', CASES, { token: as('organizer') })).status).toBe(200);
      const health = await api.call('GET', '/health');
      expectUnavailable(health, 'TEMPORAL_UNAVAILABLE', HEALTH_BOUND_MS);
      expect(health.message).toMatch(/^Down: Temporal \(.+\)\. Up: PostgreSQL\.$/);

      await stack.startTemporal();
      const recovery = await chaseUntilAccepted(['TEMPORAL_UNAVAILABLE', 'TRY_AGAIN'], RECOVERY_BOUND_MS);
      figures.push(['temporal_back_to_first_action', recovery, 'ms']);
      await eventually(async () => expect((await api.call('GET', '/health')).status).toBe(200));
    }, 180_000);

    it('should answer 503 TRY_AGAIN within the budget while the worker is killed, and act again once it is restarted', async () => {
      const killedAt = Date.now();
      stack.worker.current()!.kill('SIGKILL');
      faults += 1;
      const first = await ledger.chase(nextCase());
      expectUnavailable(first, 'TRY_AGAIN');
      expect(first.message).toMatch(/may still be applied.*same Idempotency-Key/);
      figures.push(['worker_killed_time_to_503', first.ms, 'ms']);
      await chaseUntilAccepted(['TRY_AGAIN'], WORKER_RECOVERY_BOUND_MS);
      figures.push(['worker_killed_to_first_action', Date.now() - killedAt, 'ms']);
      // The supervisor of `make start` restarted it once, after its first backoff.
      expect(stack.worker.restarts()).toBe(1);
    }, 180_000);

    it('should answer 503 DATABASE_UNAVAILABLE at once while PostgreSQL is down, bound read-your-writes, and catch up after', async () => {
      await stack.stopPostgres();
      faults += 1;
      const login = await api.call('POST', '/auth/login', {
        body: { username: 'organizer', password: 'chuangjian-demo' },
      });
      expectUnavailable(login, 'DATABASE_UNAVAILABLE');
      expect(login.message).toMatch(/^The database \(PostgreSQL\) cannot be reached\. Try again in 5 s\./);
      figures.push(['database_down_time_to_503', login.ms, 'ms']);
      expectUnavailable(await api.call('GET', CASES, { token: as('organizer') }), 'DATABASE_UNAVAILABLE');
      expectUnavailable(
        await api.call('GET', `${CASES}/c-01`, { token: as('organizer') }),
        'DATABASE_UNAVAILABLE',
      );
      // A first action (the case's workflow starts from its row) and an assignment (inspectors are looked up).
      expectUnavailable(
        await post('community-c-06', `${CASES}/c-06/application`, { content: { summary: '申报' } }),
        'DATABASE_UNAVAILABLE',
      );
      expectUnavailable(
        await post('organizer', `${CASES}/c-05/inspectors`, {
          inspectorIds: ['00000000-0000-0000-0000-000000000000'],
        }),
        'DATABASE_UNAVAILABLE',
      );
      const health = await api.call('GET', '/health');
      expectUnavailable(health, 'DATABASE_UNAVAILABLE', HEALTH_BOUND_MS);
      expect(health.message).toMatch(/^Down: PostgreSQL \(.+\)\. Up: Temporal\.$/);

      // An action on a started case needs only Temporal: accepted, its write waits for the database. Asked
      // to wait for the read model, the reply comes after the bound and says the write is pending.
      const pending = await ledger.extendDeadline('c-05', { Prefer: 'read-your-writes' });
      expect(pending.status).toBe(200);
      expect(pending.headers.get('preference-applied')).toBeNull();
      expect(pending.headers.get('x-read-your-writes')).toBe('pending');
      expect(pending.ms).toBeLessThan(ACTION_BOUND_MS);
      figures.push(['read_your_writes_with_database_down', pending.ms, 'ms']);
      // A chase also writes the clerk's inbox notification before it answers: it waits for the database,
      // and answers TRY_AGAIN at the budget (it is applied once the database is back).
      expectUnavailable(await ledger.chase(nextCase()), 'TRY_AGAIN');

      await stack.startPostgres();
      const back = Date.now();
      await eventually(async () => {
        const answer = await api.call('POST', '/auth/login', {
          body: { username: 'organizer', password: 'chuangjian-demo' },
        });
        expect([200, 503]).toContain(answer.status);
        expect(answer.status).toBe(200);
      }, RECOVERY_BOUND_MS);
      figures.push(['database_back_to_first_login', Date.now() - back, 'ms']);
      const pendingRecord = ledger.records.at(-2)!;
      await eventually(async () => {
        const file = await api.call('GET', `${CASES}/${pendingRecord.communityId}`, {
          token: as('organizer'),
        });
        expect(reasonsOf(file)).toContain(pendingRecord.message);
      }, 60_000);
      figures.push(['database_back_to_read_model_caught_up', Date.now() - back, 'ms']);
      expect(
        (await post('community-c-06', `${CASES}/c-06/application`, { content: { summary: '申报' } })).status,
      ).toBe(200);
    }, 180_000);
  });

  it('should have every accepted action in the case file and the audit trail exactly once, once 503s are retried', async () => {
    // What the 503 asks for: the same action again with the same Idempotency-Key.
    for (const record of ledger.records.filter(
      (each) => !each.answers.some((answer) => answer.status === 200),
    )) {
      await eventually(async () => expect((await ledger.retry(record)).status).toBe(200), 60_000);
    }
    const byCase = new Map<string, string[]>();
    const timesApplied = (record: ActionRecord) =>
      byCase.get(record.communityId)!.filter((message) => message === record.message).length;
    // Not found, or found twice, with what each answered: the failure message names them.
    const wrong = () =>
      ledger.records
        .filter((record) => timesApplied(record) !== 1)
        .map((record) => ({
          key: record.key,
          communityId: record.communityId,
          times: timesApplied(record),
          answers: record.answers.map((answer) => answer.code ?? answer.status),
        }));
    await eventually(async () => {
      for (const communityId of new Set(ledger.records.map((record) => record.communityId))) {
        const file = await api.call('GET', `${CASES}/${communityId}`, { token: as('organizer') });
        byCase.set(communityId, reasonsOf(file));
      }
      expect(wrong()).toEqual([]);
    }, 60_000);
    // Every decision in the read model has its one audit link (the trail also opens with CASE_OPENED).
    for (const communityId of byCase.keys()) {
      const file = await api.call('GET', `${CASES}/${communityId}`, { token: as('organizer') });
      const audit = await api.call('GET', `${CASES}/${communityId}/audit?limit=500`, {
        token: as('organizer'),
      });
      const decisions = (file.body.state as { decisions: unknown[] }).decisions;
      expect((audit.body.items as unknown[]).length).toBe(decisions.length + 1);
    }
    const verified = await post('organizer', `/campaigns/${CAMPAIGN}/audit/verify`, {});
    expect(verified.body).toMatchObject({ ok: true });

    const answers = ledger.answers();
    const unavailable = answers.filter((answer) => answer.status === 503);
    expect(answers.filter((answer) => answer.status >= 500 && answer.status !== 503)).toEqual([]);
    expect(unavailable.every((answer) => UNAVAILABLE_CODES.includes(answer.code!))).toBe(true);
    expect(answers.filter((answer) => answer.ms >= ACTION_BOUND_MS)).toEqual([]);
    figures.push(
      ['faults_injected', faults, 'faults'],
      ['actions_attempted', ledger.records.length, 'actions'],
      ['action_requests_sent', answers.length, 'requests'],
      ['answered_503', unavailable.length, 'requests'],
      ['slowest_answer', Math.max(...answers.map((answer) => answer.ms)), 'ms'],
      [
        'answered_5xx_other_than_503',
        answers.filter((a) => a.status >= 500 && a.status !== 503).length,
        'requests',
      ],
      ['accepted_lost', ledger.accepted().filter((record) => timesApplied(record) === 0).length, 'actions'],
      ['doubled', ledger.records.filter((record) => timesApplied(record) > 1).length, 'actions'],
    );
  }, 300_000);
});

/** The first reason of every decision in a case file (GET …/cases/:communityId), oldest first. */
function reasonsOf(file: Answer): string[] {
  const state = file.body.state as { decisions: { reasons?: string[] }[] } | undefined;
  expect(state).toBeDefined();
  return state!.decisions.map((decision) => decision.reasons?.[0] ?? '');
}
