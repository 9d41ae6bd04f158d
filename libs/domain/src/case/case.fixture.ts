import { buildStandard } from '../standard/standard.fixture';
import { reviewApplication, submitApplication } from './application';
import { Actor, AssignedInspector, CaseInput, CaseState, newCaseState } from './case-state';
import { submitSelfCheck } from './self-check';

// Test-only: one urban community's case in a 2026 campaign of the small standard (A-01 10, A-02 5,
// B-01 10 points for an urban community), and the actors who act on it.

export const T0 = Date.parse('2026-05-01T00:00:00Z');
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

export const CLERK: Actor = { userId: 'u-clerk', role: 'COMMUNITY', displayName: '一社区居委会' };
export const ORGANIZER: Actor = { userId: 'u-org', role: 'ORGANIZER', displayName: '街道创建办' };
export const FULL_MARKS = { 'A-01': 10, 'A-02': 5, 'B-01': 10 };

/** The `ordinal`-th inspector, from another street than the case's (no conflict). */
export function inspectorOf(ordinal: number): AssignedInspector & { actor: Actor } {
  const userId = `u-inspector-${ordinal}`;
  const displayName = `检查员${ordinal}`;
  return {
    userId,
    displayName,
    streetId: 's-2',
    communityId: null,
    actor: { userId, role: 'INSPECTOR', displayName },
  };
}

/** A fresh case input; `inspection` overrides parts of the inspection policy. */
export function buildCaseInput(inspection: Partial<CaseInput['inspection']> = {}): CaseInput {
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
      reminderDaysBefore: [],
      overdueRepeatDays: 0,
      escalateAfterDays: 5,
    },
    timings: {
      noticeMs: 7 * DAY,
      rectificationMs: 14 * DAY,
      reminderOffsetsMs: [],
      overdueRepeatMs: 0,
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
      ...inspection,
    },
    award: { topN: null, tieBreak: null, validityYears: 3, certificatePrefix: 'PA' },
  };
}

/** The case carried through application, acceptance and self-check into INSPECTION, at T0. */
export function caseInInspection(input: CaseInput): CaseState {
  let state = newCaseState('case:pa-2026:c-01', input, T0);
  state = submitApplication(state, { content: {}, actor: CLERK }, T0);
  state = reviewApplication(state, { decision: 'ACCEPT', reasons: [], actor: ORGANIZER }, T0, input);
  return submitSelfCheck(state, { scores: FULL_MARKS, evidence: {}, notes: '', actor: CLERK }, T0, input);
}
