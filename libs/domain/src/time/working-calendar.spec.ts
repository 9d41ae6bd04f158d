import { STATE_COUNCIL_ARRANGEMENT_2026 } from './arrangements/state-council-2026.arrangement';
import {
  addCalendarDays,
  calendarForYears,
  dayOfWeek,
  endOfWorkingDays,
  isWorkingDay,
  nthWorkingDayAfter,
  WEEKENDS_ONLY,
  WorkingCalendar,
  yearsWithoutArrangement,
} from './working-calendar';

const SHANGHAI = 'Asia/Shanghai';
const CALENDAR_2026: WorkingCalendar = {
  years: [2026],
  days: Object.fromEntries(STATE_COUNCIL_ARRANGEMENT_2026.days.map((day) => [day.date, day.kind])),
};
const at = (iso: string) => Date.parse(iso);
const iso = (instant: number) => new Date(instant).toISOString();

describe('the shipped 2026 arrangement', () => {
  it('should hold the notice’s 33 days off and 6 make-up working days, each 班 on a weekend', () => {
    const rest = STATE_COUNCIL_ARRANGEMENT_2026.days.filter((day) => day.kind === 'REST');
    const work = STATE_COUNCIL_ARRANGEMENT_2026.days.filter((day) => day.kind === 'WORK');
    expect(rest).toHaveLength(3 + 9 + 3 + 5 + 3 + 3 + 7);
    expect(work.map((day) => day.date)).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    expect(work.every((day) => [0, 6].includes(dayOfWeek(day.date)))).toBe(true);
  });

  it('should match the weekdays the notice names (元旦 1月1日 周四, 春节 2月23日 周一, 国庆 10月7日 周三)', () => {
    expect(dayOfWeek('2026-01-01')).toBe(4);
    expect(dayOfWeek('2026-02-15')).toBe(0);
    expect(dayOfWeek('2026-02-23')).toBe(1);
    expect(dayOfWeek('2026-05-05')).toBe(2);
    expect(dayOfWeek('2026-10-07')).toBe(3);
  });
});

describe(isWorkingDay.name, () => {
  it('should count make-up weekends (调休上班) as working days and weekday holidays as days off', () => {
    expect(isWorkingDay('2026-01-04', CALENDAR_2026)).toBe(true); // Sunday, 元旦 make-up
    expect(isWorkingDay('2026-10-10', CALENDAR_2026)).toBe(true); // Saturday, 国庆 make-up
    expect(isWorkingDay('2026-01-02', CALENDAR_2026)).toBe(false); // Friday, 元旦
    expect(isWorkingDay('2026-02-23', CALENDAR_2026)).toBe(false); // Monday, 春节
    expect(isWorkingDay('2026-10-11', CALENDAR_2026)).toBe(false); // an ordinary Sunday
    expect(isWorkingDay('2026-10-12', CALENDAR_2026)).toBe(true); // an ordinary Monday
  });

  it('should count weekends only where no arrangement is known', () => {
    expect(isWorkingDay('2026-01-01', WEEKENDS_ONLY)).toBe(true);
    expect(isWorkingDay('2026-01-04', WEEKENDS_ONLY)).toBe(false);
  });
});

describe(nthWorkingDayAfter.name, () => {
  it('should give 248 working days in 2026: 261 weekdays, 19 of them off, 6 weekends worked', () => {
    let working = 0;
    for (let day = '2026-01-01'; day <= '2026-12-31'; day = addCalendarDays(day, 1)) {
      if (isWorkingDay(day, CALENDAR_2026)) working += 1;
    }
    expect(working).toBe(261 - 19 + 6);
    expect(nthWorkingDayAfter('2025-12-31', working, CALENDAR_2026)).toBe('2026-12-31');
  });

  it('should not count the start day and step over 春节 to the make-up Saturday 2月28日', () => {
    expect(nthWorkingDayAfter('2026-02-12', 1, CALENDAR_2026)).toBe('2026-02-13');
    expect(nthWorkingDayAfter('2026-02-12', 2, CALENDAR_2026)).toBe('2026-02-14');
    expect(nthWorkingDayAfter('2026-02-12', 3, CALENDAR_2026)).toBe('2026-02-24');
    expect(nthWorkingDayAfter('2026-02-23', 5, CALENDAR_2026)).toBe('2026-02-28');
    expect(nthWorkingDayAfter('2026-02-23', 0, CALENDAR_2026)).toBe('2026-02-23');
  });

  it('should cross a year end into weekends-only counting when the next year is not known', () => {
    expect(nthWorkingDayAfter('2026-12-30', 3, CALENDAR_2026)).toBe('2027-01-04');
  });
});

describe(endOfWorkingDays.name, () => {
  it('should end a 5-working-day 公示 over 中秋 and 国庆 at 24:00 Beijing time of 10月8日', () => {
    const end = endOfWorkingDays(at('2026-09-23T06:00:00Z'), 5, CALENDAR_2026, SHANGHAI);
    expect(iso(end)).toBe('2026-10-08T15:59:59.999Z');
  });

  it('should count the make-up Saturday 10月10日 as a working day', () => {
    const end = endOfWorkingDays(at('2026-10-02T02:00:00Z'), 5, CALENDAR_2026, SHANGHAI);
    expect(iso(end)).toBe('2026-10-13T15:59:59.999Z');
  });

  it('should start from the day in the zone, not in UTC (an evening in Beijing is the next UTC day’s eve)', () => {
    // 2026-09-30 23:30 Beijing is 15:30 UTC the same date; 2026-09-30 01:00 Beijing is 17:00 UTC on the 29th.
    expect(iso(endOfWorkingDays(at('2026-09-29T17:00:00Z'), 1, CALENDAR_2026, SHANGHAI))).toBe(
      '2026-10-08T15:59:59.999Z',
    );
    expect(iso(endOfWorkingDays(at('2026-09-29T15:00:00Z'), 1, CALENDAR_2026, SHANGHAI))).toBe(
      '2026-09-30T15:59:59.999Z',
    );
  });
});

describe(yearsWithoutArrangement.name, () => {
  it('should name each year of the span whose arrangement is not known', () => {
    expect(
      yearsWithoutArrangement(
        CALENDAR_2026,
        at('2026-03-01T00:00:00Z'),
        at('2027-03-01T00:00:00Z'),
        SHANGHAI,
      ),
    ).toEqual([2027]);
    expect(
      yearsWithoutArrangement(
        CALENDAR_2026,
        at('2026-03-01T00:00:00Z'),
        at('2026-12-31T15:00:00Z'),
        SHANGHAI,
      ),
    ).toEqual([]);
    // 2026-12-31 16:00 UTC is already 2027 in Beijing.
    expect(
      yearsWithoutArrangement(
        CALENDAR_2026,
        at('2026-03-01T00:00:00Z'),
        at('2026-12-31T16:00:00Z'),
        SHANGHAI,
      ),
    ).toEqual([2027]);
  });
});

describe(calendarForYears.name, () => {
  it('should keep only the days and known years asked for', () => {
    const both: WorkingCalendar = {
      years: [2026, 2027],
      days: { ...CALENDAR_2026.days, '2027-01-01': 'REST' },
    };
    expect(calendarForYears(both, [2027, 2028])).toEqual({ years: [2027], days: { '2027-01-01': 'REST' } });
  });
});
