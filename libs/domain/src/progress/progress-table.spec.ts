import { CaseStage } from '../case/case-stage';
import { campaignProgress } from './campaign-progress';
import { progressSheet, resultsSheet } from './progress-table';

const TIERS = ['精品', '示范', '达标'];

function progressOf(eligible: number, previouslyTitled: number, awarded: number, invited: number) {
  return campaignProgress({
    eligible,
    previouslyTitled,
    stageCounts: [
      { stage: CaseStage.AWARDED, tier: '示范', renewal: false, cases: awarded },
      { stage: CaseStage.INVITED, tier: null, renewal: false, cases: invited },
      { stage: CaseStage.NOTICE, tier: '精品', renewal: false, cases: 2 },
    ],
    overdue: [{ stage: CaseStage.INVITED, cases: 2 }],
    targets: { newTitlesPercent: 20, cumulativeTitlesPercent: 60 },
    tiers: TIERS,
  });
}

describe(progressSheet.name, () => {
  it('should write a row per street and a total row with both targets when given the worked example', () => {
    const street = progressOf(28, 12, 5, 21);
    const sheet = progressSheet([{ name: '示范街道', progress: street }], street, TIERS);

    expect(sheet.name).toBe('创建进度');
    expect(sheet.headers.slice(0, 3)).toEqual(['街道', '符合条件社区数', '往年已获称号']);
    expect(sheet.headers).toContain('新创建达标率');
    expect(sheet.headers).toContain('累计还需');
    expect(sheet.rows).toHaveLength(2);
    const row = Object.fromEntries(sheet.headers.map((header, i) => [header, sheet.rows[0][i]]));
    expect(row).toMatchObject({
      街道: '示范街道',
      符合条件社区数: 28,
      往年已获称号: 12,
      已邀请: 28,
      公示中: 2,
      '公示中·精品': 2,
      '公示中·示范': 0,
      已授牌: 5,
      示范: 5,
      精品: 0,
      逾期: 2,
      新创建数: 5,
      新创建达标率: '17.9%',
      新创建目标: '20%',
      新创建是否达标: '否',
      新创建还需: 1,
      累计数: 17,
      累计达标率: '60.7%',
      累计是否达标: '是',
      累计还需: 0,
    });
    expect(sheet.rows[1][0]).toBe('合计');
  });
});

describe(resultsSheet.name, () => {
  it('should label each stage in Chinese and keep empty cells empty when a case has no score', () => {
    const sheet = resultsSheet(
      [
        {
          communityId: 'c-01',
          communityName: '幸福社区',
          streetName: '示范街道',
          stage: CaseStage.AWARDED,
          totalScore: 92.5,
          tier: '精品',
          certificateNumber: 'PA-2025-c-01',
          noticeEndsAt: '2025-12-01T15:59:59.999Z',
          awardedAt: '2025-12-02T01:30:00.000Z',
          validUntil: '2028-12-02',
        },
        {
          communityId: 'c-02',
          communityName: '和平社区',
          streetName: '示范街道',
          stage: CaseStage.NOT_APPLIED,
          totalScore: null,
          tier: null,
          certificateNumber: null,
          noticeEndsAt: null,
          awardedAt: null,
          validUntil: null,
        },
      ],
      'Asia/Shanghai',
    );

    expect(sheet.headers).toEqual([
      '社区编码',
      '社区',
      '街道',
      '阶段',
      '总分',
      '等级',
      '证书编号',
      '公示截止',
      '授牌日期',
      '有效期至',
    ]);
    expect(sheet.rows).toEqual([
      [
        'c-01',
        '幸福社区',
        '示范街道',
        '已授牌',
        92.5,
        '精品',
        'PA-2025-c-01',
        '2025年12月1日 23:59',
        '2025年12月2日',
        '2028年12月2日',
      ],
      ['c-02', '和平社区', '示范街道', '未申报', null, null, null, null, null, null],
    ]);
  });
});
