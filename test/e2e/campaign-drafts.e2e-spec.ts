import { userIdOf } from '../support/reference-tree';
import { echoed, echoedSchedule } from '../support/campaign-body';
import {
  admin,
  as,
  at,
  campaignBody,
  clerk,
  districtOrganizer,
  draft,
  inspector,
  newId,
  observer,
  organizer,
  standardCode,
  t,
  useCampaignsWorld,
} from '../support/campaigns-world';

// Its own tree (pd-…), so this file never meets another spec file's in the shared database.
describe('/campaigns', () => {
  useCampaignsWorld('pd');

  describe('POST / (draft)', () => {
    it('should answer 201 with the draft, its title kind taken from the pinned standard', async () => {
      const id = newId();
      const body = campaignBody(id, standardCode);

      const response = await as(organizer).post('/campaigns', body).expect(201);

      expect(response.body).toEqual({
        ...body,
        schedule: echoedSchedule(body.schedule),
        warnings: [],
        titleKind: '平安社区',
        status: 'DRAFT',
        launchedAt: null,
        createdBy: await userIdOf(t.harness.dataSource, organizer.username),
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      expect((await as(organizer).get(`/campaigns/${id}`).expect(200)).body).toEqual(response.body);
    });

    it('should record the draft in the campaign audit trail', async () => {
      const id = await draft();

      const rows = await t.harness.dataSource.query('SELECT action FROM audit_event WHERE campaign_id = $1', [
        id,
      ]);
      expect(rows).toEqual([{ action: 'CREATE_CAMPAIGN' }]);
    });

    it.each([
      ['a district organizer for a street below it', () => districtOrganizer],
      ['an admin', () => admin],
    ])('should answer 201 when %s creates it', async (_who, user) => {
      await as(user()).post('/campaigns', campaignBody(newId(), standardCode)).expect(201);
    });

    it('should default the award cap and tie-break to null when they are left out', async () => {
      const id = newId();
      const response = await as(organizer)
        .post('/campaigns', campaignBody(id, standardCode, { awardPolicy: { validityYears: 2 } }))
        .expect(201);

      expect(response.body.awardPolicy).toEqual({ topN: null, tieBreak: null, validityYears: 2 });
    });

    it('should answer 409 when the id is taken', async () => {
      const id = await draft();

      const response = await as(organizer).post('/campaigns', campaignBody(id, standardCode)).expect(409);
      expect(response.body).toEqual({
        statusCode: 409,
        code: 'CONFLICT',
        message: `Campaign ${id} already exists`,
        details: { id },
      });
    });

    it('should answer 422 listing every problem with the rules and the references', async () => {
      const body = campaignBody(newId(), standardCode, {
        organizerJurisdictionId: 'pd-street-b',
        scopeJurisdictionId: 'pd-street-a',
        standard: { code: standardCode, version: 9 },
        targets: { newTitlesPercent: 70, cumulativeTitlesPercent: 60 },
        awardPolicy: { topN: 10, tieBreak: null, validityYears: 3 },
      });
      body.schedule.selfCheckDueAt = at(10);

      const response = await as(organizer).post('/campaigns', body).expect(422);
      expect(response.body).toEqual({
        statusCode: 422,
        code: 'VALIDATION_FAILED',
        message: 'The request has problems; each is listed.',
        details: {
          problems: [
            {
              field: 'schedule.selfCheckDueAt',
              message: `expected on or after applicationDueAt (${echoed(body.schedule.applicationDueAt)})`,
            },
            { field: 'targets.cumulativeTitlesPercent', message: 'expected at least newTitlesPercent (70)' },
            {
              field: 'awardPolicy.tieBreak',
              message: 'expected the rule that breaks ties at the cap, e.g. 自查得分高者优先',
            },
            {
              field: 'organizerJurisdictionId',
              message: 'expected a jurisdiction within your scope; pd-street-b is unknown or outside it',
            },
            {
              field: 'scopeJurisdictionId',
              message:
                "expected a jurisdiction within the organizer's subtree (pd-street-b); pd-street-a is not",
            },
            {
              field: 'standard',
              message: `expected an existing standard version; there is no ${standardCode} v9`,
            },
          ],
        },
      });
    });

    it('should answer 422 when the organizer is a community', async () => {
      const body = campaignBody(newId(), standardCode, {
        organizerJurisdictionId: 'pd-a1',
        scopeJurisdictionId: 'pd-a1',
      });

      const response = await as(organizer).post('/campaigns', body).expect(422);
      expect(response.body.details.problems).toEqual([
        {
          field: 'organizerJurisdictionId',
          message: 'expected the office of a street, district, city or province, not a community',
        },
      ]);
    });

    it('should answer 400 listing every malformed field', async () => {
      const { schedule: _schedule, ...body } = campaignBody('Bad Id', standardCode, { year: '2026' });

      const response = await as(organizer)
        .post('/campaigns', { ...body, status: 'LAUNCHED' })
        .expect(400);
      expect(response.body.code).toBe('INVALID_REQUEST');
      expect(response.body.details.problems).toEqual([
        { field: 'status', message: 'property status should not exist' },
        { field: 'id', message: 'id: expected 3 to 64 of a-z, 0-9 and -, starting with a letter or digit' },
        { field: 'year', message: 'year must be a number conforming to the specified constraints' },
        { field: 'schedule', message: 'schedule must be an object' },
      ]);
    });

    it.each([
      ['an observer', () => observer],
      ['a community clerk', () => clerk],
      ['an inspector', () => inspector],
    ])('should answer 403 when %s tries to create one', async (_who, user) => {
      const response = await as(user()).post('/campaigns', campaignBody(newId(), standardCode)).expect(403);

      expect(response.body).toEqual({
        statusCode: 403,
        code: 'FORBIDDEN',
        message: `Only ORGANIZER or ADMIN may do this; you are ${user().role}`,
        details: { requiredRoles: ['ORGANIZER', 'ADMIN'] },
      });
    });
  });
});
