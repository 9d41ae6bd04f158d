import { Problem } from '../errors/domain-error';
import { MIN_SHEETS_FOR_TRIMMING } from '../scoring/inspector-score-combination';
import { toHundredths } from '../standard/decimal-arithmetic';
import { endOfWorkingDays, WEEKENDS_ONLY } from '../time/working-calendar';
import { DEFAULT_TIME_ZONE, isoInZone } from '../time/zoned-time';
import { DAY_KINDS, DAY_MS } from './campaign.types';
import type { AwardPolicy, CampaignSchedule, CampaignTargets, InspectionPolicy } from './campaign.types';
import type { CampaignSettings } from './campaign-draft';
import type { DeploymentTime } from './case-input';

const WEEKENDS_IN_DEFAULT_ZONE: DeploymentTime = { timeZone: DEFAULT_TIME_ZONE, calendar: WEEKENDS_ONLY };

// A time zone is required so a deadline means the same instant on every server.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

type ScheduleDate =
  | 'applicationOpensAt'
  | 'applicationDueAt'
  | 'selfCheckDueAt'
  | 'inspectionStartsAt'
  | 'inspectionDueAt'
  | 'awardAt';

const SCHEDULE_DATES: readonly ScheduleDate[] = [
  'applicationOpensAt',
  'applicationDueAt',
  'selfCheckDueAt',
  'inspectionStartsAt',
  'inspectionDueAt',
  'awardAt',
];

/** The dates in the order they must come; `strict` means the later one may not equal the earlier. */
const DATE_ORDER: { earlier: ScheduleDate; later: ScheduleDate; strict: boolean }[] = [
  { earlier: 'applicationOpensAt', later: 'applicationDueAt', strict: true },
  { earlier: 'applicationDueAt', later: 'selfCheckDueAt', strict: false },
  { earlier: 'selfCheckDueAt', later: 'inspectionStartsAt', strict: false },
  { earlier: 'inspectionStartsAt', later: 'inspectionDueAt', strict: true },
  { earlier: 'inspectionDueAt', later: 'awardAt', strict: false },
];

/**
 * Lists every problem with a campaign's settings, each with its field path and what was expected.
 * `time` counts a notice period given in working days (the deployment's zone and calendar).
 */
export function validateCampaignDraft(
  draft: CampaignSettings,
  time: DeploymentTime = WEEKENDS_IN_DEFAULT_ZONE,
): Problem[] {
  return [
    ...headerProblems(draft),
    ...scheduleProblems(draft.schedule, time),
    ...targetProblems(draft.targets),
    ...inspectionProblems(draft.inspectionPolicy),
    ...awardProblems(draft.awardPolicy),
  ];
}

/** The years a campaign may run in (also the bounds of the campaign list's year filter). */
export const CAMPAIGN_YEAR_MIN = 2000;
export const CAMPAIGN_YEAR_MAX = 2100;

function isWholeIn(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function headerProblems(draft: CampaignSettings): Problem[] {
  const problems: Problem[] = [];
  if (typeof draft.title !== 'string' || draft.title.trim() === '') {
    problems.push({ field: 'title', message: 'expected a title, e.g. 2026年度平安社区创建' });
  }
  if (!isWholeIn(draft.year, CAMPAIGN_YEAR_MIN, CAMPAIGN_YEAR_MAX)) {
    const message = `expected a whole year from ${CAMPAIGN_YEAR_MIN} to ${CAMPAIGN_YEAR_MAX}`;
    problems.push({ field: 'year', message });
  }
  if (!isWholeIn(draft.standard?.version, 1, Number.MAX_SAFE_INTEGER)) {
    problems.push({ field: 'standard.version', message: 'expected a whole version number, 1 or more' });
  }
  return problems;
}

/** Milliseconds since the epoch, or null unless the value is an ISO date-time with a time zone. */
function parseDateTime(value: unknown): number | null {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value)) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : time;
}

function scheduleProblems(schedule: CampaignSchedule, time: DeploymentTime): Problem[] {
  const parsed = new Map<ScheduleDate, number>();
  const problems: Problem[] = [];
  for (const field of SCHEDULE_DATES) {
    const time = parseDateTime(schedule[field]);
    if (time !== null) parsed.set(field, time);
    else {
      const message = 'expected an ISO date-time with a time zone, e.g. 2026-12-31T16:00:00Z';
      problems.push({ field: `schedule.${field}`, message });
    }
  }
  return [
    ...problems,
    ...orderProblems(schedule, parsed),
    ...noticeProblems(schedule, parsed, time),
    ...reminderProblems(schedule),
  ];
}

