import { buildStandard } from '../standard/standard.fixture';
import { CaseInput, CaseState, newCaseState } from './case-state';
import { CaseStage } from './case-stage';
import { nextReminder } from './reminders';

const T0 = Date.parse('2026-05-01T00:00:00Z');
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

function input(): CaseInput {
  return {
    campaignId: 'pa-2026',
    campaignTitle: '平安社区',
    community: { id: 'c-01', name: '一社区', kind: 'URBAN', streetId: 's-1', path: '/s-1/c-01/' },
    standard: buildStandard(),
    schedule: {
      applicationOpensAt: iso(T0 - 30 * DAY),
      applicationDueAt: iso(T0 + 10 * DAY),
      selfCheckDueAt: iso(T0 + 20 * DAY),
      inspectionStartsAt: iso(T0 + 20 * DAY),
      inspectionDueAt: iso(T0 + 30 * DAY),
      noticeDays: 7,
      awardAt: iso(T0 + 40 * DAY),
      reminderDaysBefore: [7, 1],
      overdueRepeatDays: 3,
      escalateAfterDays: 5,
    },
    timings: {
      noticeMs: 7 * DAY,
      rectificationMs: 14 * DAY,
      reminderOffsetsMs: [7 * DAY, DAY],
      overdueRepeatMs: 3 * DAY,
      escalateAfterMs: 5 * DAY,
    },
    inspection: {
      minInspectors: 1,
      maxInspectors: 3,
      combine: 'MEAN',
      rectificationAllowed: true,
      rectificationDays: 14,
      conflictRule: 'SAME_STREET',
      deviationThreshold: 10,
    },
    award: { topN: null, tieBreak: null, validityYears: 3, certificatePrefix: 'PA' },
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
    state = { ...state, remindersSent: [...state.remindersSent, point.key] };
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
