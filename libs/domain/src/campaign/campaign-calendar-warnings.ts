import { yearsWithoutArrangement } from '../time/working-calendar';
import { CampaignSchedule, countsWorkingDays, InspectionPolicy } from './campaign.types';

/** Something about a campaign an organizer should know but that does not stop it. */
export interface CampaignWarning {
  code: 'WORKING_CALENDAR_MISSING';
  /** The year concerned. */
  year: number;
  message: string;
}

/**
 * A warning per year from the campaign's opening to its award day whose holiday arrangement is not
 * imported, when a period counts working days: those years count Monday to Friday, without 调休.
 *
 * @param knownYears the years whose arrangement is imported
 * @param zone the deployment's zone (which year a day falls in)
 */
export function workingCalendarWarnings(
  schedule: CampaignSchedule,
  policy: InspectionPolicy,
  knownYears: number[],
  zone: string,
): CampaignWarning[] {
  if (!countsWorkingDays(schedule, policy)) return [];
  const from = Date.parse(schedule.applicationOpensAt);
  const to = Date.parse(schedule.awardAt);
  if (Number.isNaN(from) || Number.isNaN(to)) return [];
  return yearsWithoutArrangement({ years: knownYears, days: {} }, from, to, zone).map((year) => ({
    code: 'WORKING_CALENDAR_MISSING',
    year,
    message:
      `${year}年的节假日安排尚未导入：该年的工作日暂按周一至周五计算，不含节假日和调休。` +
      `导入（POST /working-calendar/${year}/import）后开始的公示期和整改期按导入的安排计算。`,
  }));
}
