import { DomainError, DomainErrorCode, UserRole } from '@app/domain';
import type { CaseBatchRepository, CaseBatchRow } from '@app/persistence';
import type { AccountStatusService } from '../auth/account-status.service';
import type { AuthenticatedActor } from '../auth/authenticated-actor';
import type { CaseActionRunner } from '../cases/case-action-runner';
import { outOfReach } from './batch-actions';
import { BATCH_CONCURRENCY, CaseBatchRunner } from './case-batch.runner';

const BATCH: CaseBatchRow = {
  id: '6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
  campaignId: 'cmp',
  action: 'CHASE',
  params: { message: '请尽快申报' },
  fingerprint: 'f',
  createdBy: 'u-org',
  createdAt: '2026-11-30T00:00:00.000Z',
  stoppedAt: null,
  stoppedBy: null,
};
const ORGANIZER: AuthenticatedActor = {
  userId: 'u-org',
  role: UserRole.ORGANIZER,
  displayName: '街道创建办',
  scopeId: 's1',
  scopePath: '/d1/s1/',
};

/**
 * Runs a batch of `cases` whose starter is disabled after `activeFor` account checks, and which is
 * stopped after `runFor` stop checks.
 */
async function runWithStarterDisabledAfter(cases: number, activeFor: number, runFor = Infinity) {
  const queue = Array.from({ length: cases }, (_, i) => ({ position: i, communityId: `c-${i}` }));
  const recorded: number[] = [];
  let stopChecks = 0;
  const acted: string[] = [];
  const batches = {
    unfinished: jest.fn().mockResolvedValue(queue),
    isStopped: jest.fn(() => Promise.resolve(++stopChecks > runFor)),
    // Results of cases acted on; a case a worker took just as the batch stopped is recorded NOT_RUN.
    recordResult: jest.fn((_id: string, position: number, result: { status: string }) => {
      if (result.status !== 'NOT_RUN') recorded.push(position);
      return Promise.resolve();
    }),
  } as unknown as CaseBatchRepository;
  const runner = {
    act: jest.fn((_actor: unknown, ids: { communityId: string }) => {
      acted.push(ids.communityId);
      return Promise.resolve({});
    }),
  } as unknown as CaseActionRunner;
  let checks = 0;
  const accounts = {
    assertActive: jest.fn(() =>
      ++checks > activeFor
        ? Promise.reject(new DomainError(DomainErrorCode.UNAUTHENTICATED, 'disabled'))
        : Promise.resolve(),
    ),
  } as unknown as AccountStatusService;
  const batchRunner = new CaseBatchRunner(batches, runner, accounts);
  batchRunner.start(BATCH, ORGANIZER);
  await batchRunner.settled(BATCH.id);
  return { acted, recorded };
}

