import type { CommunityKind } from '../standard/standard.types';
import type { CombineMethod } from '../scoring/scoring.types';

/**
 * How a duration's days are counted: CALENDAR (自然日, every day) or WORKING (工作日: Monday to Friday
 * and the arrangement's 班 days, not its 休 days; see working-calendar.ts). Absent means CALENDAR.
 */
export type DayKind = 'CALENDAR' | 'WORKING';

export const DAY_KINDS: readonly DayKind[] = ['CALENDAR', 'WORKING'];

/** Campaign dates (ISO date-times) and the reminder rule (domain.md "schedule"). */
export interface CampaignSchedule {
  applicationOpensAt: string;
  applicationDueAt: string;
  selfCheckDueAt: string;
  inspectionStartsAt: string;
  inspectionDueAt: string;
  /** 公示期 in days, counted as noticeDayKind says. */
  noticeDays: number;
  /** WORKING: 公示期为5个工作日; absent or CALENDAR: every day counts. */
  noticeDayKind?: DayKind;
  awardAt: string;
  /** Remind this many days before each due date, e.g. [7, 1]. */
  reminderDaysBefore: number[];
  /** Then remind every N days while overdue, e.g. 3. */
  overdueRepeatDays: number;
  /** Escalate (督办) to the area supervisor and the organizer after N days overdue, e.g. 5. */
  escalateAfterDays: number;
}

/** Shares of eligible communities, in percent with up to two decimals (e.g. 20, 60). */
export interface CampaignTargets {
  newTitlesPercent: number;
  cumulativeTitlesPercent: number;
}

/** 回避: an inspector never checks its own community, nor (SAME_STREET) any community of its street. */
export type ConflictRule = 'OWN_COMMUNITY' | 'SAME_STREET';

export interface InspectionPolicy {
  minInspectors: number;
  maxInspectors: number;
  combine: CombineMethod;
  rectificationAllowed: boolean;
  rectificationDays: number;
  /** WORKING: 整改期限 counted in working days; absent or CALENDAR: every day counts. */
  rectificationDayKind?: DayKind;
  conflictRule: ConflictRule;
  /** Self-check vs inspection total gap (points) flagged as 自评偏差. */
  deviationThreshold: number;
}

export interface AwardPolicy {
  /** Optional cap (十佳 = 10): the best N of all that passed, decided by the campaign, not per case. */
  topN: number | null;
  tieBreak: string | null;
  validityYears: number;
}

/**
 * Everything one community's case workflow needs, fixed at launch (so the workflow never reads the
 * database): the pinned standard travels in the same input as the schedule. Durations in milliseconds
 * so tests can compress a year into seconds.
 */
export interface CaseTimings {
  noticeMs: number;
  rectificationMs: number;
  /** Set when the notice period counts working days: it then ends at the end of the Nth one. */
  noticeWorkingDays?: number;
  /** Set when rectification (and a re-inspection round) counts working days. */
  rectificationWorkingDays?: number;
  reminderOffsetsMs: number[];
  overdueRepeatMs: number;
  escalateAfterMs: number;
}

export interface CaseCommunity {
  id: string;
  name: string;
  kind: CommunityKind;
  streetId: string;
  /** Materialised jurisdiction path, e.g. "/cn-bj/chaoyang/jiuxianqiao/c-01/", for subtree scoping. */
  path: string;
}

export const DAY_MS = 24 * 3600 * 1000;

/**
 * Converts the campaign's days into the case's milliseconds; a duration counted in working days also
 * keeps its count, which the case turns into an instant with its calendar when the period starts.
 */
export function caseTimings(schedule: CampaignSchedule, policy: InspectionPolicy): CaseTimings {
  return {
    noticeMs: schedule.noticeDays * DAY_MS,
    rectificationMs: policy.rectificationDays * DAY_MS,
    ...(schedule.noticeDayKind === 'WORKING' ? { noticeWorkingDays: schedule.noticeDays } : {}),
    ...(policy.rectificationDayKind === 'WORKING'
      ? { rectificationWorkingDays: policy.rectificationDays }
      : {}),
    reminderOffsetsMs: schedule.reminderDaysBefore.map((days) => days * DAY_MS),
    overdueRepeatMs: schedule.overdueRepeatDays * DAY_MS,
    escalateAfterMs: schedule.escalateAfterDays * DAY_MS,
  };
}

/** True when the notice or rectification period counts working days (so a case needs the calendar). */
export function countsWorkingDays(schedule: CampaignSchedule, policy: InspectionPolicy): boolean {
  return schedule.noticeDayKind === 'WORKING' || policy.rectificationDayKind === 'WORKING';
}
