import type { CaseInput } from '../case/case-state';
import type { StandardDefinition } from '../standard/standard.types';
import { calendarForYears, WorkingCalendar } from '../time/working-calendar';
import { localDateOf } from '../time/zoned-time';
import { caseTimings, CampaignSchedule, CaseCommunity, countsWorkingDays } from './campaign.types';
import type { Campaign } from './campaign-draft';

/** The campaign fields a case is opened from. */
export type CampaignForCases = Pick<
  Campaign,
  'id' | 'title' | 'schedule' | 'inspectionPolicy' | 'awardPolicy'
>;

/** Where and by which calendar a deployment counts time: its zone (TIME_ZONE) and its working days. */
export interface DeploymentTime {
  timeZone: string;
  calendar: WorkingCalendar;
}

/** The years a campaign's periods can fall in: from its opening to the year after its award day. */
export function campaignYears(schedule: CampaignSchedule, zone: string): number[] {
  const yearOf = (iso: string) => Number(localDateOf(Date.parse(iso), zone).slice(0, 4));
  const first = yearOf(schedule.applicationOpensAt);
  const last = Math.max(first, yearOf(schedule.awardAt)) + 1;
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/**
 * Everything one community's case needs, fixed at its start from the campaign, its pinned standard and
 * the deployment's time: the zone always, the calendar of the campaign's years when a period counts
 * working days (the workflow then counts them without reading anything).
 */
export function caseInputFor(
  campaign: CampaignForCases,
  community: CaseCommunity,
  standard: StandardDefinition,
  time: DeploymentTime,
): CaseInput {
  const timings = caseTimings(campaign.schedule, campaign.inspectionPolicy);
  return {
    campaignId: campaign.id,
    campaignTitle: campaign.title,
    community,
    standard,
    schedule: campaign.schedule,
    timings,
    inspection: campaign.inspectionPolicy,
    // The case numbers certificates <prefix>-<year>-<community>, e.g. PINGAN-2026-c-01.
    award: { ...campaign.awardPolicy, certificatePrefix: standard.code },
    timeZone: time.timeZone,
    ...(countsWorkingDays(campaign.schedule, campaign.inspectionPolicy)
      ? { calendar: calendarForYears(time.calendar, campaignYears(campaign.schedule, time.timeZone)) }
      : {}),
  };
}