function orderProblems(schedule: CampaignSchedule, parsed: Map<ScheduleDate, number>): Problem[] {
  return DATE_ORDER.flatMap(({ earlier, later, strict }) => {
    const before = parsed.get(earlier);
    const after = parsed.get(later);
    if (before === undefined || after === undefined) return [];
    if (strict ? after > before : after >= before) return [];
    const relation = strict ? 'after' : 'on or after';
    const message = `expected ${relation} ${earlier} (${schedule[earlier]})`;
    return [{ field: `schedule.${later}`, message }];
  });
}

function dayKindProblems(value: unknown, field: string): Problem[] {
  if (value === undefined || DAY_KINDS.includes(value as never)) return [];
  return [{ field, message: 'expected CALENDAR (自然日) or WORKING (工作日)' }];
}

function noticeProblems(
  schedule: CampaignSchedule,
  parsed: Map<ScheduleDate, number>,
  time: DeploymentTime,
): Problem[] {
  const kindProblems = dayKindProblems(schedule.noticeDayKind, 'schedule.noticeDayKind');
  if (!isWholeIn(schedule.noticeDays, 1, 60)) {
    return [
      { field: 'schedule.noticeDays', message: 'expected a whole number of days from 1 to 60' },
      ...kindProblems,
    ];
  }
  const inspectionDue = parsed.get('inspectionDueAt');
  const award = parsed.get('awardAt');
  if (kindProblems.length > 0) return kindProblems;
  if (inspectionDue === undefined || award === undefined || award < inspectionDue) return [];
  // The public notice (公示) follows the inspection and must be over before the award.
  if (schedule.noticeDayKind === 'WORKING') {
    const ends = endOfWorkingDays(inspectionDue, schedule.noticeDays, time.calendar, time.timeZone);
    if (award >= ends) return [];
    const message = `expected at least the ${schedule.noticeDays}-working-day notice period after inspectionDueAt, which ends ${isoInZone(ends, time.timeZone)}`;
    return [{ field: 'schedule.awardAt', message }];
  }
  if (award - inspectionDue >= schedule.noticeDays * DAY_MS) return [];
  const message = `expected at least the ${schedule.noticeDays}-day notice period after inspectionDueAt`;
  return [{ field: 'schedule.awardAt', message }];
}

function reminderProblems(schedule: CampaignSchedule): Problem[] {
  const problems: Problem[] = [];
  const reminders: unknown = schedule.reminderDaysBefore;
  if (!Array.isArray(reminders) || reminders.length > 10 || !reminders.every((d) => isWholeIn(d, 1, 365))) {
    const message = 'expected a list of at most 10 whole numbers of days, each 1 or more, e.g. [7, 1]';
    problems.push({ field: 'schedule.reminderDaysBefore', message });
  }
  for (const field of ['overdueRepeatDays', 'escalateAfterDays'] as const) {
    if (!isWholeIn(schedule[field], 1, 365)) {
      problems.push({ field: `schedule.${field}`, message: 'expected a whole number of days, 1 or more' });
    }
  }
  return problems;
}

function targetProblems(targets: CampaignTargets): Problem[] {
  const percents = {
    newTitlesPercent: toHundredths(targets.newTitlesPercent),
    cumulativeTitlesPercent: toHundredths(targets.cumulativeTitlesPercent),
  };
  const problems: Problem[] = [];
  for (const [field, hundredths] of Object.entries(percents)) {
    if (hundredths === null || hundredths < 0 || hundredths > 10_000) {
      const message = 'expected a percent from 0 to 100 with at most two decimals';
      problems.push({ field: `targets.${field}`, message });
    }
  }
  const { newTitlesPercent: fresh, cumulativeTitlesPercent: cumulative } = percents;
  // New titles this year count toward the cumulative total, so the new target cannot exceed it.
  if (problems.length === 0 && fresh !== null && cumulative !== null && fresh > cumulative) {
    const message = `expected at least newTitlesPercent (${targets.newTitlesPercent})`;
    problems.push({ field: 'targets.cumulativeTitlesPercent', message });
  }
  return problems;
}

