import { buildCaseInput } from './case.fixture';
import { CaseInput, CaseState, newCaseState } from './case-state';
import { CaseStage } from './case-stage';
import { chaseNotification, nextReminder, reminderNotification, reminderSent } from './reminders';

const T0 = Date.parse('2026-05-01T00:00:00Z');
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** The shared case input with reminders on: 7 and 1 days before, every 3 days overdue, escalated after 5. */
function input(): CaseInput {
  const base = buildCaseInput();
  return {
    ...base,
    schedule: { ...base.schedule, reminderDaysBefore: [7, 1], overdueRepeatDays: 3 },
    timings: { ...base.timings, reminderOffsetsMs: [7 * DAY, DAY], overdueRepeatMs: 3 * DAY },
  };
}

function selfCheckCase(dueAt: number, setAt: number, sent: string[] = []): CaseState {
  const state = newCaseState('case:pa-2026:c-01', input(), T0);
  return {
    ...state,
    stage: CaseStage.SELF_CHECK,
    deadlines: { selfCheck: { dueAt: iso(dueAt), setAt: iso(setAt) } },
    remindersSent: sent,
  };
}

/** Sends reminders one by one, as the workflow does, and lists what went out before `until`. */
function drain(state: CaseState, until: number): string[] {
  const out: string[] = [];
  for (
    let point = nextReminder(state, input());
    point && point.at <= until;
    point = nextReminder(state, input())
  ) {
    out.push(point.key.split('|').slice(1).join('|'));
    state = reminderSent(state, point);
  }
  return out;
}

describe('nextReminder', () => {
  it('should give the offsets before the due date, then repeats and one escalation while overdue, in time order', () => {
    const due = T0 + 20 * DAY;
    expect(drain(selfCheckCase(due, T0), due + 7 * DAY)).toEqual([
      `selfCheck@${iso(due)}|BEFORE-${7 * DAY}`,
      `selfCheck@${iso(due)}|BEFORE-${DAY}`,
      `selfCheck@${iso(due)}|OVERDUE+1`,
      `selfCheck@${iso(due)}|ESCALATION`,
      `selfCheck@${iso(due)}|OVERDUE+2`,
    ]);
  });

  it('should skip points that fell before the deadline was set when a deadline is extended', () => {
    const due = T0 + 20 * DAY;
    // Extended on day 15 to day 21: the 7-days-before point (day 14) is already past, the 1-day one is not.
    const extended = selfCheckCase(T0 + 21 * DAY, T0 + 15 * DAY, [
      `case:pa-2026:c-01|selfCheck@${iso(due)}|BEFORE-${7 * DAY}`,
    ]);
    expect(drain(extended, T0 + 21 * DAY)).toEqual([`selfCheck@${iso(T0 + 21 * DAY)}|BEFORE-${DAY}`]);
  });

  it('should not repeat overdue reminders for a deadline that closes its stage when missed', () => {
    const state = newCaseState('case:pa-2026:c-01', input(), T0);
    const due = T0 + 10 * DAY;
    expect(drain(state, due + 30 * DAY)).toEqual([
      `application@${iso(due)}|BEFORE-${7 * DAY}`,
      `application@${iso(due)}|BEFORE-${DAY}`,
    ]);
  });

  it('should return nothing when the case runs against no deadline', () => {
    expect(nextReminder({ ...selfCheckCase(T0, T0), stage: CaseStage.SCORING }, input())).toBeNull();
  });
});

describe(reminderSent.name, () => {
  it('should add the key to a new case file and leave the one it was given (and its seq) as it was', () => {
    const state = newCaseState('case:pa-2026:c-01', input(), T0);
    const point = nextReminder(state, input())!;
    const sent = reminderSent(state, point);
    expect(sent.remindersSent).toEqual([point.key]);
    expect(sent.seq).toBe(state.seq);
    expect(state.remindersSent).toEqual([]);
    expect(nextReminder(sent, input())?.key).not.toBe(point.key);
  });
});

describe('reminder and chase texts', () => {
  // The example: a self-check due 2026-12-01T05:29:20.000Z, i.e. 13:29 in Beijing.
  const dueAt = '2026-12-01T05:29:20.000Z';
  const state = {
    ...selfCheckCase(Date.parse(dueAt), T0),
    deadlines: { selfCheck: { dueAt, setAt: iso(T0) } },
  };
  const point = (kind: 'BEFORE' | 'OVERDUE' | 'ESCALATION') => ({
    key: `k-${kind}`,
    at: 0,
    deadline: 'selfCheck' as const,
    dueAt,
    kind,
  });
  const texts = (kind: 'BEFORE' | 'OVERDUE' | 'ESCALATION', writing: 'LOCAL' | 'ISO', zone?: string) => {
    const notification = reminderNotification(state, { ...input(), timeZone: zone }, point(kind), writing);
    return [notification.title, notification.body];
  };

  it('should show the due time as a person in the case’s zone reads it, not UTC ISO (issue 10)', () => {
    expect(texts('BEFORE', 'LOCAL', 'Asia/Shanghai')).toEqual([
      '提醒：请于 2026年12月1日 13:29 前提交自查报告',
      '平安社区 · 一社区 · 自查',
    ]);
    expect(texts('OVERDUE', 'LOCAL', 'Asia/Shanghai')[0]).toBe(
      '逾期：提交自查报告已超过截止时间 2026年12月1日 13:29',
    );
    expect(texts('ESCALATION', 'LOCAL', 'Asia/Shanghai')[0]).toBe(
      '督办：一社区提交自查报告逾期（截止时间 2026年12月1日 13:29）',
    );
    expect(texts('BEFORE', 'LOCAL', 'Europe/London')[0]).toBe(
      '提醒：请于 2026年12月1日 05:29 前提交自查报告',
    );
  });

  it('should read a case started without a zone in the default zone, Asia/Shanghai', () => {
    expect(texts('BEFORE', 'LOCAL')[0]).toBe('提醒：请于 2026年12月1日 13:29 前提交自查报告');
  });

  it('should write exactly what cases wrote before the patch when told ISO (their replay must match)', () => {
    expect(texts('BEFORE', 'ISO', 'Asia/Shanghai')).toEqual([
      '提醒：请于 2026-12-01T05:29:20.000Z 前提交自查报告',
      '平安社区 · 一社区 · SELF_CHECK',
    ]);
    expect(texts('ESCALATION', 'ISO')[0]).toBe('督办：一社区提交自查报告逾期');
  });

  it('should give a chase the due time it is chasing, and nothing more under ISO', () => {
    const local = chaseNotification(state, input(), '请尽快提交', 'LOCAL');
    expect(local?.title).toBe('催办：请尽快提交自查报告（截止时间 2026年12月1日 13:29）');
    expect(chaseNotification(state, input(), '请尽快提交', 'ISO')?.title).toBe('催办：请尽快提交自查报告');
  });
});
