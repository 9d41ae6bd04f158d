import { endOfWorkingDays, WEEKENDS_ONLY } from '../time/working-calendar';
import { DEFAULT_TIME_ZONE } from '../time/zoned-time';
import type { CaseInput } from './case-state';

/** The zone a case reads local days and writes local times in (cases from before it was passed: the default). */
export function caseTimeZone(input: CaseInput): string {
  return input.timeZone ?? DEFAULT_TIME_ZONE;
}

/** The end of a period that starts at `now`: so many ms, or the end of the Nth working day when counted so. */
function periodEnd(now: number, ms: number, workingDays: number | undefined, input: CaseInput): number {
  if (workingDays === undefined) return now + ms;
  return endOfWorkingDays(now, workingDays, input.calendar ?? WEEKENDS_ONLY, caseTimeZone(input));
}

/** When a public notice (公示) that starts at `now` ends (ms since the epoch). */
export function noticeEnd(now: number, input: CaseInput): number {
  return periodEnd(now, input.timings.noticeMs, input.timings.noticeWorkingDays, input);
}

/** When a rectification (整改), or the re-inspection round that reuses its length, started at `now` is due. */
export function rectificationDue(now: number, input: CaseInput): number {
  const { rectificationMs, rectificationWorkingDays } = input.timings;
  // A zero-length round would be over before anyone could act.
  return Math.max(periodEnd(now, rectificationMs, rectificationWorkingDays, input), now + 1);
}
