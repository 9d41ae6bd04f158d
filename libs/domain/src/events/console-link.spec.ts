import { consoleLinkFor } from './console-link';

describe(consoleLinkFor.name, () => {
  const about = { campaignId: 'demo-2026-pingan', communityId: 'c-01' };

  it('should send a clerk to their case, an inspector to the check form, organizers to the case file', () => {
    expect(consoleLinkFor({ ...about, audience: { kind: 'COMMUNITY' } })).toBe(
      '/console/my/demo-2026-pingan',
    );
    expect(consoleLinkFor({ ...about, audience: { kind: 'INSPECTORS', userIds: ['u1'] } })).toBe(
      '/console/inspections/demo-2026-pingan/c-01',
    );
    expect(consoleLinkFor({ ...about, audience: { kind: 'SUPERVISORS_AND_ORGANIZERS' } })).toBe(
      '/console/campaigns/demo-2026-pingan/cases/c-01',
    );
  });
});
