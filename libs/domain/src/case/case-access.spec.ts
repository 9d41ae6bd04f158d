import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { assertCaseAccess, ScopedActor, unscoped } from './case-access';

const whereabouts = {
  campaignId: 'pa-2026',
  communityId: 'c-01',
  community: { id: 'c-01', name: '一社区', kind: 'URBAN' as const, streetId: 's-1', path: '/d-1/s-1/c-01/' },
  inspectors: [{ userId: 'u-insp', displayName: '张检查员', scopeId: 's-2' }],
};

function actor(
  role: string,
  scope?: { id: string | null; path: string | null },
  userId = 'u-1',
): ScopedActor {
  return { userId, role, displayName: role, scope };
}

function refusal(who: ScopedActor): DomainError | undefined {
  try {
    assertCaseAccess(whereabouts as never, who);
    return undefined;
  } catch (error) {
    return error as DomainError;
  }
}

describe('assertCaseAccess: who may act on a case, decided on the case file', () => {
  it.each([
    ['an organizer of the street', actor('ORGANIZER', { id: 's-1', path: '/d-1/s-1/' })],
    ['an organizer of the district above', actor('ORGANIZER', { id: 'd-1', path: '/d-1/' })],
    ['an observer of the street', actor('OBSERVER', { id: 's-1', path: '/d-1/s-1/' })],
    ["the community's own clerk", actor('COMMUNITY', { id: 'c-01', path: '/d-1/s-1/c-01/' })],
    [
      'an assigned inspector (whatever their own scope)',
      actor('INSPECTOR', { id: 's-2', path: '/d-1/s-2/' }, 'u-insp'),
    ],
    ['an administrator', actor('ADMIN', { id: null, path: null })],
    ['an internal caller (no scope given)', actor('ORGANIZER')],
  ])('should let %s act', (_who, who) => {
    expect(refusal(who)).toBeUndefined();
  });

  it.each([
    ['an organizer of another street', actor('ORGANIZER', { id: 's-2', path: '/d-1/s-2/' })],
    ['an organizer not yet placed in the tree', actor('ORGANIZER', { id: null, path: null })],
    ['the clerk of another community', actor('COMMUNITY', { id: 'c-02', path: '/d-1/s-1/c-02/' })],
    ['a clerk with no community', actor('COMMUNITY', { id: null, path: null })],
    [
      'an inspector not assigned to the case',
      actor('INSPECTOR', { id: 's-1', path: '/d-1/s-1/' }, 'u-other'),
    ],
    ['an unknown role', actor('GUEST', { id: 's-1', path: '/d-1/s-1/' })],
  ])('should answer NOT_FOUND (existence not leaked) to %s', (_who, who) => {
    const error = refusal(who);
    expect(error).toBeInstanceOf(DomainError);
    expect(error?.code).toBe(DomainErrorCode.NOT_FOUND);
    expect(error?.message).toBe('No case for community c-01 in campaign pa-2026');
  });

  it('should not take street s-10 for part of street s-1 (paths end with a slash)', () => {
    const inS10 = { ...whereabouts, community: { ...whereabouts.community, path: '/d-1/s-10/c-01/' } };
    const streetOne = actor('ORGANIZER', { id: 's-1', path: '/d-1/s-1/' });
    expect(() => assertCaseAccess(inS10 as never, streetOne)).toThrow(DomainError);
  });

  it('should leave the scope out of what the case file records', () => {
    const command = { reason: '测试', actor: actor('ORGANIZER', { id: 's-1', path: '/d-1/s-1/' }) };
    expect(unscoped(command)).toEqual({
      reason: '测试',
      actor: { userId: 'u-1', role: 'ORGANIZER', displayName: 'ORGANIZER' },
    });
    expect(command.actor.scope).toEqual({ id: 's-1', path: '/d-1/s-1/' });
  });
});
