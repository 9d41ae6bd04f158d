import { CaseStage, isClosed } from '../case/case-stage';
import type { CampaignTargets } from '../campaign/campaign.types';
import { TargetAttainment, targetAttainment } from '../targets/target-attainment';

/** Every stage in the order a case moves through them; closed outcomes last. */
export const STAGE_ORDER: readonly CaseStage[] = [
  CaseStage.INVITED,
  CaseStage.APPLICATION_REVIEW,
  CaseStage.RETURNED,
  CaseStage.SELF_CHECK,
  CaseStage.INSPECTION,
  CaseStage.RECTIFICATION,
  CaseStage.SCORING,
  CaseStage.NOTICE,
  CaseStage.AWARDED,
  CaseStage.NOT_AWARDED,
  CaseStage.NOT_APPLIED,
  CaseStage.WITHDRAWN,
];

/** What a clerk calls each stage (zh-CN first, as on paper). */
export const STAGE_LABELS: Record<CaseStage, string> = {
  [CaseStage.INVITED]: '待申报',
  [CaseStage.APPLICATION_REVIEW]: '待初审',
  [CaseStage.RETURNED]: '退回修改',
  [CaseStage.SELF_CHECK]: '自查',
  [CaseStage.INSPECTION]: '检查验收',
  [CaseStage.RECTIFICATION]: '整改',
  [CaseStage.SCORING]: '评分',
  [CaseStage.NOTICE]: '公示',
  [CaseStage.AWARDED]: '已授牌',
  [CaseStage.NOT_AWARDED]: '未授牌',
  [CaseStage.NOT_APPLIED]: '未申报',
  [CaseStage.WITHDRAWN]: '已撤回',
};

/** Funnel steps: how many cases got at least this far (a withdrawn case counts as invited only). */
export type FunnelStep =
  'INVITED' | 'APPLIED' | 'ACCEPTED' | 'INSPECTED' | 'SCORED' | 'PUBLISHED' | 'AWARDED';

const S = CaseStage;
const FUNNEL: readonly { step: FunnelStep; label: string; stages: readonly CaseStage[] }[] = [
  { step: 'INVITED', label: '已邀请', stages: STAGE_ORDER },
  {
    step: 'APPLIED',
    label: '已申报',
    stages: [
      S.APPLICATION_REVIEW,
      S.RETURNED,
      S.SELF_CHECK,
      S.INSPECTION,
      S.RECTIFICATION,
      S.SCORING,
      S.NOTICE,
      S.AWARDED,
      S.NOT_AWARDED,
    ],
  },
  {
    step: 'ACCEPTED',
    label: '初审通过',
    stages: [S.SELF_CHECK, S.INSPECTION, S.RECTIFICATION, S.SCORING, S.NOTICE, S.AWARDED, S.NOT_AWARDED],
  },
  {
    step: 'INSPECTED',
    label: '已检查',
    stages: [S.INSPECTION, S.RECTIFICATION, S.SCORING, S.NOTICE, S.AWARDED, S.NOT_AWARDED],
  },
  { step: 'SCORED', label: '已评分', stages: [S.SCORING, S.NOTICE, S.AWARDED, S.NOT_AWARDED] },
  { step: 'PUBLISHED', label: '已公示', stages: [S.NOTICE, S.AWARDED] },
  { step: 'AWARDED', label: '已授牌', stages: [S.AWARDED] },
];

/** Cases of one stage and tier; renewal marks awards to communities that still held an earlier title. */
export interface StageCount {
  stage: CaseStage;
  tier: string | null;
  renewal: boolean;
  cases: number;
}

/** The figures of one campaign (or one jurisdiction subtree of it) the database counted. */
export interface ProgressCounts {
  /** Eligible communities of the subtree in the campaign's scope. */
  eligible: number;
  /** Eligible communities holding an earlier title of the kind that counts for the campaign year. */
  previouslyTitled: number;
  stageCounts: StageCount[];
  /** Open cases whose current deadline has passed, by stage. */
  overdue: { stage: CaseStage; cases: number }[];
}

export interface ProgressInput extends ProgressCounts {
  targets: CampaignTargets;
  /** The pinned standard's tier names, highest first, so awards list in that order. */
  tiers: string[];
}

