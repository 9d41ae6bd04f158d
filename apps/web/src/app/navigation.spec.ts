import { homeFor, navigationFor, selectedNav } from './navigation';

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
