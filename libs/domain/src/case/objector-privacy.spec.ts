import { caseDomainEvents } from '../events/case-domain-events';
import { actorFor, caseFileFor, HIDDEN_OBJECTOR } from './objector-privacy';
import type { CaseState } from './case-state';

const resident = { userId: 'public:abc', role: 'PUBLIC', displayName: '张先生' };
const organizer = { userId: 'u-org', role: 'ORGANIZER' };
const state = {
  objections: [
    {
      id: 'objection-1',
      content: '材料不实',
      contact: '13900000000',
      raisedAt: 't',
      raisedBy: resident,
      resolution: null,
    },
    {
      id: 'objection-2',
      content: '台账造假（联系方式：13800000000）',
      raisedAt: 't',
      raisedBy: { ...resident, userId: 'public:def', displayName: '李女士' },
      resolution: null,
    },
  ],
  decisions: [
    { action: 'CONFIRM_SCORES', at: 't', by: { ...organizer, displayName: '创建办' }, reasons: [] },
    { action: 'RAISE_OBJECTION', at: 't', by: resident, reasons: [] },
  ],
} as unknown as CaseState;

describe('objector privacy', () => {
  it('should show organizers and admins every objector with their contact', () => {
    expect(caseFileFor(state, organizer)).toBe(state);
    expect(caseFileFor(state, { userId: 'u-admin', role: 'ADMIN' })).toBe(state);
  });

  it.each(['COMMUNITY', 'OBSERVER', 'INSPECTOR'])('should hide objectors and contacts from a %s', (role) => {
    const seen = caseFileFor(state, { userId: 'u-x', role });
    expect(
      seen.objections.map((objection) => [objection.raisedBy, objection.contact, objection.content]),
    ).toEqual([
      [HIDDEN_OBJECTOR, null, '材料不实'],
      [HIDDEN_OBJECTOR, null, '台账造假'],
    ]);
    expect(seen.decisions.map((decision) => decision.by.displayName)).toEqual(['创建办', '异议人（已隐去）']);
    expect(JSON.stringify(seen)).not.toMatch(/张先生|李女士|139|138|public:/);
  });

  it('should show an objector its own objection', () => {
    const own = caseFileFor(state, { userId: 'public:abc', role: 'COMMUNITY' });
    expect(own.objections[0].raisedBy).toEqual(resident);
    expect(own.objections[1].raisedBy).toEqual(HIDDEN_OBJECTOR);
  });

  it('should hide only objectors in trail links', () => {
    const clerk = { userId: 'u-c', role: 'COMMUNITY' };
    expect(actorFor('RAISE_OBJECTION', resident, clerk)).toEqual(HIDDEN_OBJECTOR);
    expect(actorFor('RAISE_OBJECTION', resident, organizer)).toEqual(resident);
    expect(actorFor('REVIEW_APPLICATION', resident, clerk)).toEqual(resident);
  });

  it('should never name an objector in an outbound event', () => {
    const event = {
      workflowId: 'w',
      campaignId: 'c',
      communityId: 'c-01',
      seq: 5,
      action: 'RAISE_OBJECTION',
      actor: resident,
      stageBefore: 'SCORING',
      stageAfter: 'NOTICE',
      payload: null,
      at: '2026-01-01T00:00:00Z',
    };
    const [changed] = caseDomainEvents(event, null);
    expect(changed.data.actor).toEqual(HIDDEN_OBJECTOR);
  });
});