describe(CaseBatchRunner.name, () => {
  it('should act on every case while its starter stays active', async () => {
    const { acted, recorded } = await runWithStarterDisabledAfter(20, Infinity);
    expect(acted).toHaveLength(20);
    expect(recorded).toHaveLength(20);
  });

  it("should stop acting in a disabled starter's name, leaving the rest unfinished", async () => {
    const { acted, recorded } = await runWithStarterDisabledAfter(20, 3);
    expect(acted).toHaveLength(3);
    expect(recorded).toHaveLength(3);
  });

  it('should act on no further case once the batch is stopped', async () => {
    const { acted, recorded } = await runWithStarterDisabledAfter(20, Infinity, 5);
    expect(acted).toHaveLength(5);
    expect(recorded).toHaveLength(5);
  });

  it('should report the cases being acted on as in flight until each result is recorded, so a stop leaves them pending', async () => {
    const queue = Array.from({ length: BATCH_CONCURRENCY + 6 }, (_, i) => ({
      position: i,
      communityId: `c-${i}`,
    }));
    const answers: (() => void)[] = [];
    let stopped = false;
    let begun!: () => void;
    const allBegun = new Promise<void>((resolve) => (begun = resolve));
    const batches = {
      unfinished: jest.fn().mockResolvedValue(queue),
      isStopped: jest.fn(() => Promise.resolve(stopped)),
      recordResult: jest.fn().mockResolvedValue(undefined),
    } as unknown as CaseBatchRepository;
    const runner = {
      act: jest.fn(
        () =>
          new Promise<void>((resolve) => {
            answers.push(resolve);
            if (answers.length === BATCH_CONCURRENCY) begun();
          }),
      ),
    } as unknown as CaseActionRunner;
    const accounts = {
      assertActive: jest.fn().mockResolvedValue(undefined),
    } as unknown as AccountStatusService;
    const batchRunner = new CaseBatchRunner(batches, runner, accounts);
    batchRunner.start(BATCH, ORGANIZER);
    await allBegun;

    // Stopped now: the first BATCH_CONCURRENCY cases are in flight, none recorded, the rest not begun.
    expect(batchRunner.inFlight(BATCH.id)).toEqual(Array.from({ length: BATCH_CONCURRENCY }, (_, k) => k));
    stopped = true;
    answers.forEach((answer) => answer());
    await batchRunner.settled(BATCH.id);

    // Acted on: only those in flight; a case taken after the stop is recorded NOT_RUN by its worker.
    expect(runner.act).toHaveBeenCalledTimes(BATCH_CONCURRENCY);
    const statuses = (batches.recordResult as jest.Mock).mock.calls.map(
      ([, , result]: [string, number, { status: string }]) => result.status,
    );
    expect(statuses.filter((status) => status !== 'NOT_RUN')).toHaveLength(BATCH_CONCURRENCY);
    expect(batchRunner.inFlight(BATCH.id)).toEqual([]);
    expect(batchRunner.isRunning(BATCH.id)).toBe(false);
  });

  it('should count a case as in flight while its stop check runs, so a stop meanwhile never calls it 未执行', async () => {
    let answerCheck!: (stopped: boolean) => void;
    const batches = {
      unfinished: jest.fn().mockResolvedValue([{ position: 7, communityId: 'c-7' }]),
      isStopped: jest.fn(() => new Promise<boolean>((resolve) => (answerCheck = resolve))),
      recordResult: jest.fn().mockResolvedValue(undefined),
    } as unknown as CaseBatchRepository;
    const runner = { act: jest.fn().mockResolvedValue(undefined) } as unknown as CaseActionRunner;
    const accounts = {
      assertActive: jest.fn().mockResolvedValue(undefined),
    } as unknown as AccountStatusService;
    const batchRunner = new CaseBatchRunner(batches, runner, accounts);
    batchRunner.start(BATCH, ORGANIZER);
    while (answerCheck === undefined) await new Promise((resolve) => setImmediate(resolve));

    // The stop lands now, while the check (which read the batch before it) is still out.
    expect(batchRunner.inFlight(BATCH.id)).toEqual([7]);
    answerCheck(false);
    await batchRunner.settled(BATCH.id);
    expect(runner.act).toHaveBeenCalledTimes(1);
    expect(batches.recordResult).toHaveBeenCalledWith(
      BATCH.id,
      7,
      expect.objectContaining({ status: 'SUCCEEDED' }),
    );
  });

  it('should record a case gone out of reach as one that never was, with nothing of it', async () => {
    const results: unknown[] = [];
    const batches = {
      unfinished: jest.fn().mockResolvedValue([{ position: 1, communityId: 'b-01' }]),
      isStopped: jest.fn().mockResolvedValue(false),
      recordResult: jest.fn((_id: string, _position: number, result: unknown) => {
        results.push(result);
        return Promise.resolve();
      }),
    } as unknown as CaseBatchRepository;
    const runner = {
      act: jest.fn(() =>
        Promise.reject(
          new DomainError(DomainErrorCode.NOT_FOUND, 'No case for community b-01 in campaign cmp'),
        ),
      ),
    } as unknown as CaseActionRunner;
    const accounts = {
      assertActive: jest.fn().mockResolvedValue(undefined),
    } as unknown as AccountStatusService;
    const batchRunner = new CaseBatchRunner(batches, runner, accounts);
    batchRunner.start(BATCH, ORGANIZER);
    await batchRunner.settled(BATCH.id);
    expect(results).toEqual([outOfReach()]);
  });

  it('should stop taking cases once a result cannot be written, and end only when every write has settled', async () => {
    const queue = Array.from({ length: 40 }, (_, i) => ({ position: i, communityId: `c-${i}` }));
    let writesInFlight = 0;
    const batches = {
      unfinished: jest.fn().mockResolvedValue(queue),
      isStopped: jest.fn().mockResolvedValue(false),
      recordResult: jest.fn((_id: string, position: number) => {
        writesInFlight += 1;
        return new Promise<void>((resolve, reject) =>
          setImmediate(() => {
            writesInFlight -= 1;
            if (position === 0) reject(new Error('PostgreSQL is down'));
            else resolve();
          }),
        );
      }),
    } as unknown as CaseBatchRepository;
    const acted: string[] = [];
    const runner = {
      act: jest.fn((_actor: unknown, ids: { communityId: string }) => {
        acted.push(ids.communityId);
        return new Promise((resolve) => setImmediate(() => resolve({})));
      }),
    } as unknown as CaseActionRunner;
    const accounts = {
      assertActive: jest.fn().mockResolvedValue(undefined),
    } as unknown as AccountStatusService;
    const batchRunner = new CaseBatchRunner(batches, runner, accounts);
    batchRunner.start(BATCH, ORGANIZER);
    await batchRunner.settled(BATCH.id);
    expect(writesInFlight).toBe(0);
    expect(batchRunner.isRunning(BATCH.id)).toBe(false);
    expect(acted.length).toBeLessThan(40);
  });
});
