import type { CampaignSettings } from './campaign-draft';

// Test-only: a valid 平安社区 campaign for 2026, with every date in order and a 7-day notice.

/** Builds fresh, valid campaign settings for specs; each call returns a new object so specs may mutate it. */
export function buildCampaignSettings(): CampaignSettings {
  return {
    title: '2026年度平安社区创建',
    year: 2026,
    organizerJurisdictionId: 'sfjd',
    scopeJurisdictionId: 'sfjd',
    standard: { code: 'PINGAN', version: 2 },
    schedule: {
      applicationOpensAt: '2026-03-01T00:00:00Z',
      applicationDueAt: '2026-03-31T16:00:00Z',
      selfCheckDueAt: '2026-04-30T16:00:00Z',
      inspectionStartsAt: '2026-05-01T00:00:00Z',
      inspectionDueAt: '2026-05-31T16:00:00Z',
      noticeDays: 7,
      awardAt: '2026-06-15T00:00:00Z',
      reminderDaysBefore: [7, 1],
      overdueRepeatDays: 3,
      escalateAfterDays: 5,
    },
    targets: { newTitlesPercent: 20, cumulativeTitlesPercent: 60 },
    inspectionPolicy: {
      minInspectors: 2,
      maxInspectors: 3,
      combine: 'MEAN',
      rectificationAllowed: true,
      rectificationDays: 14,
      conflictRule: 'SAME_STREET',
      deviationThreshold: 10,
    },
    awardPolicy: { topN: null, tieBreak: null, validityYears: 3 },
  };
}
