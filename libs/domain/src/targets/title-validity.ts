import { DomainError, Problem } from '../errors/domain-error';
import { localDateOf } from '../time/zoned-time';

/** Clocks of a client and the server differ a little: "now" sent from a clock a few minutes ahead is still now. */
export const CLOCK_SKEW_MS = 5 * 60_000;

/** The latest day a title can have been revoked (摘牌) on: today in the zone, allowing CLOCK_SKEW_MS. */
export function latestRevocationDay(now: number, zone: string): string {
  return localDateOf(now + CLOCK_SKEW_MS, zone);
}

/**
 * Why a day cannot be a title's 摘牌日期, in Chinese, or null: it must be a real day from the start of the
 * title's year (a title is not revoked before it was awarded) to `today` (a revocation is a fact, not a plan).
 */
export function revocationDayProblem(day: string, titleYear: number, today: string): string | null {
  const earliest = `${titleYear}-01-01`;
  // 'YYYY-MM-DD' strings sort in date order.
  if (isIsoDate(day) && day >= earliest && day <= today) return null;
  return `摘牌日期须在 ${earliest}（称号年度开始）至 ${today}（今天）之间；收到 ${day}`;
}

/** The dates of a title a community holds, as plain 'YYYY-MM-DD' local dates. */
export interface TitleRecord {
  /** The campaign year in which the title was awarded. */
  year: number;
  /** Last day the title is valid; null when it does not expire. */
  validUntil: string | null;
  /** The day it was revoked (摘牌); null when it still stands. */
  revokedAt: string | null;
}

/**
 * Whether a title counts toward a campaign year's cumulative total: it must be awarded no later than
 * that year and not revoked or expired before 1 January of it.
 */
export function countsTowardCumulative(title: TitleRecord, campaignYear: number): boolean {
  const problems = titleProblems(title, campaignYear);
  if (problems.length > 0)
    throw DomainError.validation(problems, 'The title record has problems; each is listed.');
  // 'YYYY-MM-DD' strings sort in date order, so plain string comparison is exact.
  const yearStart = `${campaignYear}-01-01`;
  if (title.year > campaignYear) return false;
  if (title.revokedAt !== null && title.revokedAt < yearStart) return false;
  return title.validUntil === null || title.validUntil >= yearStart;
}

function titleProblems(title: TitleRecord, campaignYear: number): Problem[] {
  const problems: Problem[] = [];
  if (!isFourDigitYear(campaignYear))
    problems.push({ field: 'campaignYear', message: 'The campaign year must be like 2025.' });
  if (!isFourDigitYear(title.year))
    problems.push({ field: 'year', message: 'The title year must be like 2023.' });
  for (const field of ['validUntil', 'revokedAt'] as const) {
    const value = title[field];
    if (value !== null && !isIsoDate(value)) {
      problems.push({ field, message: `${field} must be a date like 2025-12-31, or empty.` });
    }
  }
  return problems;
}

function isFourDigitYear(year: number): boolean {
  return Number.isInteger(year) && year >= 1000 && year <= 9999;
}

/** Whether a value is a real calendar date written 'YYYY-MM-DD' (no Date object, so no time zone). */
export function isIsoDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth[month - 1];
}
