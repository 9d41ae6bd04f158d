import { caseInputFor, WEEKENDS_ONLY } from '@app/domain';
import { CaseWorkflowClient } from '../../apps/api/src/cases/case-workflow.client';
import { buildStandard } from '../../libs/domain/src/standard/standard.fixture';
import {
  admin,
  as,
  at,
  clerk,
  createStandard,
  draft,
  inspector,
  launched,
  observer,
  organizer,
  otherOrganizer,
  standardCode,
  STREET_A,
  t,
  useCampaignsWorld,
} from '../support/campaigns-world';

// Its own tree (pl-…), so this file never meets another spec file's in the shared database.
describe('/campaigns', () => {
  useCampaignsWorld('pl');

  describe('POST /:id/launch', () => {
    const caseRows = (id: string) =>
      t.harness.dataSource.query<{ community_id: string }[]>(
        'SELECT community_id FROM case_projection WHERE campaign_id = $1 ORDER BY community_id',
        [id],
      );

    it('should open a case for every eligible community in scope and list those left out', async () => {
      const id = await draft();

      const response = await as(organizer).post(`/campaigns/${id}/launch`).expect(200);

      expect(response.body).toEqual({
        campaign: expect.objectContaining({ id, status: 'LAUNCHED', launchedAt: expect.any(String) }),
        casesOpened: 3,
        casesAlreadyOpen: 0,
        leftOut: [{ communityId: 'pl-a4', name: 'pl-a4 名称', reason: '组织尚未建立' }],
      });
      const cases = await as(organizer).get(`/campaigns/${id}/cases`).expect(200);
      expect(cases.body.total).toBe(3);
      expect(cases.body.items.map((item: { communityId: string }) => item.communityId)).toEqual([
        'pl-a1',
        'pl-a2',
        'pl-a3',
      ]);
      const rural = await as(organizer).get(`/campaigns/${id}/cases/pl-a3`).expect(200);
      expect(rural.body.state.community).toEqual({
        id: 'pl-a3',
        name: 'pl-a3 名称',
        kind: 'RURAL',
        streetId: 'pl-street-a',
        path: `${STREET_A}pl-a3/`,
      });
    });

    it('should record the launch in the campaign audit trail', async () => {
      const id = await launched();

      const rows = await t.harness.dataSource.query(
        'SELECT action, actor_role FROM audit_event WHERE campaign_id = $1 AND workflow_id IS NULL ORDER BY chain_index',
        [id],
      );
      expect(rows).toEqual([
        { action: 'CREATE_CAMPAIGN', actor_role: 'ORGANIZER' },
        { action: 'LAUNCH_CAMPAIGN', actor_role: 'ORGANIZER' },
      ]);
    });

    it('should finish an interrupted launch, counting the cases already open', async () => {
      const id = await draft();
      const campaign = (await as(organizer).get(`/campaigns/${id}`).expect(200)).body;
      const community = {
        id: 'pl-a2',
        name: 'pl-a2 名称',
        kind: 'URBAN' as const,
        streetId: 'pl-street-a',
        path: `${STREET_A}pl-a2/`,
      };
      const standard = { ...buildStandard(), code: standardCode, version: 1 };
      const time = { timeZone: 'Asia/Shanghai', calendar: WEEKENDS_ONLY };
      await t.app.get(CaseWorkflowClient).start(caseInputFor(campaign, community, standard, time));

      const response = await as(organizer).post(`/campaigns/${id}/launch`).expect(200);

      expect(response.body).toMatchObject({ casesOpened: 2, casesAlreadyOpen: 1 });
      expect((await caseRows(id)).map((row) => row.community_id)).toEqual(['pl-a1', 'pl-a2', 'pl-a3']);
    });

    it('should keep scoring against the pinned version when the standard gets a new one', async () => {
      const id = await launched();
      const { code: _code, version: _version, ...content } = { ...buildStandard(), code: standardCode };
      await as(admin)
        .post(`/standards/${standardCode}/versions`, { ...content, title: '修订版' })
        .expect(201);

      const campaign = await as(organizer).get(`/campaigns/${id}`).expect(200);
      expect(campaign.body.standard).toEqual({ code: standardCode, version: 1 });
      const pinned = await as(organizer).get(`/standards/${standardCode}/versions/1`).expect(200);
      expect(pinned.body.title).toBe('平安社区创建标准');
    });

    it('should answer 409 when the campaign is not a draft any more', async () => {
      const id = await launched();

      const response = await as(organizer).post(`/campaigns/${id}/launch`).expect(409);
      expect(response.body).toEqual({
        statusCode: 409,
        code: 'CONFLICT',
        message: `Campaign ${id} is LAUNCHED; only a DRAFT can be launched`,
        details: { status: 'LAUNCHED' },
      });
    });

    it('should answer 422 and open no case when the application deadline has passed', async () => {
      const id = await draft();
      await t.harness.dataSource.query(
        `UPDATE campaign SET schedule = jsonb_set(jsonb_set(schedule, '{applicationOpensAt}', to_jsonb($2::text)), '{applicationDueAt}', to_jsonb($3::text)) WHERE id = $1`,
        [id, at(-10), at(-1)],
      );

      const response = await as(organizer).post(`/campaigns/${id}/launch`).expect(422);
      expect(response.body.message).toBe(`Campaign ${id} cannot be launched yet; each problem is listed.`);
      expect(response.body.details.problems).toEqual([
        {
          field: 'schedule.applicationDueAt',
          message: expect.stringMatching(
            /^expected a date still ahead; .* has passed, move the schedule first$/,
          ),
        },
      ]);
      expect(await caseRows(id)).toEqual([]);
    });

    it('should answer 422 when no community in scope is eligible', async () => {
      const id = await draft({ scopeJurisdictionId: 'pl-a4' });

      const response = await as(organizer).post(`/campaigns/${id}/launch`).expect(422);
      expect(response.body.details.problems).toEqual([
        {
          field: 'scopeJurisdictionId',
          message: 'expected at least one eligible community in the scope; there is none',
        },
      ]);
    });

    it('should answer 422 naming the communities the standard has no items for', async () => {
      const urbanOnly = await createStandard((body) => {
        body.categories[1].items = body.categories[1].items.filter((item) => item.appliesTo === 'URBAN');
        for (const item of body.categories.flatMap((category) => category.items)) item.appliesTo = 'URBAN';
      });
      const id = await draft({ standard: { code: urbanOnly, version: 1 } });

      const response = await as(organizer).post(`/campaigns/${id}/launch`).expect(422);
      expect(response.body.details.problems).toEqual([
        {
          field: 'standard',
          message: `standard ${urbanOnly} v1 has no items for rural communities, but the scope has pl-a3`,
        },
      ]);
    });

    it('should answer 404 when the campaign is outside the organizer’s scope', async () => {
      const id = await draft();

      const response = await as(otherOrganizer).post(`/campaigns/${id}/launch`).expect(404);
      expect(response.body.message).toBe(`No campaign ${id}`);
      expect(await caseRows(id)).toEqual([]);
    });

    it.each([
      ['an observer', () => observer],
      ['a community clerk', () => clerk],
      ['an inspector', () => inspector],
    ])('should answer 403 when %s tries to launch', async (_who, user) => {
      const response = await as(user()).post('/campaigns/pl-any/launch').expect(403);

      expect(response.body.details).toEqual({ requiredRoles: ['ORGANIZER', 'ADMIN'] });
    });
  });
});
