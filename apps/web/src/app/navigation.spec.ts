import { homeFor, mayOpen, navigationFor, PAGE_ROLES, routeOf, selectedNav } from './navigation';

describe('navigationFor', () => {
  it('should give an inspector its tasks first and never campaign management', () => {
    expect(navigationFor('INSPECTOR').map((item) => item.label)).toEqual(['我的检查任务', '待办', '通知']);
    expect(navigationFor('INSPECTOR').some((item) => item.path.startsWith('/campaigns'))).toBe(false);
  });

  it('should land an observer on the dashboards and a clerk on 我的创建', () => {
    expect(homeFor('OBSERVER')).toBe('/campaigns');
    expect(homeFor('COMMUNITY')).toBe('/my');
    expect(homeFor('ORGANIZER')).toBe('/todo');
  });

  it('should let an administrator launch a campaign, as the API allows it', () => {
    expect(navigationFor('ADMIN').map((item) => item.path)).toContain('/campaigns/new');
  });

  it('should show the office data and accounts to ADMIN and ORGANIZER only', () => {
    const office = ['/standards', '/titles', '/imports', '/users', '/webhooks'];
    for (const role of ['ADMIN', 'ORGANIZER']) {
      expect(navigationFor(role).map((item) => item.path)).toEqual(expect.arrayContaining(office));
    }
    for (const role of ['OBSERVER', 'INSPECTOR', 'COMMUNITY']) {
      expect(navigationFor(role).some((item) => office.includes(item.path))).toBe(false);
    }
  });

  it('should highlight the longest matching entry', () => {
    expect(selectedNav('ORGANIZER', '/campaigns/new')).toBe('/campaigns/new');
    expect(selectedNav('ORGANIZER', '/campaigns/x/cases')).toBe('/campaigns');
  });
});

describe('PAGE_ROLES', () => {
  const roles = ['ADMIN', 'ORGANIZER', 'OBSERVER', 'INSPECTOR', 'COMMUNITY'];

  it('should let every role open each page its menu offers, and its home', () => {
    for (const role of roles) {
      for (const item of navigationFor(role)) {
        const route = routeOf(item.path);
        expect({ role, path: item.path, route }).toEqual({
          role,
          path: item.path,
          route: expect.any(String),
        });
        expect({ role, path: item.path, may: mayOpen(role, route!) }).toEqual({
          role,
          path: item.path,
          may: true,
        });
      }
      expect(routeOf(homeFor(role))).toBeDefined();
    }
  });

  it("should keep the organizer's pages from a clerk, an inspector and an observer", () => {
    for (const route of [
      'campaigns/:campaignId/cases',
      'campaigns/:campaignId/batches/:batchId',
      'campaigns/:campaignId/assignment',
      'campaigns/new',
      'users',
    ] as const) {
      expect(roles.filter((role) => mayOpen(role, route))).toEqual(['ADMIN', 'ORGANIZER']);
    }
    expect(mayOpen('INSPECTOR', 'campaigns/:campaignId/dashboard')).toBe(false);
    expect(mayOpen('COMMUNITY', 'campaigns/:campaignId/dashboard')).toBe(false);
    expect(mayOpen('OBSERVER', 'campaigns/:campaignId/dashboard')).toBe(true);
  });

  it('should find the page of a concrete path, telling campaigns/new from a campaign', () => {
    expect(routeOf('/campaigns/new')).toBe('campaigns/new');
    expect(routeOf('/campaigns/c-1')).toBe('campaigns/:campaignId');
    expect(routeOf('/campaigns/c-1/cases/x')).toBe('campaigns/:campaignId/cases/:communityId');
    expect(routeOf('/nowhere')).toBeUndefined();
    expect(Object.keys(PAGE_ROLES)).toContain(routeOf('/standards/new'));
  });
});
