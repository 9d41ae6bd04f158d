import { isoInZone } from '@app/domain';
import type { CampaignSchedule, CampaignSettings } from '@app/domain';

const DAY_MS = 86_400_000;

export type CampaignBody = CampaignSettings & { id: string };

/** An ISO date-time `days` from now (negative: in the past). */
export const daysFromNow = (days: number): string => new Date(Date.now() + days * DAY_MS).toISOString();

/** An instant as the API echoes a date-time input: ISO 8601 with the deployment zone's offset (+08:00). */
export const echoed = (iso: string): string => isoInZone(Date.parse(iso), 'Asia/Shanghai');

/** A schedule as the API stores and echoes it: every date-time in the zone's offset. */
export function echoedSchedule(schedule: CampaignSchedule): CampaignSchedule {
  const dates = [
    'applicationOpensAt',
    'applicationDueAt',
    'selfCheckDueAt',
    'inspectionStartsAt',
    'inspectionDueAt',
    'awardAt',
  ] as const;
  return { ...schedule, ...Object.fromEntries(dates.map((field) => [field, echoed(schedule[field])])) };
}

/**
 * A valid POST /campaigns body run by one jurisdiction over its own subtree: application open for 30
 * days, award 100 days out, one to three inspectors. Overrides replace top-level fields.
 */
export function campaignBody(
  id: string,
  standardCode: string,
  jurisdictionId: string,
  overrides: Partial<CampaignBody> = {},
): CampaignBody {
  return {
    id,
    title: '2026年度平安社区创建',
    year: 2026,
    organizerJurisdictionId: jurisdictionId,
    scopeJurisdictionId: jurisdictionId,
    standard: { code: standardCode, version: 1 },
    schedule: {
      applicationOpensAt: daysFromNow(-1),
      applicationDueAt: daysFromNow(30),
      selfCheckDueAt: daysFromNow(60),
      inspectionStartsAt: daysFromNow(61),
      inspectionDueAt: daysFromNow(90),
      noticeDays: 7,
      awardAt: daysFromNow(100),
      reminderDaysBefore: [7, 1],
      overdueRepeatDays: 3,
      escalateAfterDays: 5,
    },
    targets: { newTitlesPercent: 20, cumulativeTitlesPercent: 60 },
    inspectionPolicy: {
      minInspectors: 1,
      maxInspectors: 3,
      combine: 'MEAN',
      rectificationAllowed: true,
      rectificationDays: 14,
      conflictRule: 'SAME_STREET',
      deviationThreshold: 10,
    },
    awardPolicy: { topN: null, tieBreak: null, validityYears: 3 },
    ...overrides,
  };
}
