import { CaseStage } from '../case/case-stage';
import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { campaignProgress, ProgressInput, STAGE_ORDER, StageCount } from './campaign-progress';

const TIERS = ['精品', '示范', '达标'];

function count(stage: CaseStage, cases: number, tier: string | null = null, renewal = false): StageCount {
  return { stage, tier, renewal, cases };
}

/** domain.md's worked example: 28 eligible, 12 earlier titles, 5 awarded this year; 2 more in notice. */
function workedExample(overrides: Partial<ProgressInput> = {}): ProgressInput {
  return {
    eligible: 28,
    previouslyTitled: 12,
    stageCounts: [
      count(CaseStage.INVITED, 4),
      count(CaseStage.APPLICATION_REVIEW, 3),
      count(CaseStage.SELF_CHECK, 2),
      count(CaseStage.INSPECTION, 3),
      count(CaseStage.NOTICE, 1, '精品'),
      count(CaseStage.NOTICE, 1, '达标'),
      count(CaseStage.AWARDED, 2, '精品'),
      count(CaseStage.AWARDED, 3, '示范'),
      count(CaseStage.NOT_AWARDED, 1, null),
      count(CaseStage.NOT_APPLIED, 7),
      count(CaseStage.WITHDRAWN, 1),
    ],
    overdue: [
      { stage: CaseStage.INVITED, cases: 1 },
      { stage: CaseStage.INSPECTION, cases: 2 },
    ],
    targets: { newTitlesPercent: 20, cumulativeTitlesPercent: 60 },
    tiers: TIERS,
    ...overrides,
  };
}

