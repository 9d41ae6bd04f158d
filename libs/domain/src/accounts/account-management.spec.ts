import {
  accountDraftProblems,
  AccountManager,
  grantProblems,
  mayManage,
  ScopeNode,
} from './account-management';

const admin: AccountManager = { userId: 'a', role: 'ADMIN', scopePath: null };
const streetOrganizer: AccountManager = { userId: 'o', role: 'ORGANIZER', scopePath: '/p/d/s1/' };
const node = (id: string, level: ScopeNode['level'], path: string): ScopeNode => ({ id, level, path });
const street = node('s1', 'STREET', '/p/d/s1/');
const otherStreet = node('s2', 'STREET', '/p/d/s2/');
const community = node('c1', 'COMMUNITY', '/p/d/s1/c1/');
const district = node('d', 'DISTRICT', '/p/d/');

describe('mayManage', () => {
  it('should let an ADMIN manage every account, ADMINs included', () => {
    expect(mayManage(admin, { role: 'ADMIN', scopePath: null })).toBe(true);
    expect(mayManage(admin, { role: 'COMMUNITY', scopePath: community.path })).toBe(true);
  });

  it('should let an ORGANIZER manage non-ADMIN accounts inside its subtree only', () => {
    expect(mayManage(streetOrganizer, { role: 'COMMUNITY', scopePath: community.path })).toBe(true);
    expect(mayManage(streetOrganizer, { role: 'ORGANIZER', scopePath: street.path })).toBe(true);
    expect(mayManage(streetOrganizer, { role: 'COMMUNITY', scopePath: '/p/d/s2/c9/' })).toBe(false);
    expect(mayManage(streetOrganizer, { role: 'ORGANIZER', scopePath: district.path })).toBe(false);
    expect(mayManage(streetOrganizer, { role: 'ADMIN', scopePath: null })).toBe(false);
    expect(mayManage(streetOrganizer, { role: 'ORGANIZER', scopePath: '/p/d/s10/' })).toBe(false);
  });

  it('should let nobody else manage accounts', () => {
    for (const role of ['OBSERVER', 'COMMUNITY', 'INSPECTOR']) {
      expect(
        mayManage({ userId: 'x', role, scopePath: '/p/' }, { role: 'COMMUNITY', scopePath: community.path }),
      ).toBe(false);
    }
  });
});

describe('grantProblems', () => {
  it('should accept each role at a level it may have', () => {
    expect(grantProblems(streetOrganizer, 'COMMUNITY', 'c1', community)).toEqual([]);
    expect(grantProblems(streetOrganizer, 'INSPECTOR', 's1', street)).toEqual([]);
    expect(grantProblems(streetOrganizer, 'INSPECTOR', 'c1', community)).toEqual([]);
    expect(grantProblems(streetOrganizer, 'OBSERVER', 'c1', community)).toEqual([]);
    expect(grantProblems(admin, 'ORGANIZER', 'd', district)).toEqual([]);
    expect(grantProblems(admin, 'ADMIN', null, undefined)).toEqual([]);
  });

  it('should refuse ADMIN to anyone but an ADMIN', () => {
    expect(grantProblems(streetOrganizer, 'ADMIN', null, undefined)).toEqual([
      { field: 'role', message: 'only an administrator may grant ADMIN' },
    ]);
  });

  it('should read a scope outside the subtree like an unknown one', () => {
    const outside = grantProblems(streetOrganizer, 'COMMUNITY', 's2', otherStreet);
    const unknown = grantProblems(streetOrganizer, 'COMMUNITY', 'zz', undefined);
    expect(outside).toEqual([
      { field: 'scopeId', message: 'expected a jurisdiction within your scope; s2 is unknown or outside it' },
    ]);
    expect(unknown[0].message).toBe('expected a jurisdiction within your scope; zz is unknown or outside it');
    expect(grantProblems(streetOrganizer, 'ORGANIZER', 'd', district)[0].field).toBe('scopeId');
  });

  it('should name the levels a role is placed at', () => {
    expect(grantProblems(admin, 'COMMUNITY', 's1', street)).toEqual([
      { field: 'scopeId', message: 'a COMMUNITY is placed at COMMUNITY; s1 is a STREET' },
    ]);
    expect(grantProblems(admin, 'ORGANIZER', 'c1', community)[0].message).toBe(
      'a ORGANIZER is placed at PROVINCE or CITY or DISTRICT or STREET; c1 is a COMMUNITY',
    );
    expect(grantProblems(admin, 'INSPECTOR', 'd', district)[0].message).toBe(
      'a INSPECTOR is placed at STREET or COMMUNITY; d is a DISTRICT',
    );
    expect(grantProblems(admin, 'COMMUNITY', null, undefined)[0].message).toBe(
      'a COMMUNITY needs a scope: COMMUNITY',
    );
    expect(grantProblems(admin, 'ADMIN', 's1', street)[0].message).toBe(
      'an ADMIN has no scope; leave it empty',
    );
    expect(grantProblems(admin, 'GUEST', null, undefined)[0].message).toBe(
      'expected one of ADMIN, ORGANIZER, COMMUNITY, INSPECTOR, OBSERVER',
    );
  });
});

describe('accountDraftProblems', () => {
  const context = {
    manager: streetOrganizer,
    scope: community,
    usernameTaken: false,
    passwordPolicy: { minLength: 10 },
  };
  const draft = {
    username: 'clerk-c1',
    displayName: '一社区居委会',
    role: 'COMMUNITY',
    scopeId: 'c1',
    password: 'safe-pass-2026',
    email: null,
  };

  it('should accept a good draft, and one without a password (generated later)', () => {
    expect(accountDraftProblems(draft, context)).toEqual([]);
    expect(accountDraftProblems({ ...draft, password: null }, context)).toEqual([]);
  });

  it('should list every problem on its field', () => {
    const problems = accountDraftProblems(
      { ...draft, username: 'x', displayName: ' ', password: 'short', email: 'not-mail' },
      context,
    );
    expect(problems.map((problem) => problem.field)).toEqual([
      'username',
      'displayName',
      'password',
      'password',
      'email',
    ]);
    expect(accountDraftProblems(draft, { ...context, usernameTaken: true })).toEqual([
      { field: 'username', message: 'clerk-c1 is already taken' },
    ]);
  });
});
