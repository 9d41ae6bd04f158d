import { TestUser } from '../support/test-app';
import {
  admin,
  as,
  clerk,
  districtOrganizer,
  draft,
  inspector,
  launched,
  observer,
  organizer,
  otherClerk,
  otherObserver,
  otherOrganizer,
  useCampaignsWorld,
} from '../support/campaigns-world';

// Its own tree (cr-…), so this file never meets another spec file's in the shared database.
describe('/campaigns', () => {
  useCampaignsWorld('cr');

  describe('GET (list and detail), by role and scope', () => {
    let draftA: string;
    let launchedA: string;
    let draftB: string;
    const listed = async (user: TestUser) => {
      const response = await as(user).get('/campaigns?limit=500').expect(200);
      return (response.body.items as { id: string }[])
        .map((campaign) => campaign.id)
        .filter((id) => [draftA, launchedA, draftB].includes(id))
        .sort();
    };

    beforeAll(async () => {
      draftA = await draft();
      launchedA = await launched();
      draftB = await draft(
        { organizerJurisdictionId: 'cr-street-b', scopeJurisdictionId: 'cr-street-b' },
        otherOrganizer,
      );
    });

    it.each([
      ['an admin', () => admin, () => [draftA, launchedA, draftB]],
      ['a district organizer', () => districtOrganizer, () => [draftA, launchedA, draftB]],
      ['the street organizer', () => organizer, () => [draftA, launchedA]],
      ['the other street organizer', () => otherOrganizer, () => [draftB]],
      ['the street observer', () => observer, () => [draftA, launchedA]],
      ['the other street observer', () => otherObserver, () => [draftB]],
      ['a clerk of the street', () => clerk, () => [launchedA]],
      ['a clerk of the other street', () => otherClerk, () => []],
    ])('should list to %s only the campaigns in its scope', async (_who, user, expected) => {
      expect(await listed(user())).toEqual(expected().sort());
    });

    it('should filter the list by status and page it', async () => {
      const response = await as(organizer).get('/campaigns?status=LAUNCHED&limit=1').expect(200);

      expect(response.body).toMatchObject({ limit: 1, offset: 0 });
      expect(response.body.items).toHaveLength(1);
      expect(response.body.items[0].status).toBe('LAUNCHED');
    });

    it.each([
      ['the street organizer', () => organizer, () => draftA],
      ['the street observer', () => observer, () => draftA],
      ['a district organizer', () => districtOrganizer, () => draftB],
      ['a clerk of the street', () => clerk, () => launchedA],
      ['an admin', () => admin, () => draftB],
    ])('should answer 200 when %s reads a campaign in its scope', async (_who, user, id) => {
      const response = await as(user()).get(`/campaigns/${id()}`).expect(200);

      expect(response.body.id).toBe(id());
    });

    it.each([
      ['the other street organizer', () => otherOrganizer, () => draftA],
      ['the other street observer', () => otherObserver, () => launchedA],
      ['the street organizer', () => organizer, () => draftB],
      ['a clerk of the street, for a draft', () => clerk, () => draftA],
      ['a clerk of the other street', () => otherClerk, () => launchedA],
      ['an admin, for an unknown id', () => admin, () => 'cr-nowhere'],
    ])('should answer 404 when %s asks for a campaign outside its scope', async (_who, user, id) => {
      const response = await as(user()).get(`/campaigns/${id()}`).expect(404);

      expect(response.body).toEqual({
        statusCode: 404,
        code: 'NOT_FOUND',
        message: `No campaign ${id()}`,
        details: {},
      });
    });

    it('should answer 403 when an inspector lists or reads campaigns', async () => {
      for (const path of ['/campaigns', `/campaigns/${launchedA}`]) {
        const response = await as(inspector).get(path).expect(403);
        expect(response.body.details).toEqual({
          requiredRoles: ['ORGANIZER', 'OBSERVER', 'ADMIN', 'COMMUNITY'],
        });
      }
    });
  });
});