describe(campaignProgress.name, () => {
  it('should reproduce the worked example when 5 of 28 eligible are awarded and 12 already hold the title', () => {
    const progress = campaignProgress(workedExample());

    expect(progress.attainment.new).toEqual({
      count: 5,
      eligible: 28,
      targetPercent: 20,
      ratioText: '17.9%',
      met: false,
      requiredCount: 6,
      neededToMeet: 1,
    });
    expect(progress.attainment.cumulative).toEqual({
      count: 17,
      eligible: 28,
      targetPercent: 60,
      ratioText: '60.7%',
      met: true,
      requiredCount: 17,
      neededToMeet: 0,
    });
  });

  it('should list every stage in order with its cases and overdue when counts are given in any order', () => {
    const progress = campaignProgress(workedExample());

    expect(progress.stages.map((stage) => stage.stage)).toEqual(STAGE_ORDER);
    expect(progress.stages.slice(0, 5)).toEqual([
      { stage: CaseStage.INVITED, label: '待申报', cases: 4, overdue: 1 },
      { stage: CaseStage.APPLICATION_REVIEW, label: '待初审', cases: 3, overdue: 0 },
      { stage: CaseStage.RETURNED, label: '退回修改', cases: 0, overdue: 0 },
      { stage: CaseStage.SELF_CHECK, label: '自查', cases: 2, overdue: 0 },
      { stage: CaseStage.INSPECTION, label: '检查验收', cases: 3, overdue: 2 },
    ]);
    expect(progress).toMatchObject({ cases: 28, overdue: 3, awarded: 5, renewals: 0, inNotice: 2 });
  });

  it('should count the funnel as cases that got at least that far when some closed early', () => {
    expect(campaignProgress(workedExample()).funnel).toEqual([
      { step: 'INVITED', label: '已邀请', cases: 28 },
      { step: 'APPLIED', label: '已申报', cases: 16 },
      { step: 'ACCEPTED', label: '初审通过', cases: 13 },
      { step: 'INSPECTED', label: '已检查', cases: 11 },
      { step: 'SCORED', label: '已评分', cases: 8 },
      { step: 'PUBLISHED', label: '已公示', cases: 7 },
      { step: 'AWARDED', label: '已授牌', cases: 5 },
    ]);
  });

  it('should list awards per tier in the standard order, zeros included, when a tier has none', () => {
    expect(campaignProgress(workedExample()).awardedByTier).toEqual([
      { tier: '精品', awarded: 2 },
      { tier: '示范', awarded: 3 },
      { tier: '达标', awarded: 0 },
    ]);
  });

  it('should show what public notice may award, per proposed tier, while no case in notice is awarded yet', () => {
    const progress = campaignProgress(workedExample());

    expect(progress.noticeByTier).toEqual([
      { tier: '精品', cases: 1 },
      { tier: '示范', cases: 0 },
      { tier: '达标', cases: 1 },
    ]);
    expect(progress.awardedByTier.find((entry) => entry.tier === '达标')).toEqual({
      tier: '达标',
      awarded: 0,
    });
  });

  it('should list a notice case of a tier the standard does not name after the standard tiers', () => {
    const progress = campaignProgress(
      workedExample({
        stageCounts: [count(CaseStage.NOTICE, 2, '优秀'), count(CaseStage.NOTICE, 1, '示范')],
      }),
    );

    expect(progress.noticeByTier).toEqual([
      { tier: '精品', cases: 0 },
      { tier: '示范', cases: 1 },
      { tier: '达标', cases: 0 },
      { tier: '优秀', cases: 2 },
    ]);
    expect(progress.inNotice).toBe(3);
  });

  it('should project attainment as if every case in notice were awarded', () => {
    const { ifNoticeAwarded } = campaignProgress(workedExample());

    expect(ifNoticeAwarded.new).toMatchObject({ count: 7, ratioText: '25.0%', met: true, neededToMeet: 0 });
    expect(ifNoticeAwarded.cumulative).toMatchObject({ count: 19, ratioText: '67.9%', met: true });
  });

  it('should meet the target exactly when new / eligible equals it', () => {
    // 6 / 30 is exactly 20%; 18 / 30 exactly 60%.
    const progress = campaignProgress(
      workedExample({
        eligible: 30,
        stageCounts: [count(CaseStage.AWARDED, 6, '达标'), count(CaseStage.INVITED, 24)],
      }),
    );

    expect(progress.attainment.new).toMatchObject({
      count: 6,
      ratioText: '20.0%',
      met: true,
      neededToMeet: 0,
    });
    expect(progress.attainment.cumulative).toMatchObject({ count: 18, ratioText: '60.0%', met: true });
  });

  it('should fall one short when new / eligible is just below the target', () => {
    const progress = campaignProgress(
      workedExample({
        eligible: 30,
        previouslyTitled: 11,
        stageCounts: [count(CaseStage.AWARDED, 5, '达标'), count(CaseStage.INVITED, 25)],
      }),
    );

    expect(progress.attainment.new).toMatchObject({ ratioText: '16.7%', met: false, neededToMeet: 1 });
    expect(progress.attainment.cumulative).toMatchObject({ count: 16, ratioText: '53.3%', neededToMeet: 2 });
  });

  it('should show dashes and meet nothing above zero when no community is eligible', () => {
    const progress = campaignProgress(
      workedExample({ eligible: 0, previouslyTitled: 0, stageCounts: [], overdue: [] }),
    );

    expect(progress.attainment.new).toMatchObject({ count: 0, ratioText: '—', met: false, neededToMeet: 0 });
    expect(progress.attainment.cumulative).toMatchObject({ ratioText: '—', met: false, requiredCount: 0 });
    expect(progress).toMatchObject({ cases: 0, awarded: 0, overdue: 0 });
    expect(progress.funnel.every((step) => step.cases === 0)).toBe(true);
  });

  it('should count a renewal in cumulative once and not as new when the community still held the title', () => {
    const progress = campaignProgress(
      workedExample({
        stageCounts: [count(CaseStage.AWARDED, 4, '精品'), count(CaseStage.AWARDED, 1, '精品', true)],
      }),
    );

    expect(progress).toMatchObject({ awarded: 5, renewals: 1 });
    expect(progress.awardedByTier[0]).toEqual({ tier: '精品', awarded: 5 });
    expect(progress.attainment.new).toMatchObject({ count: 4, ratioText: '14.3%', neededToMeet: 2 });
    expect(progress.attainment.cumulative).toMatchObject({ count: 16, ratioText: '57.1%', met: false });
  });

  it('should never report a closed stage as overdue when a stray count says so', () => {
    const progress = campaignProgress(workedExample({ overdue: [{ stage: CaseStage.AWARDED, cases: 3 }] }));

    expect(progress.overdue).toBe(0);
    expect(progress.stages.find((stage) => stage.stage === CaseStage.AWARDED)?.overdue).toBe(0);
  });

  it('should list an award without a tier under 未定级 when its case carries none', () => {
    const progress = campaignProgress(workedExample({ stageCounts: [count(CaseStage.AWARDED, 1, null)] }));

    expect(progress.awardedByTier).toContainEqual({ tier: '未定级', awarded: 1 });
  });

  it('should throw VALIDATION_FAILED when a target percent is out of range', () => {
    const input = workedExample({ targets: { newTitlesPercent: 120, cumulativeTitlesPercent: 60 } });

    expect(() => campaignProgress(input)).toThrow(DomainError);
    try {
      campaignProgress(input);
    } catch (error) {
      expect((error as DomainError).code).toBe(DomainErrorCode.VALIDATION_FAILED);
    }
  });
});
