import { buildStandard } from '../standard/standard.fixture';
import { buildCampaignSettings } from './campaign.fixture';
import { DAY_MS } from './campaign.types';
import { campaignYears, caseInputFor } from './case-input';

const TIME = {
  timeZone: 'Asia/Shanghai',
  calendar: {
    years: [2026, 2027],
    days: { '2025-10-01': 'REST', '2026-10-10': 'WORK', '2027-01-01': 'REST', '2028-01-01': 'REST' } as const,
  },
};

describe(caseInputFor.name, () => {
  const community = {
    id: 'c-01',
    name: '幸福社区',
    kind: 'URBAN' as const,
    streetId: 'sfjd',
    path: '/zj/hz/xh/sfjd/c-01/',
  };

  it('should carry the campaign rules, the pinned standard and the timings in days as milliseconds', () => {
    const settings = buildCampaignSettings();
    const standard = buildStandard();
    const campaign = { ...settings, id: 'hz-2026-pingan' };

    expect(caseInputFor(campaign, community, standard, TIME)).toEqual({
      campaignId: 'hz-2026-pingan',
      campaignTitle: '2026年度平安社区创建',
      community,
      standard,
      schedule: settings.schedule,
      timings: {
        noticeMs: 7 * DAY_MS,
        rectificationMs: 14 * DAY_MS,
        reminderOffsetsMs: [7 * DAY_MS, 1 * DAY_MS],
        overdueRepeatMs: 3 * DAY_MS,
        escalateAfterMs: 5 * DAY_MS,
      },
      inspection: settings.inspectionPolicy,
      award: { topN: null, tieBreak: null, validityYears: 3, certificatePrefix: 'PINGAN' },
      timeZone: 'Asia/Shanghai',
    });
  });

  it('should carry the working days of the campaign’s years when a period counts them', () => {
    const settings = buildCampaignSettings();
    settings.schedule.noticeDayKind = 'WORKING';
    settings.schedule.noticeDays = 5;
    settings.inspectionPolicy.rectificationDayKind = 'WORKING';
    const input = caseInputFor({ ...settings, id: 'hz-2026-pingan' }, community, buildStandard(), TIME);

    expect(input.timings).toMatchObject({ noticeWorkingDays: 5, rectificationWorkingDays: 14 });
    expect(campaignYears(settings.schedule, 'Asia/Shanghai')).toEqual([2026, 2027]);
    expect(input.calendar).toEqual({
      years: [2026, 2027],
      days: { '2026-10-10': 'WORK', '2027-01-01': 'REST' },
    });
  });
});
