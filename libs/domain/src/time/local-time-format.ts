import { formatInZone } from './zoned-time';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds since the epoch of an instant given as ISO text, a number or a Date; null when unreadable. */
function instantOf(value: string | number | Date): number | null {
  const instant =
    typeof value === 'string' ? Date.parse(value) : typeof value === 'number' ? value : value.getTime();
  return Number.isNaN(instant) ? null : instant;
}

/**
 * An instant as a person in `zone` reads it, the way Chinese offices write it: `2026年12月1日 13:29`
 * (month and day without padding zeros, the time as HH:mm). For every text a person reads —
 * notifications, e-mails, exports; APIs keep ISO 8601.
 *
 * @param value an ISO 8601 instant (with its offset), milliseconds since the epoch, or a Date
 * @param zone an IANA zone, e.g. Asia/Shanghai
 * @returns the text; an unreadable value comes back unchanged, so a message never loses it
 */
export function formatLocalDateTime(value: string | number | Date, zone: string): string {
  const instant = instantOf(value);
  return instant === null ? String(value) : formatInZone(instant, zone, 'YYYY年M月D日 HH:mm');
}

/**
 * The day alone, `2026年12月1日`: of an instant in `zone`, or of a calendar date (`YYYY-MM-DD`, e.g. a
 * title's valid-until), which is that day wherever it is read.
 */
export function formatLocalDate(value: string | number | Date, zone: string): string {
  const date = typeof value === 'string' ? CALENDAR_DATE.exec(value) : null;
  if (date !== null) return `${Number(date[1])}年${Number(date[2])}月${Number(date[3])}日`;
  const instant = instantOf(value);
  return instant === null ? String(value) : formatInZone(instant, zone, 'YYYY年M月D日');
}
