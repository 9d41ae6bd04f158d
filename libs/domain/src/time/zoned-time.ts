import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

// dayjs does the zone maths through the runtime's Intl (no time-zone database of its own), so the same
// code runs in Node, in the Temporal workflow sandbox and in the browser, where antd already brings it.
dayjs.extend(utc);
dayjs.extend(timezone);

/** The deployment's zone unless TIME_ZONE says otherwise; also the zone of cases started before it was passed. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** A wall-clock reading in some zone; month 1–12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/**
 * True for an IANA zone name the runtime knows in Area/Location form (Asia/Shanghai, Etc/GMT-8) or UTC.
 * Abbreviations and legacy names are refused even where the runtime knows them: CST is US Central there.
 */
export function isValidTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string') return false;
  if (zone !== 'UTC' && !/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)+$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

function wallText(wall: WallTime): string {
  const { year, month, day, hour, minute, second, millisecond } = wall;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}.${pad(millisecond, 3)}`;
}

/**
 * The instant (ms since the epoch) a wall-clock reading names in `zone`, or null when the zone skips it
 * (a daylight-saving gap). A reading the zone passes twice (clocks set back) is the later of the two.
 */
export function instantOfWallTime(wall: WallTime, zone: string): number | null {
  const text = wallText(wall);
  const zoned = dayjs.tz(text, zone);
  // A skipped reading comes back moved past the gap; it names no instant of its own.
  return zoned.format('YYYY-MM-DDTHH:mm:ss.SSS') === text ? zoned.valueOf() : null;
}

/** The calendar day (YYYY-MM-DD) an instant falls on in `zone`. */
export function localDateOf(instant: number, zone: string): string {
  return dayjs(instant).tz(zone).format('YYYY-MM-DD');
}

/** The last millisecond of a calendar day (YYYY-MM-DD) in `zone`: 23:59:59.999 there. */
export function endOfLocalDay(date: string, zone: string): number {
  const [year, month, day] = date.split('-').map(Number);
  const wall = { year, month, day, hour: 23, minute: 59, second: 59, millisecond: 999 };
  // 23:59:59.999 exists in every zone: no zone moves its clocks in the last minute of a day.
  return instantOfWallTime(wall, zone) ?? dayjs.tz(wallText(wall), zone).valueOf();
}

/** An instant as ISO 8601 with the zone's offset then, e.g. 2027-01-15T23:59:59.999+08:00. */
export function isoInZone(instant: number, zone: string): string {
  return dayjs(instant).tz(zone).format('YYYY-MM-DDTHH:mm:ss.SSSZ');
}

/** An instant read on the wall clock of `zone`, formatted with a dayjs pattern. */
export function formatInZone(instant: number, zone: string, pattern: string): string {
  return dayjs(instant).tz(zone).format(pattern);
}
