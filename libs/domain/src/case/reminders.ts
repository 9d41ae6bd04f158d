import { STAGE_LABELS } from '../progress/campaign-progress';
import { formatLocalDateTime } from '../time/local-time-format';
import { caseTimeZone } from './case-durations';
import { CaseInput, CaseState, DeadlineName } from './case-state';
import { activeDeadline } from './organizer-actions';

/**
 * How a message writes its times: LOCAL, as a person reads them (`2026年12月1日 13:29` in the case's
 * zone); ISO, the UTC text cases wrote before patch `local-time-texts` (kept so their replay matches).
 */
export type TimeWriting = 'LOCAL' | 'ISO';

export type ReminderKind = 'BEFORE' | 'OVERDUE' | 'ESCALATION';

/** One reminder or escalation due at a point in time; the key makes it sent at most once. */
export interface ReminderPoint {
  key: string;
  at: number;
  deadline: DeadlineName;
  dueAt: string;
  kind: ReminderKind;
}

/** Who is told: the community, named inspectors, or (escalation 督办) supervisors and organizers. */
export type Audience =
  | { kind: 'COMMUNITY' }
  | { kind: 'INSPECTORS'; userIds: string[] }
  | { kind: 'ORGANIZERS' }
  | { kind: 'SUPERVISORS_AND_ORGANIZERS' };

/** A message the workflow asks the notification activity to deliver (idempotent by key). */
export interface CaseNotification {
  key: string;
  kind: ReminderKind | 'CHASE';
  campaignId: string;
  workflowId: string;
  communityId: string;
  communityPath: string;
  audience: Audience;
  title: string;
  body: string;
}

// Missing these deadlines closes the stage at once, so there is nothing to be overdue on.
const CLOSES_WHEN_MISSED: DeadlineName[] = ['application', 'rectification'];

function candidates(state: CaseState, input: CaseInput, name: DeadlineName): ReminderPoint[] {
  const deadline = state.deadlines[name];
  if (!deadline) return [];
  const due = Date.parse(deadline.dueAt);
  const point = (kind: ReminderKind, suffix: string, at: number): ReminderPoint => ({
    key: `${state.workflowId}|${name}@${deadline.dueAt}|${kind}${suffix}`,
    at,
    deadline: name,
    dueAt: deadline.dueAt,
    kind,
  });
  const { reminderOffsetsMs, overdueRepeatMs, escalateAfterMs } = input.timings;
  const points = reminderOffsetsMs.map((offset) => point('BEFORE', `-${offset}`, due - offset));
  if (CLOSES_WHEN_MISSED.includes(name)) return points;
  points.push(point('ESCALATION', '', due + escalateAfterMs));
  if (overdueRepeatMs > 0) {
    const setAt = Date.parse(deadline.setAt);
    let repeat = Math.max(1, Math.ceil((setAt - due) / overdueRepeatMs));
    while (state.remindersSent.includes(point('OVERDUE', `+${repeat}`, 0).key)) repeat += 1;
    points.push(point('OVERDUE', `+${repeat}`, due + repeat * overdueRepeatMs));
  }
  return points;
}

/**
 * The next reminder to send for the deadline the case is running against: offsets before it, repeats
 * while overdue, one escalation. Points from before the deadline was set (or moved) are skipped, so an
 * extension never triggers stale reminders; keys carry the due date, so none is sent twice.
 */
export function nextReminder(state: CaseState, input: CaseInput): ReminderPoint | null {
  const name = activeDeadline(state);
  if (!name) return null;
  const setAt = Date.parse(state.deadlines[name]?.setAt ?? '');
  const open = candidates(state, input, name).filter(
    (point) => point.at >= setAt && !state.remindersSent.includes(point.key),
  );
  return open.reduce<ReminderPoint | null>(
    (earliest, point) => (earliest === null || point.at < earliest.at ? point : earliest),
    null,
  );
}

