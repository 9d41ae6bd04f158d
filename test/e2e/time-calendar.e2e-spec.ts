import { localDateOf } from '@app/domain';
import { eventually } from '../support/eventually';
import { TestUser } from '../support/test-app';
import {
  campaignYearsOf,
  admin,
  as,
  body,
  clerk,
  newId,
  organizer,
  signalsTo,
  startInput,
  t,
  useTimeWorld,
} from '../support/time-world';

// The tz tree, the accounts and the helpers are in test/support/time-world.ts.
// Here: the working-day calendar.
describe('time as Chinese offices count it: date-time inputs, working days (issue 10)', () => {
  useTimeWorld();

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
            '2098-02-30 不是日历上存在的日期；应填：日期，如 2026-12-31、2026/12/31、2026年12月31日、2026.12.31、20261231 或日期单元格',
        },
        { row: 3, column: '日期', cell: 'A3', problem: '2097-01-01 不在导入的年度 2098 内' },
        {
          row: 4,
          column: '类型',
          cell: 'B4',
          problem: '2098-01-06 是星期一，本来就是工作日；“班”只用于调休上班的周六或周日',
        },
        { row: 5, column: '类型', cell: 'B5', problem: '应填：休、班 之一（或 REST、WORK），此处为 半天' },
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
