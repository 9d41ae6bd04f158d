/**
 * Calendar days as Chinese offices write them in spreadsheets. The calendar itself is the platform's
 * (Date in UTC, where every day has 24 hours); this file only recognises the forms.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
/** Day 0 of Excel's 1900 date system is 1899-12-30 (its day 60, 1900-02-29, never existed). */
const EXCEL_1900_EPOCH = Date.UTC(1899, 11, 30);
/** Day 0 of the 1904 date system some Mac workbooks use. */
const EXCEL_1904_EPOCH = Date.UTC(1904, 0, 1);

/**
 * A serial is taken only with five digits: 10000 … 99999 is 1927-05-18 … 2173-10-14. Smaller numbers in a
 * date column are far more likely a year or a typo than a day of the 1900s (2026 would be 1905-07-18).
 */
const SERIAL_MIN = 10_000;
const SERIAL_MAX = 99_999;

/** YYYY-M-D, YYYY/M/D, YYYY.M.D and YYYY年M月D日, optionally followed by a time Excel wrote (0:00). */
const DATE_FORMS: RegExp[] = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

/** The outcome of reading a day: 'YYYY-MM-DD', or why not. */
export type DayReading = { date: string } | { problem: string };

function isoOf(year: number, month: number, day: number): string | null {
  const instant = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2026-02-30 over to March; a real day reads back unchanged.
  if (
    instant.getUTCFullYear() !== year ||
    instant.getUTCMonth() !== month - 1 ||
    instant.getUTCDate() !== day
  )
    return null;
  return instant.toISOString().slice(0, 10);
}

/** The day an Excel serial number stands for (its fraction, a time of day, is dropped). */
export function excelSerialDay(serial: number, date1904 = false): DayReading {
  const whole = Math.floor(serial);
  if (whole < SERIAL_MIN || whole > SERIAL_MAX) {
    return {
      problem: `${serial} 不是日期；作为 Excel 日期序号须为五位数（46387 即 2026-12-31）`,
    };
  }
  const epoch = date1904 ? EXCEL_1904_EPOCH : EXCEL_1900_EPOCH;
  return { date: new Date(epoch + whole * DAY_MS).toISOString().slice(0, 10) };
}

/**
 * Reads a day written as text (already NFKC-normalised): the forms in DATE_FORMS, or a five-digit
 * Excel serial (a date cell saved as General). Refuses days that do not exist, such as 2026-02-30.
 */
export function readOfficeDate(text: string, date1904 = false): DayReading {
  if (/^\d{5}(\.\d+)?$/.test(text)) return excelSerialDay(Number(text), date1904);
  for (const form of DATE_FORMS) {
    const match = form.exec(text);
    if (!match) continue;
    const [year, month, day] = match.slice(1, 4).map(Number);
    const iso = isoOf(year, month, day);
    return iso === null ? { problem: `${text} 不是日历上存在的日期` } : { date: iso };
  }
  return { problem: `无法把 ${text} 识别为日期` };
}