export interface StageProgress {
  stage: CaseStage;
  label: string;
  cases: number;
  overdue: number;
}

/** The progress view of a campaign or subtree (创建进度). */
export interface CampaignProgress {
  eligible: number;
  previouslyTitled: number;
  cases: number;
  funnel: { step: FunnelStep; label: string; cases: number }[];
  stages: StageProgress[];
  overdue: number;
  awarded: number;
  /** Awards to communities that still held an earlier title: in cumulative once, not new. */
  renewals: number;
  awardedByTier: { tier: string; awarded: number }[];
  inNotice: number;
  /** Cases in public notice (公示) by the tier their confirmed score proposes: what 公示 may award. */
  noticeByTier: { tier: string; cases: number }[];
  attainment: TargetAttainment;
  /** Attainment if every case now in public notice is awarded (each counted as newly titled). */
  ifNoticeAwarded: TargetAttainment;
}

/** Assembles the progress view from counts: exact target math, every stage listed in order. */
export function campaignProgress(input: ProgressInput): CampaignProgress {
  const byStage = sumBy(input.stageCounts, (count) => count.stage);
  const overdueByStage = sumBy(input.overdue, (count) => count.stage);
  const cases = total(input.stageCounts);
  const awardedCounts = input.stageCounts.filter((count) => count.stage === CaseStage.AWARDED);
  const awarded = total(awardedCounts);
  const renewals = total(awardedCounts.filter((count) => count.renewal));
  const noticeCounts = input.stageCounts.filter((count) => count.stage === CaseStage.NOTICE);
  const inNotice = total(noticeCounts);
  const attainmentWith = (newlyAwarded: number) =>
    targetAttainment({
      eligible: input.eligible,
      newlyAwarded,
      previouslyTitled: input.previouslyTitled,
      newTargetPercent: input.targets.newTitlesPercent,
      cumulativeTargetPercent: input.targets.cumulativeTitlesPercent,
    });
  return {
    eligible: input.eligible,
    previouslyTitled: input.previouslyTitled,
    cases,
    funnel: FUNNEL.map(({ step, label, stages }) => ({
      step,
      label,
      cases: stages.reduce((sum, stage) => sum + (byStage.get(stage) ?? 0), 0),
    })),
    stages: STAGE_ORDER.map((stage) => ({
      stage,
      label: STAGE_LABELS[stage],
      cases: byStage.get(stage) ?? 0,
      overdue: isClosed(stage) ? 0 : (overdueByStage.get(stage) ?? 0),
    })),
    overdue: STAGE_ORDER.filter((stage) => !isClosed(stage)).reduce(
      (sum, stage) => sum + (overdueByStage.get(stage) ?? 0),
      0,
    ),
    awarded,
    renewals,
    awardedByTier: byTier(awardedCounts, input.tiers).map(({ tier, cases }) => ({ tier, awarded: cases })),
    inNotice,
    noticeByTier: byTier(noticeCounts, input.tiers),
    attainment: attainmentWith(awarded - renewals),
    ifNoticeAwarded: attainmentWith(awarded - renewals + inNotice),
  };
}

/** Shown for a case that carries no tier (it should not happen, but must not vanish). */
export const UNTIERED = '未定级';

/** Cases per tier: the standard's tiers first (zeros included), then any other tier name found. */
function byTier(counts: StageCount[], tiers: string[]): { tier: string; cases: number }[] {
  const sums = sumBy(counts, (count) => count.tier ?? UNTIERED);
  const others = [...sums.keys()].filter((tier) => !tiers.includes(tier)).sort();
  return [...tiers, ...others].map((tier) => ({ tier, cases: sums.get(tier) ?? 0 }));
}

function sumBy<T extends { cases: number }, K>(counts: T[], key: (count: T) => K): Map<K, number> {
  const sums = new Map<K, number>();
  for (const count of counts) sums.set(key(count), (sums.get(key(count)) ?? 0) + count.cases);
  return sums;
}

function total(counts: { cases: number }[]): number {
  return counts.reduce((sum, count) => sum + count.cases, 0);
}
