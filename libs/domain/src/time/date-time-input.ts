import { instantOfWallTime, isoInZone, localDateOf, WallTime } from './zoned-time';

/** A date-time input read under the one rule; `iso` is what the reply echoes (the zone's offset). */
export interface DateTimeInput {
  /** Milliseconds since the epoch. */
  instant: number;
  /** ISO 8601 with the offset of the deployment's zone, e.g. 2027-01-15T23:59:59.999+08:00. */
  iso: string;
  /** The calendar day the instant falls on in the deployment's zone (YYYY-MM-DD). */
  localDate: string;
  /** True when only a date was given (so the instant is the end of that day). */
  dateOnly: boolean;
}

export type DateTimeInputResult = { ok: true; value: DateTimeInput } | { ok: false; problem: string };

// YYYY-MM-DD, then optionally [T or a space]HH:mm[:ss[.fraction]], then optionally Z or ±HH[:mm].
const SHAPE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;

/** The forms every date-time field accepts, as the 400 states them. */
export function acceptedDateTimeForms(zone: string): string {
  return (
    `a date, 2027-01-15 (the end of that day in ${zone}); a date and time, 2027-01-15T17:00 or ` +
    `2027-01-15 17:00:00 (read in ${zone}); or either with an offset, 2027-01-15T17:00+08:00 or 2027-01-15T09:00Z`
  );
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** Minutes east of UTC for Z, ±HH, ±HHmm or ±HH:mm; null when out of the world's range (−12:00…+14:00). */
function offsetMinutes(text: string): number | null {
  if (text === 'Z' || text === 'z') return 0;
  const digits = text.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  const total = (text.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
  return minutes < 60 && total >= -12 * 60 && total <= 14 * 60 ? total : null;
}

type Parsed = { wall: WallTime; dateOnly: boolean; offset: string | undefined } | { problem: string };

/** Splits the text into a checked wall-clock reading; every impossible part is named. */
function parseShape(text: string): Parsed {
  const match = SHAPE.exec(text);
  if (match === null) return { problem: `"${text}" is not in a form this field reads` };
  const [, y, mo, d, h, mi, s, fraction, offset] = match;
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  if (month < 1 || month > 12) return { problem: `month ${mo} does not exist` };
  if (day < 1 || day > daysInMonth(year, month)) {
    return {
      problem: `${y}-${mo}-${d} is not a day of the calendar (${y}-${mo} has ${daysInMonth(year, month)} days)`,
    };
  }
  const dateOnly = h === undefined;
  if (dateOnly && offset !== undefined) return { problem: 'an offset needs a time of day before it' };
  const [hour, minute, second] = [Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)];
  const millisecond = Number(((fraction ?? '') + '000').slice(0, 3));
  // 24:00 closes the day it follows (ISO 8601): read as that day's end, the same as the date alone.
  const endOfDay = hour === 24 && minute === 0 && second === 0 && millisecond === 0;
  if ((hour > 23 && !endOfDay) || minute > 59 || second > 59) {
    return {
      problem: `${h}:${mi}${s === undefined ? '' : `:${s}`} is not a time of day (00:00 to 23:59:59, or 24:00)`,
    };
  }
  if (dateOnly || endOfDay) {
    return {
      wall: { year, month, day, hour: 23, minute: 59, second: 59, millisecond: 999 },
      dateOnly,
      offset,
    };
  }
  return { wall: { year, month, day, hour, minute, second, millisecond }, dateOnly, offset };
}

/** The instant of a checked reading: at the given offset, else on the zone's clock. */
function instantOf(wall: WallTime, offset: string | undefined, zone: string): number | string {
  if (offset === undefined) {
    const instant = instantOfWallTime(wall, zone);
    return instant ?? `that time does not exist in ${zone} (its clocks skip it)`;
  }
  const minutes = offsetMinutes(offset);
  if (minutes === null) return `offset ${offset} is outside -12:00 to +14:00`;
  const { year, month, day, hour, minute, second, millisecond } = wall;
  return Date.UTC(year, month - 1, day, hour, minute, second, millisecond) - minutes * 60_000;
}

/**
 * The one rule for every date-time a person sends (deadlines, schedules, revocation days):
 * - a date alone, `2027-01-15`, is the END of that day in `zone` (23:59:59.999 there);
 * - a date and time without an offset, `2027-01-15T17:00` (or with a space), is read on `zone`'s clock;
 * - with `Z` or an offset, `2027-01-15T17:00+08:00`, it is taken as given;
 * - `24:00` is the end of the day it follows, like the date alone.
 * Surrounding whitespace is ignored. Impossible dates (2026-02-29, 2026-04-31), times (25:00, 12:60),
 * offsets beyond ±14:00 and readings a daylight-saving change skips are refused, each with its reason.
 *
 * @param text what the person sent
 * @param zone an IANA zone (the deployment's TIME_ZONE), e.g. Asia/Shanghai
 * @returns the instant, its ISO form in `zone` and its local date; or the problem, in words
 */
export function parseDateTimeInput(text: unknown, zone: string): DateTimeInputResult {
  if (typeof text !== 'string') return { ok: false, problem: 'expected text, not a number or an object' };
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'expected a date or a date-time, got nothing' };
  const parsed = parseShape(trimmed);
  if ('problem' in parsed) return { ok: false, problem: parsed.problem };
  const instant = instantOf(parsed.wall, parsed.offset, zone);
  if (typeof instant === 'string') return { ok: false, problem: instant };
  return {
    ok: true,
    value: {
      instant,
      iso: isoInZone(instant, zone),
      localDate: localDateOf(instant, zone),
      dateOnly: parsed.dateOnly,
    },
  };
}
