import { Tag } from 'antd';
import './panel.css';
import { CaseStage, STAGE_LABELS, timeLeft } from '@app/domain';
import { showDateTime } from './local-time';

const STAGE_COLORS: Partial<Record<CaseStage, string>> = {
  [CaseStage.RETURNED]: 'orange',
  [CaseStage.APPLICATION_REVIEW]: 'blue',
  [CaseStage.SELF_CHECK]: 'cyan',
  [CaseStage.INSPECTION]: 'geekblue',
  [CaseStage.RECTIFICATION]: 'gold',
  [CaseStage.SCORING]: 'purple',
  [CaseStage.NOTICE]: 'magenta',
  [CaseStage.AWARDED]: 'green',
  [CaseStage.NOT_AWARDED]: 'red',
  [CaseStage.NOT_APPLIED]: 'default',
  [CaseStage.WITHDRAWN]: 'default',
};

/** A case's stage in the domain's words (待申报, 自查, 公示 …). */
export function StageTag({ stage }: { stage: string }) {
  return <Tag color={STAGE_COLORS[stage as CaseStage]}>{STAGE_LABELS[stage as CaseStage] ?? stage}</Tag>;
}

/** A deadline in China time with the time left, or how long it is overdue (red). */
export function DueText({ dueAt, closed = false }: { dueAt: string | null | undefined; closed?: boolean }) {
  if (!dueAt) return <span className="cj-secondary">—</span>;
  const left = closed ? null : timeLeft(dueAt, Date.now());
  return (
    <span>
      {showDateTime(dueAt)}
      {left && (
        <span className={left.overdue ? 'cj-danger' : 'cj-secondary'} style={{ marginInlineStart: 8 }}>
          {left.text}
        </span>
      )}
    </span>
  );
}

/** An instant in China time, `2026年12月1日 13:29`. */
export function LocalTime({ value }: { value: string | null | undefined }) {
  return <>{showDateTime(value)}</>;
}
