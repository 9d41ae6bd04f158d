import { endOfLocalDay, localDateOf } from './zoned-time';

/**
 * A day the official arrangement marks: REST (休: a holiday, or a weekday given off by 调休) or WORK
 * (班: a Saturday or Sunday worked to make up for it, 调休上班).
 */
export type CalendarDayKind = 'REST' | 'WORK';

/** The words a file and a person use for each kind. */
export const CALENDAR_DAY_KIND_LABELS: Record<CalendarDayKind, string> = { REST: '休', WORK: '班' };

/**
 * Which days are working days (工作日). Monday to Friday are, Saturday and Sunday are not, except the
 * days the State Council's yearly holiday arrangement (国务院办公厅关于部分节假日安排的通知) marks.
 * Plain data, so a case workflow carries it in its input and counts deterministically.
 */
export interface WorkingCalendar {
  /** Years whose official arrangement is known; any other year counts weekends only. */
  years: number[];
  /** The marked days by calendar date (YYYY-MM-DD); unmarked days follow the week. */
  days: Record<string, CalendarDayKind>;
}

/** No arrangement known: Monday to Friday are working days, every year. */
export const WEEKENDS_ONLY: WorkingCalendar = { years: [], days: {} };

const DAY_MS = 86_400_000;

function utcMidnight(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

/** The calendar date `days` after `date` (negative: before); both YYYY-MM-DD. */
export function addCalendarDays(date: string, days: number): string {
  return new Date(utcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 Sunday … 6 Saturday, of a calendar date (no zone: a date is the same weekday everywhere). */
export function dayOfWeek(date: string): number {
  return new Date(utcMidnight(date)).getUTCDay();
}

/** True when people work on that calendar date: the arrangement's mark if any, else Monday to Friday. */
export function isWorkingDay(date: string, calendar: WorkingCalendar): boolean {
  const marked = calendar.days[date];
  if (marked !== undefined) return marked === 'WORK';
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6;
}

/**
 * The `count`-th working day after `date`, not counting `date` itself (民法典 第二百零一条: a period
 * counted in days starts on the next day); `count` 0 is `date` itself.
 */
export function nthWorkingDayAfter(date: string, count: number, calendar: WorkingCalendar): string {
  let day = date;
  for (let counted = 0; counted < count;) {
    day = addCalendarDays(day, 1);
    if (isWorkingDay(day, calendar)) counted += 1;
  }
  return day;
}

/**
 * When a period of `count` working days that starts at `from` ends: the last millisecond (24:00, 民法典
 * 第二百零三条) of the `count`-th working day after the day `from` falls on in `zone`. E.g. with the 2026
 * arrangement, 5 working days from Wednesday 2026-09-23 14:00 (Asia/Shanghai) are 9月24日, 28日, 29日,
 * 30日 and 10月8日 (中秋 9月25日–27日 and 国庆 10月1日–7日 are off): they end 2026-10-08 23:59:59.999;
 * from Friday 10月2日 they end on 10月13日, counting Saturday 10月10日 (调休上班).
 *
 * @param from the start, ms since the epoch
 * @param count whole working days, 0 or more
 * @returns ms since the epoch
 */
export function endOfWorkingDays(
  from: number,
  count: number,
  calendar: WorkingCalendar,
  zone: string,
): number {
  return endOfLocalDay(nthWorkingDayAfter(localDateOf(from, zone), count, calendar), zone);
}

/** The years from the day of `from` to the day of `to` (in `zone`) whose arrangement is not known. */
export function yearsWithoutArrangement(
  calendar: WorkingCalendar,
  from: number,
  to: number,
  zone: string,
): number[] {
  const first = Number(localDateOf(from, zone).slice(0, 4));
  const last = Number(localDateOf(Math.max(from, to), zone).slice(0, 4));
  const missing: number[] = [];
  for (let year = first; year <= last; year += 1) if (!calendar.years.includes(year)) missing.push(year);
  return missing;
}

/** The part of a calendar that concerns the given years (what a case needs to carry). */
export function calendarForYears(calendar: WorkingCalendar, years: number[]): WorkingCalendar {
  const wanted = new Set(years.map(String));
  const days = Object.fromEntries(
    Object.entries(calendar.days).filter(([date]) => wanted.has(date.slice(0, 4))),
  );
  return { years: calendar.years.filter((year) => years.includes(year)), days };
}

/** How many working days a year has under the calendar (weekends only when its arrangement is unknown). */
export function workingDaysInYear(year: number, calendar: WorkingCalendar): number {
  let count = 0;
  for (let day = `${year}-01-01`; day.startsWith(String(year)); day = addCalendarDays(day, 1)) {
    if (isWorkingDay(day, calendar)) count += 1;
  }
  return count;
}
