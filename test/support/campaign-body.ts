import type { CampaignSettings } from '@app/domain';

const DAY_MS = 86_400_000;

export type CampaignBody = CampaignSettings & { id: string };

/** An ISO date-time `days` from now (negative: in the past). */
export const daysFromNow = (days: number): string => new Date(Date.now() + days * DAY_MS).toISOString();

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
