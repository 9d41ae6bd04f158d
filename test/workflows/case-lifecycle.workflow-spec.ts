import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import {
  addCalendarDays,
  CaseStage,
  CaseState,
  DomainErrorCode,
  endOfWorkingDays,
  localDateOf,
  WEEKENDS_ONLY,
  WorkingCalendar,
} from '@app/domain';
import * as contract from '@app/workflows/community-case/community-case.contract';
import { caseInput, CLERK, inspector, ORGANIZER, startCase } from '../support/case-fixtures';
import { confirm, FULL_MARKS, inspect, toInspection } from '../support/case-driver';
import { createWorkerHarness, WorkerHarness } from '../support/test-worker';

async function rejection(promise: Promise<unknown>): Promise<ApplicationFailure> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
  return (error as WorkflowUpdateFailedError).cause as ApplicationFailure;
}

// The standard fixture's urban items: A-01 (max 10), A-02 (5), B-01 (10) = 25 points, normalised to 100.
describe('the case lifecycle from inspection to award (real Temporal dev server, real PostgreSQL)', () => {
  let harness: WorkerHarness;
  beforeAll(async () => {
    harness = await createWorkerHarness();
  });
  afterAll(async () => {
    await harness.close();
  });

  it.each([
    ['精品', { 'A-01': 10, 'A-02': 5, 'B-01': 8 }, 92],
    ['示范', { 'A-01': 10, 'A-02': 5, 'B-01': 5 }, 80],
    ['达标', { 'A-01': 10, 'A-02': 3, 'B-01': 5 }, 72],
  ])('should award the %s tier after the notice period when the total is %p', async (tier, sheet, total) => {
    const { handle, input } = await startCase(harness);
    await toInspection(handle);
    const scored = await inspect(handle, [sheet]);
    expect(scored.stage).toBe(CaseStage.SCORING);
    expect(scored.score).toMatchObject({ total, tier, passed: true });
    expect((await confirm(handle)).stage).toBe(CaseStage.NOTICE);

    const final: CaseState = await handle.result();
    expect(final.stage).toBe(CaseStage.AWARDED);
    const year = new Date(input.schedule.awardAt).getUTCFullYear();
    expect(final.award).toMatchObject({ tier, certificateNumber: `PA-${year}-c-01` });
    expect(final.award?.validUntil).toBe(
      `${new Date(final.award!.awardedAt).getUTCFullYear() + 3}${final.award!.awardedAt.slice(4, 10)}`,
    );
  });

  it('should combine several inspectors by the mean and flag a large self-check deviation', async () => {
    const { handle } = await startCase(harness);
    await toInspection(handle, FULL_MARKS);
    const scored = await inspect(handle, [
      { 'A-01': 8, 'A-02': 4, 'B-01': 6 },
      { 'A-01': 6, 'A-02': 4, 'B-01': 4 },
    ]);
    expect(scored.score).toMatchObject({
      total: 64,
      tier: null,
      passed: false,
      selfCheckTotal: 100,
      deviation: 36,
      deviationFlagged: true,
    });
    const closed = await confirm(handle);
    expect(closed.stage).toBe(CaseStage.NOT_AWARDED);
    expect(closed.closedReason).toBe('total 64 is below the lowest tier (达标 ≥ 70)');
  });

  it('should refuse the award whatever the score when a veto item is triggered', async () => {
    const { handle } = await startCase(harness);
    await toInspection(handle);
    const scored = await inspect(handle, [FULL_MARKS], { vetoFlags: ['V-01'] });
    expect(scored.score).toMatchObject({ total: 100, tier: null, passed: false, vetoTriggered: ['V-01'] });
    const closed = await confirm(handle);
    expect(closed.stage).toBe(CaseStage.NOT_AWARDED);
    expect(closed.closedReason).toBe('一票否决: V-01');
  });

  it('should lift the tier from 达标 to 示范 when a rectified item is re-checked higher', async () => {
    const { handle } = await startCase(harness);
    await toInspection(handle);
    const flagged = await inspect(handle, [{ 'A-01': 10, 'A-02': 5, 'B-01': 4 }], { rectifyItems: ['B-01'] });
    expect(flagged.stage).toBe(CaseStage.RECTIFICATION);
    expect(flagged.rectification?.items).toEqual(['B-01']);

    const rechecking = await handle.executeUpdate(contract.submitRectificationUpdate, {
      args: [{ content: '已整改', actor: CLERK }],
    });
    expect(rechecking.state).toMatchObject({ stage: CaseStage.INSPECTION, round: 2, recheckRounds: [2] });
    const onlyFlagged = await rejection(
      handle.executeUpdate(contract.submitCheckUpdate, {
        args: [
          {
            scores: { 'A-01': 10, 'B-01': 6 },
            vetoFlags: [],
            findings: '',
            rectifyItems: [],
            actor: inspector(1).actor,
          },
        ],
      }),
    );
    expect(onlyFlagged.type).toBe(DomainErrorCode.INVALID_SCORES);

    const rescored = await handle.executeUpdate(contract.submitCheckUpdate, {
      args: [
        {
          scores: { 'B-01': 6 },
          vetoFlags: [],
          findings: '已整改到位',
          rectifyItems: [],
          actor: inspector(1).actor,
        },
      ],
    });
    expect(rescored.state.stage).toBe(CaseStage.SCORING);
    expect(rescored.state.score).toMatchObject({ total: 84, tier: '示范' });
  });

  it('should refuse an inspector from the same street (回避) and accept a reassignment (转办) with a reason', async () => {
    const { handle } = await startCase(harness);
    await toInspection(handle);
    const sameStreet = { ...inspector(7, 'street-a') };
    const refused = await rejection(
      handle.executeUpdate(contract.assignInspectorsUpdate, {
        args: [
          {
            inspectors: [
              {
                userId: sameStreet.userId,
                displayName: sameStreet.displayName,
                streetId: 'street-a',
                communityId: null,
              },
            ],
            reason: '',
            actor: ORGANIZER,
          },
        ],
      }),
    );
    expect(refused.type).toBe(DomainErrorCode.VALIDATION_FAILED);
    expect(refused.details?.[0]).toEqual({
      problems: [
        { field: 'inspectors[0]', message: '检查员7 belongs to the same street as this community (回避)' },
      ],
    });

    const first = inspector(1);
    const second = inspector(2);
    const strip = ({ actor: _actor, ...assigned }: typeof first) => assigned;
    await handle.executeUpdate(contract.assignInspectorsUpdate, {
      args: [{ inspectors: [strip(first)], reason: '', actor: ORGANIZER }],
    });
    const noReason = await rejection(
      handle.executeUpdate(contract.assignInspectorsUpdate, {
        args: [{ inspectors: [strip(second)], reason: '', actor: ORGANIZER }],
      }),
    );
    expect(noReason.details?.[0]).toEqual({
      problems: [{ field: 'reason', message: 'changing assigned inspectors (转办) needs a reason' }],
    });
    await handle.executeUpdate(contract.assignInspectorsUpdate, {
      args: [{ inspectors: [strip(second)], reason: '检查员1出差', actor: ORGANIZER }],
    });

    const notAssigned = await rejection(
      handle.executeUpdate(contract.submitCheckUpdate, {
        args: [{ scores: FULL_MARKS, vetoFlags: [], findings: '', rectifyItems: [], actor: first.actor }],
      }),
    );
    expect(notAssigned.type).toBe(DomainErrorCode.FORBIDDEN);
    const scored = await handle.executeUpdate(contract.submitCheckUpdate, {
      args: [{ scores: FULL_MARKS, vetoFlags: [], findings: '', rectifyItems: [], actor: second.actor }],
    });
    expect(scored.state.stage).toBe(CaseStage.SCORING);
  });

  it('should end a notice counted in working days at 24:00 of the Nth working day of the calendar it carries', async () => {
    // The three days after today are marked off (休), so only the carried calendar gives this end.
    const today = localDateOf(Date.now(), 'Asia/Shanghai');
    const calendar: WorkingCalendar = {
      years: [Number(today.slice(0, 4))],
      days: Object.fromEntries([1, 2, 3].map((days) => [addCalendarDays(today, days), 'REST'] as const)),
    };
    const base = caseInput();
    const { handle } = await startCase(harness, {
      ...base,
      timeZone: 'Asia/Shanghai',
      calendar,
      timings: { ...base.timings, noticeMs: 60_000, noticeWorkingDays: 2 },
    });
    await toInspection(handle);
    await inspect(handle, [FULL_MARKS]);

    const notice = await confirm(handle);

    const confirmedAt = Date.parse(notice.decisions.at(-1)!.at);
    const expected = endOfWorkingDays(confirmedAt, 2, calendar, 'Asia/Shanghai');
    expect(notice.stage).toBe(CaseStage.NOTICE);
    expect(notice.noticeEndsAt).toBe(new Date(expected).toISOString());
    expect(expected).toBeGreaterThan(endOfWorkingDays(confirmedAt, 2, WEEKENDS_ONLY, 'Asia/Shanghai'));
    expect(new Date(expected).toISOString()).toMatch(/T15:59:59\.999Z$/);
  });

  it('should count a notice that starts after a calendar change with the calendar it was sent', async () => {
    const today = localDateOf(Date.now(), 'Asia/Shanghai');
    const base = caseInput();
    const { handle } = await startCase(harness, {
      ...base,
      timeZone: 'Asia/Shanghai',
      calendar: WEEKENDS_ONLY,
      timings: { ...base.timings, noticeMs: 60_000, noticeWorkingDays: 1 },
    });
    // Imported after the case started: tomorrow and the day after are off.
    const calendar: WorkingCalendar = {
      years: [Number(today.slice(0, 4))],
      days: Object.fromEntries([1, 2].map((days) => [addCalendarDays(today, days), 'REST'] as const)),
    };
    await handle.signal(contract.workingCalendarChangedSignal, calendar);
    await toInspection(handle);
    await inspect(handle, [FULL_MARKS]);

    const notice = await confirm(handle);

    const confirmedAt = Date.parse(notice.decisions.at(-1)!.at);
    expect(notice.noticeEndsAt).toBe(
      new Date(endOfWorkingDays(confirmedAt, 1, calendar, 'Asia/Shanghai')).toISOString(),
    );
  });

  describe('public notice and objections', () => {
    async function inNotice(noticeMs: number) {
      const started = await startCase(harness, {
        ...caseInput(),
        timings: { ...caseInput().timings, noticeMs },
      });
      await toInspection(started.handle);
      await inspect(started.handle, [FULL_MARKS]);
      await confirm(started.handle);
      return started.handle;
    }
    const object = (handle: Awaited<ReturnType<typeof inNotice>>) =>
      handle.executeUpdate(contract.raiseObjectionUpdate, {
        args: [
          {
            content: '该社区上月发生火灾未上报',
            actor: { userId: 'public:1', role: 'PUBLIC', displayName: '张先生' },
          },
        ],
      });
    const resolve = (
      handle: Awaited<ReturnType<typeof inNotice>>,
      decision: 'DISMISS' | 'UPHOLD_NOT_AWARDED' | 'UPHOLD_REINSPECT',
    ) =>
      handle.executeUpdate(contract.resolveObjectionUpdate, {
        args: [{ objectionId: 'objection-1', decision, reason: '经核实', actor: ORGANIZER }],
      });

    it('should hold the award until a dismissed objection is resolved, then award', async () => {
      const handle = await inNotice(3000);
      const objected = await object(handle);
      expect(objected.allowedActions).toContain('RESOLVE_OBJECTION');
      await resolve(handle, 'DISMISS');
      const final: CaseState = await handle.result();
      expect(final.stage).toBe(CaseStage.AWARDED);
      expect(final.objections[0].resolution?.decision).toBe('DISMISS');
    });

    it('should close as not awarded when an objection is upheld', async () => {
      const handle = await inNotice(60_000);
      await object(handle);
      const closed = await resolve(handle, 'UPHOLD_NOT_AWARDED');
      expect(closed.state).toMatchObject({
        stage: CaseStage.NOT_AWARDED,
        closedReason: 'objection upheld: 经核实',
      });
    });

    it('should send the case back to a full re-inspection when an objection is upheld for it', async () => {
      const handle = await inNotice(60_000);
      await object(handle);
      const reinspecting = await resolve(handle, 'UPHOLD_REINSPECT');
      expect(reinspecting.state).toMatchObject({
        stage: CaseStage.INSPECTION,
        round: 2,
        recheckRounds: [],
        score: null,
        noticeEndsAt: null,
      });
      const rescored = await handle.executeUpdate(contract.submitCheckUpdate, {
        args: [
          {
            scores: { 'A-01': 5, 'A-02': 5, 'B-01': 5 },
            vetoFlags: [],
            findings: '复查',
            rectifyItems: [],
            actor: inspector(1).actor,
          },
        ],
      });
      expect(rescored.state.score).toMatchObject({ total: 60, passed: false });
    });
  });
});
