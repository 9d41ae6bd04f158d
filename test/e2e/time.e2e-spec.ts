import { randomUUID } from 'node:crypto';
import { Client } from '@temporalio/client';
import { localDateOf } from '@app/domain';
import { UserRole } from '@app/persistence';
import { caseWorkflowId } from '@app/workflows/community-case/community-case.contract';
import { buildStandard } from '../../libs/domain/src/standard/standard.fixture';
import { campaignBody } from '../support/campaign-body';
import { eventually } from '../support/eventually';
import { seedTree } from '../support/reference-tree';
import { createTestApp, TestApp, TestUser } from '../support/test-app';

const FORMS =
  'Expected a date, 2027-01-15 (the end of that day in Asia/Shanghai); a date and time, 2027-01-15T17:00 or ' +
  '2027-01-15 17:00:00 (read in Asia/Shanghai); or either with an offset, 2027-01-15T17:00+08:00 or 2027-01-15T09:00Z';

// Dates a year or two ahead of whenever the test runs, so every deadline is still in the future.
const YEAR = Number(localDateOf(Date.now(), 'Asia/Shanghai').slice(0, 4)) + 1;

describe('time as Chinese offices count it: date-time inputs, working days (issue 10)', () => {
  let t: TestApp;
  let organizer: TestUser;
  let clerk: TestUser;
  let admin: TestUser;
  let standardCode: string;
  const as = (user: TestUser) => t.as(user);

  beforeAll(async () => {
    t = await createTestApp();
    await seedTree(t.harness.dataSource, [
      ['tz', null, 'PROVINCE'],
      ['tz-street', 'tz', 'STREET'],
      ['tz-c1', 'tz-street', 'COMMUNITY', 'URBAN'],
      ['tz-c2', 'tz-street', 'COMMUNITY', 'URBAN'],
    ]);
    [organizer, clerk, admin] = await Promise.all([
      t.user(UserRole.ORGANIZER, 'tz-street'),
      t.user(UserRole.COMMUNITY, 'tz-c1'),
      t.user(UserRole.ADMIN),
    ]);
    standardCode = `TZ-${randomUUID().slice(0, 8)}`;
    const { version: _version, ...standard } = { ...buildStandard(), code: standardCode };
    await as(admin).post('/standards', standard).expect(201);
  });
  afterAll(async () => {
    await t.close();
  });

  const newId = () => `tz-${randomUUID().slice(0, 8)}`;
  const body = (id: string, schedule: Record<string, unknown> = {}, policy: Record<string, unknown> = {}) => {
    const base = campaignBody(id, standardCode, 'tz-street');
    return {
      ...base,
      schedule: { ...base.schedule, ...schedule },
      inspectionPolicy: { ...base.inspectionPolicy, ...policy },
    };
  };

  describe('one rule for every date-time input', () => {
    it('should read dates alone in POST /campaigns as the end of that day in Beijing, and echo the instant', async () => {
      const schedule = {
        applicationOpensAt: `${YEAR}-01-05T09:00`,
        applicationDueAt: `${YEAR}-02-10`,
        selfCheckDueAt: `${YEAR}-03-10`,
        inspectionStartsAt: ` ${YEAR}-03-11 `,
        inspectionDueAt: `${YEAR}-04-10T17:00+08:00`,
        awardAt: `${YEAR}-05-10T01:00Z`,
      };
      const response = await as(organizer).post('/campaigns', body(newId(), schedule)).expect(201);

      expect(response.body.schedule).toMatchObject({
        applicationOpensAt: `${YEAR}-01-05T09:00:00.000+08:00`,
        applicationDueAt: `${YEAR}-02-10T23:59:59.999+08:00`,
        selfCheckDueAt: `${YEAR}-03-10T23:59:59.999+08:00`,
        inspectionStartsAt: `${YEAR}-03-11T23:59:59.999+08:00`,
        inspectionDueAt: `${YEAR}-04-10T17:00:00.000+08:00`,
        awardAt: `${YEAR}-05-10T09:00:00.000+08:00`,
      });
    });

    it('should answer 400 naming each bad field, what is wrong and the accepted forms', async () => {
      const response = await as(organizer)
        .post('/campaigns', body(newId(), { applicationDueAt: `${YEAR}-02-30`, awardAt: `${YEAR}/05/10` }))
        .expect(400);

      expect(response.body).toEqual({
        statusCode: 400,
        code: 'INVALID_REQUEST',
        message: 'The request body has problems; each is listed.',
        details: {
          problems: [
            {
              field: 'schedule.applicationDueAt',
              message: `applicationDueAt: ${YEAR}-02-30 is not a day of the calendar (${YEAR}-02 has ${YEAR % 4 === 0 ? 29 : 28} days). ${FORMS}`,
            },
            {
              field: 'schedule.awardAt',
              message: `awardAt: "${YEAR}/05/10" is not in a form this field reads. ${FORMS}`,
            },
          ],
        },
      });
    });

    it('should read a PATCH of the schedule under the same rule', async () => {
      const id = newId();
      await as(organizer).post('/campaigns', body(id)).expect(201);
      const bad = await as(organizer)
        .patch(`/campaigns/${id}`, { schedule: { awardAt: '明年' } })
        .expect(400);
      expect(bad.body.details.problems).toEqual([
        { field: 'schedule.awardAt', message: `awardAt: "明年" is not in a form this field reads. ${FORMS}` },
      ]);
    });

    describe('on a launched campaign and its started case', () => {
      let campaignId: string;
      const caseOf = async () =>
        (await as(organizer).get(`/campaigns/${campaignId}/cases/tz-c1`).expect(200)).body.state;

      beforeAll(async () => {
        campaignId = newId();
        await as(organizer).post('/campaigns', body(campaignId)).expect(201);
        await as(organizer).post(`/campaigns/${campaignId}/launch`).expect(200);
        await as(clerk).post(`/campaigns/${campaignId}/cases/tz-c1/application`, { content: {} }).expect(200);
        await as(organizer)
          .post(`/campaigns/${campaignId}/cases/tz-c1/review`, { decision: 'ACCEPT' })
          .expect(200);
      });

      it('should store extend-deadline’s date alone as 23:59:59.999 Beijing, not 00:00 UTC', async () => {
        const response = await as(organizer)
          .post(`/campaigns/${campaignId}/cases/tz-c1/extend-deadline`, {
            newDueAt: `${YEAR + 1}-01-15`,
            reason: '延期',
          })
          .expect(200);
        expect(response.body.state.deadlines.selfCheck.dueAt).toBe(`${YEAR + 1}-01-15T15:59:59.999Z`);
      });

      it('should read extend-deadline’s time without an offset in Beijing, not in the server’s zone', async () => {
        const response = await as(organizer)
          .post(`/campaigns/${campaignId}/cases/tz-c1/extend-deadline`, {
            newDueAt: `${YEAR + 1}-01-25T00:00`,
            reason: '再延期',
          })
          .expect(200);
        expect(response.body.state.deadlines.selfCheck.dueAt).toBe(`${YEAR + 1}-01-24T16:00:00.000Z`);
        expect((await caseOf()).deadlines.selfCheck.dueAt).toBe(`${YEAR + 1}-01-24T16:00:00.000Z`);
      });

      it('should refuse an impossible extend-deadline with 400, leaving the deadline as it was', async () => {
        const response = await as(organizer)
          .post(`/campaigns/${campaignId}/cases/tz-c1/extend-deadline`, {
            newDueAt: `${YEAR + 1}-01-25T24:30`,
            reason: '延期',
          })
          .expect(400);
        expect(response.body.details.problems).toEqual([
          {
            field: 'newDueAt',
            message: `newDueAt: 24:30 is not a time of day (00:00 to 23:59:59, or 24:00). ${FORMS}`,
          },
        ]);
        expect((await caseOf()).deadlines.selfCheck.dueAt).toBe(`${YEAR + 1}-01-24T16:00:00.000Z`);
      });

      it('should store extend-phase’s date alone as the end of that day in Beijing', async () => {
        const response = await as(organizer)
          .post(`/campaigns/${campaignId}/extend-phase`, {
            phase: 'inspection',
            newDueAt: `${YEAR + 1}-06-30`,
            reason: '全体延期',
          })
          .expect(200);
        expect(response.body.schedule.inspectionDueAt).toBe(`${YEAR + 1}-06-30T15:59:59.999Z`);
      });

      it('should start the case with the deployment’s zone in its input', async () => {
        const input = await startInput(t, campaignId, 'tz-c1');
        expect(input).toMatchObject({ timeZone: 'Asia/Shanghai' });
        // A campaign counting calendar days carries no calendar.
        expect(input).not.toHaveProperty('calendar');
      });
    });
  });

  describe('the working-day calendar', () => {
    it('should ship the 2026 arrangement with its source: 248 working days, 33 days off and 6 make-up days', async () => {
      const response = await as(clerk).get('/working-calendar/2026').expect(200);

      expect(response.body).toMatchObject({
        year: 2026,
        known: true,
        source: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社全文发布）',
        importedBy: 'system',
        workingDays: 248,
      });
      const days = response.body.days as { date: string; kind: string; label: string; name: string }[];
      expect(days.filter((day) => day.kind === 'REST')).toHaveLength(33);
      expect(days.filter((day) => day.label === '班').map((day) => day.date)).toEqual([
        '2026-01-04',
        '2026-02-14',
        '2026-02-28',
        '2026-05-09',
        '2026-09-20',
        '2026-10-10',
      ]);
      expect(days).toContainEqual({ date: '2026-10-01', kind: 'REST', label: '休', name: '国庆节' });
    });

    it('should show a year without an arrangement as weekends only, saying so', async () => {
      const response = await as(organizer).get('/working-calendar/2031').expect(200);
      expect(response.body).toEqual({
        year: 2031,
        known: false,
        source: null,
        importedBy: null,
        importedAt: null,
        workingDays: 261,
        days: [],
        note: '2031年的节假日安排尚未导入：工作日按周一至周五计算，不含节假日和调休',
      });
      await as(organizer).get('/working-calendar/1999').expect(400);
    });

    const upload = (user: TestUser, csv: string, year: number, source = '测试用节假日安排') =>
      t
        .http()
        .post(`/working-calendar/${year}/import?source=${encodeURIComponent(source)}`)
        .set('Authorization', `Bearer ${user.token}`)
        .attach('file', Buffer.from(csv), 'calendar.csv');

    it('should import a year from CSV (ADMIN only), replacing what it held, and audit it', async () => {
      const csv = '日期,类型,名称\n2099-01-01,休,元旦\n2099/1/2,休,元旦\n2099年1月3日,班,元旦\n';
      await upload(organizer, csv, 2099).expect(403);

      const imported = await upload(admin, csv, 2099).expect(201);
      expect(imported.body).toMatchObject({ year: 2099, known: true, source: '测试用节假日安排' });
      expect(imported.body.days).toEqual([
        { date: '2099-01-01', kind: 'REST', label: '休', name: '元旦' },
        { date: '2099-01-02', kind: 'REST', label: '休', name: '元旦' },
        { date: '2099-01-03', kind: 'WORK', label: '班', name: '元旦' },
      ]);
      await upload(admin, '日期,类型\n2099-05-01,休\n', 2099, '更正后的安排').expect(201);
      const again = await as(organizer).get('/working-calendar/2099').expect(200);
      expect(again.body).toMatchObject({
        source: '更正后的安排',
        days: [{ date: '2099-05-01', kind: 'REST' }],
      });
      expect((await as(organizer).get('/working-calendar').expect(200)).body.years).toEqual(
        expect.arrayContaining([2026, 2099]),
      );
      const audit = await t.harness.dataSource.query<{ n: string }[]>(
        `SELECT count(*) AS n FROM audit_event WHERE action = 'IMPORT_WORKING_CALENDAR'`,
      );
      expect(Number(audit[0].n)).toBeGreaterThanOrEqual(2);
    });

    it('should refuse a file with bad rows, naming each, and write nothing', async () => {
      const csv = '日期,类型,名称\n2098-02-30,休,x\n2097-01-01,休,\n2098-01-06,班,周一\n2098-01-07,半天,\n';
      const response = await upload(admin, csv, 2098).expect(422);
      expect(response.body.details.rows).toEqual([
        {
          row: 2,
          column: '日期',
          cell: 'A2',
          problem:
            '2098-02-30 is not a day of the calendar; expected a date such as 2026-12-31, 2026/12/31, 2026年12月31日, 2026.12.31, 20261231 or a date cell',
        },
        { row: 3, column: '日期', problem: '2097-01-01 is not in 2098, the year being imported' },
        {
          row: 4,
          column: '类型',
          problem:
            '2098-01-06 is a 星期一, a working day anyway; 班 marks a Saturday or Sunday worked (调休)',
        },
        { row: 5, column: '类型', cell: 'B5', problem: 'expected one of 休, 班 (or REST, WORK); got 半天' },
      ]);
      expect((await as(admin).get('/working-calendar/2098').expect(200)).body.known).toBe(false);
      const noSource = await t
        .http()
        .post('/working-calendar/2098/import')
        .set('Authorization', `Bearer ${admin.token}`)
        .attach('file', Buffer.from('日期,类型\n2098-01-01,休\n'), 'c.csv')
        .expect(400);
      expect(noSource.body.details.problems[0].field).toBe('source');
    });

    it('should take a campaign’s notice in working days, warn about years not imported, and carry the calendar into its cases', async () => {
      const id = newId();
      const created = await as(organizer)
        .post(
          '/campaigns',
          body(id, { noticeDays: 5, noticeDayKind: 'WORKING' }, { rectificationDayKind: 'WORKING' }),
        )
        .expect(201);
      expect(created.body.schedule).toMatchObject({ noticeDays: 5, noticeDayKind: 'WORKING' });
      const yearOf = (iso: string) => Number(localDateOf(Date.parse(iso), 'Asia/Shanghai').slice(0, 4));
      const { applicationOpensAt, awardAt } = created.body.schedule as Record<string, string>;
      const missing: number[] = [];
      for (let year = yearOf(applicationOpensAt); year <= yearOf(awardAt); year += 1) {
        if (year !== 2026) missing.push(year);
      }
      expect(created.body.warnings.map((warning: { year: number }) => warning.year)).toEqual(missing);

      await as(organizer).post(`/campaigns/${id}/launch`).expect(200);
      await as(clerk).post(`/campaigns/${id}/cases/tz-c1/application`, { content: {} }).expect(200);
      const input = (await startInput(t, id, 'tz-c1')) as {
        timings: Record<string, unknown>;
        calendar: { years: number[]; days: Record<string, string> };
      };
      expect(input.timings).toMatchObject({ noticeWorkingDays: 5, rectificationWorkingDays: 14 });
      const knownInRange = input.calendar.years;
      expect(knownInRange.every((year) => year === 2026)).toBe(true);
      if (knownInRange.includes(2026)) expect(input.calendar.days['2026-10-10']).toBe('WORK');

      // A year of the campaign imported later reaches the started case through the campaign's run.
      const lastYear = Math.max(...campaignYearsOf(created.body.schedule));
      const csv = `日期,类型,名称\n${lastYear}-01-01,休,元旦\n`;
      const imported = await upload(admin, csv, lastYear, `${lastYear}年测试用节假日安排`).expect(201);
      expect(imported.body.campaignsInformed).toBeGreaterThanOrEqual(1);
      const told = await eventually(async () => {
        const signals = await signalsTo(t, id, 'tz-c1', 'workingCalendarChanged');
        expect(signals).toHaveLength(1);
        return signals[0] as { years: number[]; days: Record<string, string> };
      });
      expect(told.years).toContain(lastYear);
      expect(told.days[`${lastYear}-01-01`]).toBe('REST');
    });

    it('should refuse a day kind it does not know with 400', async () => {
      const response = await as(organizer)
        .post('/campaigns', body(newId(), { noticeDayKind: 'WORKDAYS' }))
        .expect(400);
      expect(response.body.details.problems).toEqual([
        { field: 'schedule.noticeDayKind', message: 'noticeDayKind must be CALENDAR or WORKING' },
      ]);
    });
  });
});

