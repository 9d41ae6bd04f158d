/**
 * Times as a person in the deployment's zone reads them (“2026年12月1日 13:29”), and dates a person picks
 * turned into instants with an explicit offset. Pure (Intl only): the console and the server share it.
 */

/** The deployment's time zone unless one is given (the brief: default Asia/Shanghai). */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(instant: number, timeZone: string): LocalParts {
  let format = partFormatters.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partFormatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(
    format.formatToParts(new Date(instant)).map((part) => [part.type, part.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

function instantOf(value: string | number | Date): number | null {
  const instant =
    value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  return Number.isNaN(instant) ? null : instant;
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * An instant as local date and time in Chinese, e.g. `2026年12月1日 13:29`; `—` for null or an unreadable
 * value, so a missing date never shows as “Invalid Date”.
 */
export function formatLocalDateTime(
  value: string | number | Date | null | undefined,
  timeZone: string = DEFAULT_TIME_ZONE,
): string {
  const instant = value === null || value === undefined ? null : instantOf(value);
  if (instant === null) return '—';
  const p = partsIn(instant, timeZone);
  return `${p.year}年${p.month}月${p.day}日 ${pad(p.hour)}:${pad(p.minute)}`;
}

/** The local date alone, e.g. `2026年12月1日`. */
export function formatLocalDate(
  value: string | number | Date | null | undefined,
  timeZone: string = DEFAULT_TIME_ZONE,
): string {
  const instant = value === null || value === undefined ? null : instantOf(value);
  if (instant === null) return '—';
  const p = partsIn(instant, timeZone);
  return `${p.year}年${p.month}月${p.day}日`;
}

/** The zone's offset from UTC at an instant, in minutes (480 for Asia/Shanghai). */
export function zoneOffsetMinutes(instant: number, timeZone: string = DEFAULT_TIME_ZONE): number {
  const p = partsIn(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const whole = Math.abs(minutes);
  return `${sign}${pad(Math.floor(whole / 60))}:${pad(whole % 60)}`;
}

/**
 * A local wall-clock time in the zone as an ISO date-time with its explicit offset,
 * e.g. (2026, 12, 1, 23, 59, 59) → `2026-12-01T23:59:59+08:00`.
 */
export function localDateTimeIso(
  local: { year: number; month: number; day: number; hour: number; minute: number; second?: number },
  timeZone: string = DEFAULT_TIME_ZONE,
): string {
  const second = local.second ?? 0;
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, second);
  // The offset at the wall time read as UTC is right except within an hour of a DST change; a second
  // pass with the instant it gives settles those.
  let offset = zoneOffsetMinutes(wall, timeZone);
  offset = zoneOffsetMinutes(wall - offset * 60_000, timeZone);
  const date = `${String(local.year).padStart(4, '0')}-${pad(local.month)}-${pad(local.day)}`;
  return `${date}T${pad(local.hour)}:${pad(local.minute)}:${pad(second)}${offsetText(offset)}`;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date alone (`2026-12-01`) as a deadline: the end of that day in the zone, with its offset
 * (`2026-12-01T23:59:59+08:00`). Null when the text is not a real calendar date.
 */
export function endOfLocalDay(date: string, timeZone: string = DEFAULT_TIME_ZONE): string | null {
  const match = DATE_ONLY.exec(date);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  return localDateTimeIso({ year, month, day, hour: 23, minute: 59, second: 59 }, timeZone);
}

/** The local calendar date of an instant as `YYYY-MM-DD` (what a date picker shows for a deadline). */
export function localDateOf(
  value: string | number | Date,
  timeZone: string = DEFAULT_TIME_ZONE,
): string | null {
  const instant = instantOf(value);
  if (instant === null) return null;
  const p = partsIn(instant, timeZone);
  return `${String(p.year).padStart(4, '0')}-${pad(p.month)}-${pad(p.day)}`;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** How long until a deadline, or how long past it, in words a clerk reads: the two largest units. */
export interface TimeLeft {
  overdue: boolean;
  text: string;
}

/** `还剩 3天4小时` before a deadline, `已逾期 2天1小时` after it; minutes only under an hour. */
export function timeLeft(dueAt: string | number | Date, now: number): TimeLeft | null {
  const due = instantOf(dueAt);
  if (due === null) return null;
  const overdue = due <= now;
  const span = Math.abs(due - now);
  const days = Math.floor(span / DAY_MS);
  const hours = Math.floor((span % DAY_MS) / HOUR_MS);
  const minutes = Math.floor((span % HOUR_MS) / MINUTE_MS);
  const amount =
    days > 0
      ? `${days}天${hours > 0 ? `${hours}小时` : ''}`
      : hours > 0
        ? `${hours}小时${minutes > 0 ? `${minutes}分钟` : ''}`
        : `${Math.max(minutes, overdue ? 0 : 1)}分钟`;
  return { overdue, text: overdue ? `已逾期 ${amount}` : `还剩 ${amount}` };
}
