import { buildStandard } from '../standard/standard.fixture';
import { buildCampaignSettings } from './campaign.fixture';
import { launchProblems, ScopeCommunity } from './campaign-launch';

function community(id: string, kind: 'URBAN' | 'RURAL', eligible = true): ScopeCommunity {
  return { id, name: id, kind, streetId: 'sfjd', path: `/zj/hz/xh/sfjd/${id}/`, eligible };
}

describe(launchProblems.name, () => {
  const schedule = buildCampaignSettings().schedule;
  const beforeDue = Date.parse('2026-03-01T00:00:00Z');

  it('should report nothing when an eligible community exists and the application is still open', () => {
    const communities = [community('c-01', 'URBAN'), community('c-02', 'RURAL', false)];

    expect(launchProblems(schedule, communities, buildStandard(), beforeDue)).toEqual([]);
  });

  it('should report the application deadline when it has passed', () => {
    const afterDue = Date.parse('2026-04-01T00:00:00Z');

    expect(launchProblems(schedule, [community('c-01', 'URBAN')], buildStandard(), afterDue)).toEqual([
      {
        field: 'schedule.applicationDueAt',
        message: 'expected a date still ahead; 2026-03-31T16:00:00Z has passed, move the schedule first',
      },
    ]);
  });

  it('should report the scope when no community in it is eligible', () => {
    const communities = [community('c-19', 'URBAN', false)];

    expect(launchProblems(schedule, communities, buildStandard(), beforeDue)).toEqual([
      {
        field: 'scopeJurisdictionId',
        message: 'expected at least one eligible community in the scope; there is none',
      },
    ]);
  });

  it('should name the communities the standard has no items for when it serves only one kind', () => {
    const standard = buildStandard();
    standard.categories[1].items = standard.categories[1].items.filter((item) => item.appliesTo === 'URBAN');
    for (const item of standard.categories[0].items) item.appliesTo = 'URBAN';
    standard.categories[2].items[0].appliesTo = 'URBAN';
    const communities = [community('c-01', 'URBAN'), community('c-15', 'RURAL'), community('c-16', 'RURAL')];

    expect(launchProblems(schedule, communities, standard, beforeDue)).toEqual([
      {
        field: 'standard',
        message: 'standard PINGAN v2 has no items for rural communities, but the scope has c-15, c-16',
      },
    ]);
  });
});