/** The years a campaign's periods can fall in (campaignYears in the deployment's zone). */
function campaignYearsOf(schedule: { applicationOpensAt: string; awardAt: string }): number[] {
  const yearOf = (iso: string) => Number(localDateOf(Date.parse(iso), 'Asia/Shanghai').slice(0, 4));
  const years: number[] = [];
  for (let year = yearOf(schedule.applicationOpensAt); year <= yearOf(schedule.awardAt) + 1; year += 1)
    years.push(year);
  return years;
}

/** The arguments of every signal of that name a case workflow received, in order. */
async function signalsTo(
  t: TestApp,
  campaignId: string,
  communityId: string,
  name: string,
): Promise<unknown[]> {
  const history = await t.app
    .get(Client)
    .workflow.getHandle(caseWorkflowId(campaignId, communityId))
    .fetchHistory();
  return (history.events ?? [])
    .map((event) => event.workflowExecutionSignaledEventAttributes)
    .filter((signal) => signal?.signalName === name)
    .map((signal) => JSON.parse(Buffer.from(signal!.input!.payloads![0].data!).toString('utf8')) as unknown);
}

/** The input a case workflow was started with, read from its history's first event. */
async function startInput(t: TestApp, campaignId: string, communityId: string): Promise<unknown> {
  const client = t.app.get(Client);
  const history = await client.workflow.getHandle(caseWorkflowId(campaignId, communityId)).fetchHistory();
  const payload = history.events?.[0].workflowExecutionStartedEventAttributes?.input?.payloads?.[0];
  return JSON.parse(Buffer.from(payload!.data!).toString('utf8'));
}
