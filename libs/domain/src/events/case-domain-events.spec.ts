import type { CaseEvent } from '../audit/case-event';
import { caseDomainEvents, closureEventKey, isDomainEventType } from './case-domain-events';

const CLERK = { userId: 'u-clerk', role: 'COMMUNITY', displayName: '一社区居委会' };
const SYSTEM = { userId: 'system', role: 'SYSTEM', displayName: '系统' };

function event(overrides: Partial<CaseEvent>): CaseEvent {
  return {
    workflowId: 'case:c1:cm1',
    campaignId: 'c1',
    communityId: 'cm1',
    seq: 3,
    action: 'SUBMIT_APPLICATION',
    actor: CLERK,
    stageBefore: 'INVITED',
    stageAfter: 'APPLICATION_REVIEW',
    payload: { content: 'secret details' },
    at: '2026-03-01T08:00:00.000Z',
    ...overrides,
  };
}

describe(caseDomainEvents.name, () => {
  it('should emit a stage change and a submission, keyed by workflow, seq and type, when an application moves the stage', () => {
    const events = caseDomainEvents(event({}), null);
    expect(events.map((e) => e.key)).toEqual([
      'case:c1:cm1#3#case.stage_changed',
      'case:c1:cm1#3#case.submission_received',
    ]);
    expect(events[1]).toEqual({
      key: 'case:c1:cm1#3#case.submission_received',
      type: 'case.submission_received',
      campaignId: 'c1',
      occurredAt: '2026-03-01T08:00:00.000Z',
      data: {
        workflowId: 'case:c1:cm1',
        campaignId: 'c1',
        communityId: 'cm1',
        seq: 3,
        action: 'SUBMIT_APPLICATION',
        actor: CLERK,
        stageBefore: 'INVITED',
        stageAfter: 'APPLICATION_REVIEW',
        submission: 'APPLICATION',
      },
    });
  });

  it('should not pass on what the actor submitted when it builds the event data', () => {
    const [stageChanged] = caseDomainEvents(event({}), null);
    expect(JSON.stringify(stageChanged.data)).not.toContain('secret details');
  });

  it('should emit only a submission when an inspector check leaves the stage as it was', () => {
    const events = caseDomainEvents(
      event({ action: 'SUBMIT_CHECK', stageBefore: 'INSPECTION', stageAfter: 'INSPECTION' }),
      null,
    );
    expect(events.map((e) => [e.type, e.data.submission])).toEqual([['case.submission_received', 'CHECK']]);
  });

  it.each([
    ['DEADLINE_MISSED', 'INVITED', 'NOT_APPLIED'],
    ['AWARD', 'NOTICE', 'AWARDED'],
    ['WITHDRAW', 'SELF_CHECK', 'WITHDRAWN'],
    ['CONFIRM_SCORES', 'SCORING', 'NOT_AWARDED'],
  ])('should key the events of a closing step (%s) by the closure, not the step', (action, before, after) => {
    const events = caseDomainEvents(event({ action, stageBefore: before, stageAfter: after, seq: 7 }), null);

    expect(events.map((e) => e.key)).toEqual(events.map((e) => closureEventKey('case:c1:cm1', e.type)));
    expect(events.map((e) => e.key)).toContain('case:c1:cm1#closed#case.stage_changed');
  });

  it('should carry the award when the workflow grants it', () => {
    const award = { tier: '精品', certificateNumber: 'PA-2026-cm1', awardedAt: 'x', validUntil: 'y' };
    const events = caseDomainEvents(
      event({ action: 'AWARD', actor: SYSTEM, stageBefore: 'NOTICE', stageAfter: 'AWARDED' }),
      award,
    );
    expect(events.map((e) => e.type)).toEqual(['case.stage_changed', 'case.award_granted']);
    expect(events[1].data.award).toEqual(award);
  });

  it.each([
    ['DEADLINE_MISSED', 'APPLICATION_REVIEW', 'NOT_APPLIED', 'application'],
    ['RECTIFICATION_MISSED', 'RECTIFICATION', 'SCORING', 'rectification'],
  ])('should name the missed deadline when the action is %s', (action, before, after, deadline) => {
    const events = caseDomainEvents(
      event({ action, actor: SYSTEM, stageBefore: before, stageAfter: after }),
      null,
    );
    expect(events.map((e) => e.type)).toEqual(['case.stage_changed', 'case.deadline_missed']);
    expect(events[1].data.deadline).toBe(deadline);
  });

  it('should emit a stage change from null when the case opens, and nothing for a chase', () => {
    expect(
      caseDomainEvents(event({ action: 'CASE_OPENED', stageBefore: null, stageAfter: 'INVITED' }), null).map(
        (e) => e.type,
      ),
    ).toEqual(['case.stage_changed']);
    expect(
      caseDomainEvents(event({ action: 'CHASE', stageBefore: 'INVITED', stageAfter: 'INVITED' }), null),
    ).toEqual([]);
  });

  it('should know the event types a subscription may name, and refuse others', () => {
    expect(isDomainEventType('case.award_granted')).toBe(true);
    expect(isDomainEventType('case.exploded')).toBe(false);
  });
});
