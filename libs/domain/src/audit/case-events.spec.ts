import { CaseStage } from '../case/case-stage';
import { Actor, CaseInput, newCaseState } from '../case/case-state';
import { SYSTEM_ACTOR } from '../accounts/system-actor';
import { moveTo, withDecision } from '../case/case-transition';
import { caseEvents, openingEvent } from './case-events';

const T0 = Date.parse('2026-05-01T08:00:00Z');
const CLERK: Actor = { userId: 'u-clerk', role: 'COMMUNITY', displayName: '一社区居委会' };
const INSPECTOR: Actor = { userId: 'u-insp', role: 'INSPECTOR', displayName: '张检查员' };
const input = {
  campaignId: 'pa-2026',
  community: { id: 'c-01', name: '一社区', kind: 'URBAN', streetId: 's-1', path: '/s-1/c-01/' },
  schedule: { applicationDueAt: '2026-06-01T00:00:00Z' },
} as unknown as CaseInput;
const opened = newCaseState('case:pa-2026:c-01', input, T0);

describe('the audit events of a committed step', () => {
  it('should open a case as seq 0, by the system, from no stage', () => {
    expect(openingEvent(opened, { launch: true }, T0)).toEqual({
      workflowId: 'case:pa-2026:c-01',
      campaignId: 'pa-2026',
      communityId: 'c-01',
      seq: 0,
      action: 'CASE_OPENED',
      actor: { userId: 'system', role: 'SYSTEM', displayName: '系统' },
      stageBefore: null,
      stageAfter: CaseStage.INVITED,
      payload: { launch: true },
      at: '2026-05-01T08:00:00.000Z',
    });
  });

  it('should give a one-decision step one event under its seq, with the actor and what they sent', () => {
    const applied = moveTo(opened, CaseStage.APPLICATION_REVIEW, 'SUBMIT_APPLICATION', CLERK, T0 + 1000);
    expect(caseEvents(opened, applied, { content: {} })).toEqual([
      expect.objectContaining({
        seq: 1,
        action: 'SUBMIT_APPLICATION',
        actor: CLERK,
        stageBefore: CaseStage.INVITED,
        stageAfter: CaseStage.APPLICATION_REVIEW,
        payload: { content: {} },
        at: '2026-05-01T08:00:01.000Z',
      }),
    ]);
  });

  it("should keep the last inspector's check and the system's CHECKS_COMPLETE as two events, each with its actor", () => {
    const inspecting = { ...opened, stage: CaseStage.INSPECTION, seq: 5, decisions: Array(5).fill(null) };
    const checked = withDecision(inspecting, 'SUBMIT_CHECK', INSPECTOR, T0, {});
    const scored = moveTo(checked, CaseStage.SCORING, 'CHECKS_COMPLETE', SYSTEM_ACTOR, T0);
    const events = caseEvents(inspecting, scored, { scores: { 'A-01': 10 } });
    expect(
      events.map(({ seq, action, actor, stageBefore, stageAfter, payload }) => ({
        seq,
        action,
        actor: actor.userId,
        stageBefore,
        stageAfter,
        payload,
      })),
    ).toEqual([
      {
        seq: 6,
        action: 'SUBMIT_CHECK',
        actor: 'u-insp',
        stageBefore: CaseStage.INSPECTION,
        stageAfter: CaseStage.INSPECTION,
        payload: { scores: { 'A-01': 10 } },
      },
      {
        seq: 7,
        action: 'CHECKS_COMPLETE',
        actor: SYSTEM_ACTOR.userId,
        stageBefore: CaseStage.INSPECTION,
        stageAfter: CaseStage.SCORING,
        payload: null,
      },
    ]);
    expect(events.at(-1)?.seq).toBe(scored.seq);
  });

  it('should give no event for a step that added no decision (projection only)', () => {
    expect(caseEvents(opened, { ...opened }, null)).toEqual([]);
  });
});
