import type { Dayjs } from 'dayjs';
import {
  DEFAULT_TIME_ZONE,
  endOfLocalDay,
  formatLocalDate,
  formatLocalDateTime,
  instantOfWallTime,
  isoInZone,
  isValidTimeZone,
} from '@app/domain';

declare global {
  interface Window {
    /** Written by /console/settings.js (the API's TIME_ZONE); absent when the console runs without the API. */
    __CHUANGJIAN__?: { timeZone?: unknown };
  }
}

function deploymentTimeZone(): string {
  const zone = typeof window === 'undefined' ? undefined : window.__CHUANGJIAN__?.timeZone;
  return typeof zone === 'string' && isValidTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
}

/**
 * The zone the console shows and reads times in: the deployment's (the API's TIME_ZONE, Asia/Shanghai by
 * default). The rules are libs/domain/src/time's; this only binds them to that zone for the pages.
 */
export const CONSOLE_TIME_ZONE = deploymentTimeZone();

/** `2026年12月1日 13:29`, or `—` when there is no time to show. */
export function showDateTime(value: string | null | undefined): string {
  return value ? formatLocalDateTime(value, CONSOLE_TIME_ZONE) : '—';
}

/** `2026年12月1日`, or `—`. */
export function showDate(value: string | null | undefined): string {
  return value ? formatLocalDate(value, CONSOLE_TIME_ZONE) : '—';
}

/** A date picked for a deadline: the end of that day in the zone, sent with its offset. */
export function deadlineOf(date: Dayjs): string {
  return isoInZone(endOfLocalDay(date.format('YYYY-MM-DD'), CONSOLE_TIME_ZONE), CONSOLE_TIME_ZONE);
}

/** A date picked for a start: 00:00 of that day in the zone, sent with its offset. */
export function startOfDayOf(date: Dayjs): string {
  const wall = { year: date.year(), month: date.month() + 1, day: date.date() };
  const instant = instantOfWallTime(
    { ...wall, hour: 0, minute: 0, second: 0, millisecond: 0 },
    CONSOLE_TIME_ZONE,
  );
  // Midnight a daylight-saving change skips (no zone of China's has one): the end of the previous day + 1 ms.
  return isoInZone(
    instant ?? endOfLocalDay(date.subtract(1, 'day').format('YYYY-MM-DD'), CONSOLE_TIME_ZONE) + 1,
    CONSOLE_TIME_ZONE,
  );
}
