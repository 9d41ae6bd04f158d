import { CaseStage } from '../case/case-stage';
import type { TargetProgress } from '../targets/target-attainment';
import { formatLocalDate, formatLocalDateTime } from '../time/local-time-format';
import { CampaignProgress, STAGE_LABELS } from './campaign-progress';

/** One cell of an exported sheet: numbers stay numbers so a spreadsheet can sum them. */
export type SheetCell = string | number | null;

/** A sheet to export: Chinese headers, then rows of cells in the same order. */
export interface Sheet {
  name: string;
  headers: string[];
  rows: SheetCell[][];
}

/** The label of the total row under the per-street rows. */
export const TOTAL_ROW_LABEL = '合计';

/** The header of the column counting cases in public notice proposed for one tier, e.g. 公示中·精品. */
export function noticeTierHeader(tier: string): string {
  return `公示中·${tier}`;
}

/**
 * The progress table (创建进度表): one row per street and a total row, with the funnel, cases in public
 * notice per proposed tier, overdue cases, awards per tier and both targets (达标率 to one decimal, 是/否, 还需).
 */
export function progressSheet(
  units: { name: string; progress: CampaignProgress }[],
  total: CampaignProgress,
  tiers: string[],
): Sheet {
  const headers = [
    '街道',
    '符合条件社区数',
    '往年已获称号',
    '已邀请',
    '已申报',
    '初审通过',
    '已检查',
    '已评分',
    '公示中',
    ...tiers.map(noticeTierHeader),
    '已授牌',
    ...tiers,
    '未授牌',
    '未申报',
    '已撤回',
    '逾期',
    ...targetHeaders('新创建'),
    ...targetHeaders('累计'),
    '公示全部授牌后新创建达标率',
    '公示全部授牌后累计达标率',
  ];
  const rows = [...units, { name: TOTAL_ROW_LABEL, progress: total }].map(({ name, progress }) =>
    progressRow(name, progress, tiers),
  );
  return { name: '创建进度', headers, rows };
}

function targetHeaders(prefix: string): string[] {
  return [`${prefix}数`, `${prefix}达标率`, `${prefix}目标`, `${prefix}是否达标`, `${prefix}还需`];
}

function progressRow(name: string, progress: CampaignProgress, tiers: string[]): SheetCell[] {
  const funnel = (step: string) => progress.funnel.find((entry) => entry.step === step)?.cases ?? 0;
  const stage = (wanted: CaseStage) => progress.stages.find((entry) => entry.stage === wanted)?.cases ?? 0;
  const tierAwards = tiers.map(
    (tier) => progress.awardedByTier.find((entry) => entry.tier === tier)?.awarded ?? 0,
  );
  const tierNotices = tiers.map(
    (tier) => progress.noticeByTier.find((entry) => entry.tier === tier)?.cases ?? 0,
  );
  return [
    name,
    progress.eligible,
    progress.previouslyTitled,
    ...['INVITED', 'APPLIED', 'ACCEPTED', 'INSPECTED', 'SCORED'].map(funnel),
    stage(CaseStage.NOTICE),
    ...tierNotices,
    stage(CaseStage.AWARDED),
    ...tierAwards,
    stage(CaseStage.NOT_AWARDED),
    stage(CaseStage.NOT_APPLIED),
    stage(CaseStage.WITHDRAWN),
    progress.overdue,
    ...targetCells(progress.attainment.new),
    ...targetCells(progress.attainment.cumulative),
    progress.ifNoticeAwarded.new.ratioText,
    progress.ifNoticeAwarded.cumulative.ratioText,
  ];
}

function targetCells(target: TargetProgress): SheetCell[] {
  return [
    target.count,
    target.ratioText,
    `${target.targetPercent}%`,
    target.met ? '是' : '否',
    target.neededToMeet,
  ];
}

/** One case of the results list (评审结果): where it stands, its score, tier and certificate. */
export interface CaseResult {
  communityId: string;
  communityName: string;
  streetName: string;
  stage: CaseStage;
  totalScore: number | null;
  tier: string | null;
  certificateNumber: string | null;
  /** When the public notice ends (ISO instant), once the case entered it. */
  noticeEndsAt: string | null;
  /** When the title was granted (ISO instant). */
  awardedAt: string | null;
  /** The title's last valid day (YYYY-MM-DD). */
  validUntil: string | null;
}

/**
 * The results list: one row per case, in the order given. Times are written as a person in `zone`
 * reads them (公示截止 2026年12月1日 23:59, 授牌日期 2026年12月2日).
 */
export function resultsSheet(results: CaseResult[], zone: string): Sheet {
  const local = (value: string | null, write: typeof formatLocalDate) => (value ? write(value, zone) : null);
  return {
    name: '评审结果',
    headers: [
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
    ],
    rows: results.map((result) => [
      result.communityId,
      result.communityName,
      result.streetName,
      STAGE_LABELS[result.stage] ?? result.stage,
      result.totalScore,
      result.tier,
      result.certificateNumber,
      local(result.noticeEndsAt, formatLocalDateTime),
      local(result.awardedAt, formatLocalDate),
      local(result.validUntil, formatLocalDate),
    ]),
  };
}
