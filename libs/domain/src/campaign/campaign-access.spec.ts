import { accessSatisfies, campaignAccessLevel, CampaignWhereabouts } from './campaign-access';

// A district's campaign over the whole district, organised by the district office.
const districtCampaign: CampaignWhereabouts = {
  status: 'LAUNCHED',
  organizerPath: '/p/d/',
  scopePath: '/p/d/',
};
const viewer = (role: string, scopePath: string | null) => ({ role, scopePath });

describe('campaignAccessLevel', () => {
  it.each([
    ['an ADMIN', viewer('ADMIN', null), 'MANAGE'],
    ['the organizing office', viewer('ORGANIZER', '/p/d/'), 'MANAGE'],
    ['an organizer above it', viewer('ORGANIZER', '/p/'), 'MANAGE'],
    ['an observer of the office', viewer('OBSERVER', '/p/d/'), 'READ'],
    ['a street office inside the scope', viewer('ORGANIZER', '/p/d/s1/'), 'PART'],
    ['a street observer inside the scope', viewer('OBSERVER', '/p/d/s1/'), 'PART'],
    ['a clerk of a community in scope', viewer('COMMUNITY', '/p/d/s1/c1/'), 'PART'],
    ['any inspector', viewer('INSPECTOR', '/p/x/s9/'), 'PART'],
    ['the public', null, 'PUBLIC'],
  ])('should give %s %s', (_who, who, level) => {
    expect(campaignAccessLevel(who, districtCampaign)).toBe(level);
  });

  it.each([
    ['an organizer of another district', viewer('ORGANIZER', '/p/e/')],
    ['an organizer of a district whose name starts alike', viewer('ORGANIZER', '/p/d2/')],
    ['a clerk elsewhere', viewer('COMMUNITY', '/p/e/s1/c1/')],
    ['an organizer not placed in the tree', viewer('ORGANIZER', null)],
    ['an unknown role', viewer('GUEST', '/p/d/')],
  ])('should give %s nothing', (_who, who) => {
    expect(campaignAccessLevel(who, districtCampaign)).toBeNull();
  });

  it('should show a DRAFT only to those who manage or read the whole campaign', () => {
    const draft = { ...districtCampaign, status: 'DRAFT' as const };
    expect(campaignAccessLevel(viewer('ORGANIZER', '/p/d/'), draft)).toBe('MANAGE');
    expect(campaignAccessLevel(viewer('OBSERVER', '/p/d/'), draft)).toBe('READ');
    for (const who of [
      viewer('ORGANIZER', '/p/d/s1/'),
      viewer('COMMUNITY', '/p/d/s1/c1/'),
      viewer('INSPECTOR', '/p/d/'),
      null,
    ]) {
      expect(campaignAccessLevel(who, draft)).toBeNull();
    }
  });

  it('should keep a cancelled campaign visible to those who took part', () => {
    const cancelled = { ...districtCampaign, status: 'CANCELLED' as const };
    expect(campaignAccessLevel(viewer('COMMUNITY', '/p/d/s1/c1/'), cancelled)).toBe('PART');
  });

  it("should let a district take part in its city's campaign over one of its streets", () => {
    const streetCampaign = { status: 'LAUNCHED' as const, organizerPath: '/p/', scopePath: '/p/d/s1/' };
    expect(campaignAccessLevel(viewer('ORGANIZER', '/p/d/'), streetCampaign)).toBe('PART');
    expect(campaignAccessLevel(viewer('ORGANIZER', '/p/d/s2/'), streetCampaign)).toBeNull();
  });
});

describe('accessSatisfies', () => {
  it('should order PUBLIC < PART < READ < MANAGE', () => {
    expect(accessSatisfies('MANAGE', 'READ')).toBe(true);
    expect(accessSatisfies('READ', 'READ')).toBe(true);
    expect(accessSatisfies('PART', 'READ')).toBe(false);
    expect(accessSatisfies('PUBLIC', 'PART')).toBe(false);
    expect(accessSatisfies(null, 'PUBLIC')).toBe(false);
  });
});
