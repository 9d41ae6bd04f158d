import { Steps, Timeline, Typography } from 'antd';
import { actionLabel, CaseStage, STAGE_LABELS } from '@app/domain';
import type { CaseState } from '../cases/case-queries';
import { LocalTime } from './case-display';

/** The life of a case as a clerk knows it, in the domain's words. */
const STEPS = ['申报', '初审', '自查', '检查验收', '整改', '评分', '公示', '授牌'] as const;

const STEP_OF: Record<CaseStage, number> = {
  [CaseStage.INVITED]: 0,
  [CaseStage.RETURNED]: 0,
  [CaseStage.APPLICATION_REVIEW]: 1,
  [CaseStage.SELF_CHECK]: 2,
  [CaseStage.INSPECTION]: 3,
  [CaseStage.RECTIFICATION]: 4,
  [CaseStage.SCORING]: 5,
  [CaseStage.NOTICE]: 6,
  [CaseStage.AWARDED]: 7,
  [CaseStage.NOT_AWARDED]: 7,
  [CaseStage.NOT_APPLIED]: 0,
  [CaseStage.WITHDRAWN]: 0,
};

const FAILED = new Set<string>([
  CaseStage.NOT_AWARDED,
  CaseStage.NOT_APPLIED,
  CaseStage.WITHDRAWN,
  CaseStage.RETURNED,
]);

/** The stage as a step bar: where the case is, and whether it stopped there (退回, 未授牌 …). */
export function CaseStepBar({ stage, compact = false }: { stage: string; compact?: boolean }) {
  const current = STEP_OF[stage as CaseStage] ?? 0;
  return (
    <Steps
      size="small"
      current={current}
      status={FAILED.has(stage) ? 'error' : stage === (CaseStage.AWARDED as string) ? 'finish' : 'process'}
      responsive={false}
      type={compact ? 'dot' : 'default'}
      items={STEPS.map((title, index) => ({
        title: index === current ? (STAGE_LABELS[stage as CaseStage] ?? title) : title,
      }))}
      style={{ overflowX: 'auto' }}
    />
  );
}

/** The case's history (every decision, who and when, with its reasons), oldest first. */
export function CaseHistory({ state }: { state: CaseState }) {
  if (state.decisions.length === 0) return <Typography.Text type="secondary">暂无记录</Typography.Text>;
  return (
    <Timeline
      items={state.decisions.map((decision, index) => ({
        key: `${decision.at}-${index}`,
        color: decision.action === 'RETURN_APPLICATION' ? 'red' : 'blue',
        title: <LocalTime value={decision.at} />,
        content: (
          <div>
            <Typography.Text strong>{actionLabel(decision.action)}</Typography.Text>
            <Typography.Text type="secondary"> · {decision.by.displayName}</Typography.Text>
            {decision.stage && (
              <Typography.Text type="secondary"> → {STAGE_LABELS[decision.stage]}</Typography.Text>
            )}
            {decision.reasons.length > 0 && <div>理由：{decision.reasons.join('；')}</div>}
          </div>
        ),
      }))}
    />
  );
}