const WAITING_FOR: Record<DeadlineName, string> = {
  application: '提交申报材料',
  selfCheck: '提交自查报告',
  inspection: '完成检查验收',
  rectification: '提交整改报告',
};

function audienceFor(
  state: CaseState,
  point: { deadline: DeadlineName; kind: ReminderKind | 'CHASE' },
): Audience {
  if (point.kind === 'ESCALATION') return { kind: 'SUPERVISORS_AND_ORGANIZERS' };
  if (point.deadline !== 'inspection') return { kind: 'COMMUNITY' };
  const done = new Set(
    state.checks.filter((check) => check.round === state.round).map((check) => check.inspectorId),
  );
  const pending = state.inspectors
    .filter((inspector) => !done.has(inspector.userId))
    .map((inspector) => inspector.userId);
  return pending.length > 0 ? { kind: 'INSPECTORS', userIds: pending } : { kind: 'ORGANIZERS' };
}

/**
 * The case file once the reminder at `point` went out: its key joins `remindersSent`, so nextReminder
 * never offers it again. The file is otherwise unchanged (no step, no seq: a reminder is not an action).
 */
export function reminderSent(state: CaseState, point: Pick<ReminderPoint, 'key'>): CaseState {
  return { ...state, remindersSent: [...state.remindersSent, point.key] };
}

/** The message for a reminder point, addressed to whoever the case is waiting for. */
export function reminderNotification(
  state: CaseState,
  input: CaseInput,
  point: ReminderPoint,
  writing: TimeWriting = 'LOCAL',
): CaseNotification {
  const what = WAITING_FOR[point.deadline];
  const due = writing === 'LOCAL' ? formatLocalDateTime(point.dueAt, caseTimeZone(input)) : point.dueAt;
  const titles: Record<ReminderKind, string> = {
    BEFORE: `提醒：请于 ${due} 前${what}`,
    OVERDUE: `逾期：${what}已超过截止时间 ${due}`,
    ESCALATION:
      writing === 'LOCAL'
        ? `督办：${state.community.name}${what}逾期（截止时间 ${due}）`
        : `督办：${state.community.name}${what}逾期`,
  };
  const stage = writing === 'LOCAL' ? STAGE_LABELS[state.stage] : state.stage;
  return {
    key: point.key,
    kind: point.kind,
    campaignId: state.campaignId,
    workflowId: state.workflowId,
    communityId: state.communityId,
    communityPath: state.community.path,
    audience: audienceFor(state, point),
    title: titles[point.kind],
    body: `${input.campaignTitle} · ${state.community.name} · ${stage}`,
  };
}

/** The message an organizer's chase (催办) sends to whoever the case is waiting for, with the due time. */
export function chaseNotification(
  state: CaseState,
  input: CaseInput,
  message: string,
  writing: TimeWriting = 'LOCAL',
): CaseNotification | null {
  const deadline = activeDeadline(state);
  if (!deadline) return null;
  const dueAt = state.deadlines[deadline]?.dueAt;
  const due =
    writing === 'LOCAL' && dueAt ? `（截止时间 ${formatLocalDateTime(dueAt, caseTimeZone(input))}）` : '';
  return {
    key: `${state.workflowId}|chase#${state.seq}`,
    kind: 'CHASE',
    campaignId: state.campaignId,
    workflowId: state.workflowId,
    communityId: state.communityId,
    communityPath: state.community.path,
    audience: audienceFor(state, { deadline, kind: 'CHASE' }),
    title: `催办：请尽快${WAITING_FOR[deadline]}${due}`,
    body: `${input.campaignTitle} · ${state.community.name}: ${message}`,
  };
}

/** The due date the case is running against now (the read model's overdue filter compares it with now). */
export function currentDueAt(state: CaseState): string | null {
  const name = activeDeadline(state);
  return name ? (state.deadlines[name]?.dueAt ?? null) : null;
}