function inspectionProblems(policy: InspectionPolicy): Problem[] {
  const problems = [...inspectorCountProblems(policy), ...combineProblems(policy)];
  problems.push(...rectificationProblems(policy));
  problems.push(...dayKindProblems(policy.rectificationDayKind, 'inspectionPolicy.rectificationDayKind'));
  if (policy.conflictRule !== 'OWN_COMMUNITY' && policy.conflictRule !== 'SAME_STREET') {
    const message = 'expected OWN_COMMUNITY or SAME_STREET';
    problems.push({ field: 'inspectionPolicy.conflictRule', message });
  }
  const threshold = toHundredths(policy.deviationThreshold);
  if (threshold === null || threshold < 0 || threshold > 10_000) {
    const message = 'expected points from 0 to 100 with at most two decimals';
    problems.push({ field: 'inspectionPolicy.deviationThreshold', message });
  }
  return problems;
}

function inspectorCountsValid(policy: InspectionPolicy): boolean {
  return isWholeIn(policy.minInspectors, 1, 9) && isWholeIn(policy.maxInspectors, 1, 9);
}

function inspectorCountProblems(policy: InspectionPolicy): Problem[] {
  const problems: Problem[] = [];
  for (const field of ['minInspectors', 'maxInspectors'] as const) {
    if (!isWholeIn(policy[field], 1, 9)) {
      problems.push({ field: `inspectionPolicy.${field}`, message: 'expected a whole number from 1 to 9' });
    }
  }
  if (inspectorCountsValid(policy) && policy.maxInspectors < policy.minInspectors) {
    const message = `expected at least minInspectors (${policy.minInspectors})`;
    problems.push({ field: 'inspectionPolicy.maxInspectors', message });
  }
  return problems;
}

function rectificationProblems(policy: InspectionPolicy): Problem[] {
  if (typeof policy.rectificationAllowed !== 'boolean') {
    return [{ field: 'inspectionPolicy.rectificationAllowed', message: 'expected true or false' }];
  }
  const minimumDays = policy.rectificationAllowed ? 1 : 0;
  if (isWholeIn(policy.rectificationDays, minimumDays, 365)) return [];
  const message = policy.rectificationAllowed
    ? 'expected a whole number of days, 1 or more, when rectification is allowed'
    : 'expected a whole number of days, 0 or more';
  return [{ field: 'inspectionPolicy.rectificationDays', message }];
}

function combineProblems(policy: InspectionPolicy): Problem[] {
  const field = 'inspectionPolicy.combine';
  if (policy.combine === 'MEAN') return [];
  if (policy.combine !== 'TRIMMED_MEAN') return [{ field, message: 'expected MEAN or TRIMMED_MEAN' }];
  // With fewer sheets nothing is trimmed, so TRIMMED_MEAN would silently be a plain mean.
  if (inspectorCountsValid(policy) && policy.maxInspectors < MIN_SHEETS_FOR_TRIMMING) {
    const message = `expected MEAN when at most ${policy.maxInspectors} inspectors check a community; TRIMMED_MEAN needs ${MIN_SHEETS_FOR_TRIMMING} or more`;
    return [{ field, message }];
  }
  return [];
}

function awardProblems(policy: AwardPolicy): Problem[] {
  const problems: Problem[] = [];
  if (!isWholeIn(policy.validityYears, 1, 10)) {
    const message = 'expected a whole number of years from 1 to 10';
    problems.push({ field: 'awardPolicy.validityYears', message });
  }
  if (policy.topN !== null && !isWholeIn(policy.topN, 1, 100_000)) {
    const message = 'expected null (no cap) or a whole number, 1 or more, e.g. 10 for 十佳';
    problems.push({ field: 'awardPolicy.topN', message });
  }
  const tieBreakGiven = typeof policy.tieBreak === 'string' && policy.tieBreak.trim() !== '';
  if (policy.topN !== null && !tieBreakGiven) {
    const message = 'expected the rule that breaks ties at the cap, e.g. 自查得分高者优先';
    problems.push({ field: 'awardPolicy.tieBreak', message });
  }
  return problems;
}
