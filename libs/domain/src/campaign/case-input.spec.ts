import { buildStandard } from '../standard/standard.fixture';
import { buildCampaignSettings } from './campaign.fixture';
import { DAY_MS } from './campaign.types';
import { caseInputFor } from './case-input';

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

    expect(caseInputFor(campaign, community, standard)).toEqual({
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
    });
  });
});
