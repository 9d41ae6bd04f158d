import { echoed } from '../support/campaign-body';
import {
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
  t,
  useCampaignsWorld,
} from '../support/campaigns-world';

// Its own tree (pe-…), so this file never meets another spec file's in the shared database.
describe('/campaigns', () => {
  useCampaignsWorld('pe');

  describe('PATCH /:id', () => {
    it('should change anything of a draft, merging nested settings key by key, and audit it', async () => {
      const id = await draft();
      const before = (await as(organizer).get(`/campaigns/${id}`).expect(200)).body;
      const newCode = await createStandard((body) => (body.titleKind = '平安村'));
      const dueAt = at(20);

      const response = await as(organizer)
        .patch(`/campaigns/${id}`, {
          title: '改名后的创建',
          standard: { code: newCode },
          schedule: { applicationDueAt: dueAt },
          inspectionPolicy: { minInspectors: 1 },
        })
        .expect(200);

      expect(response.body).toMatchObject({
        title: '改名后的创建',
        titleKind: '平安村',
        standard: { code: newCode, version: 1 },
        schedule: { ...before.schedule, applicationDueAt: echoed(dueAt) },
        inspectionPolicy: { minInspectors: 1, maxInspectors: 3 },
        status: 'DRAFT',
      });
      const rows = await t.harness.dataSource.query(
        'SELECT action FROM audit_event WHERE campaign_id = $1 ORDER BY chain_index',
        [id],
      );
      expect(rows).toEqual([{ action: 'CREATE_CAMPAIGN' }, { action: 'UPDATE_CAMPAIGN' }]);
    });

    it('should write nothing when every value sent equals the stored one', async () => {
      const id = await draft();
      const before = (await as(organizer).get(`/campaigns/${id}`).expect(200)).body;

      const response = await as(organizer).patch(`/campaigns/${id}`, {
        title: before.title,
        targets: before.targets,
      });

      expect(response.status).toBe(200);
      expect(response.body).toEqual(before);
      const rows = await t.harness.dataSource.query('SELECT 1 FROM audit_event WHERE campaign_id = $1', [id]);
      expect(rows).toHaveLength(1);
    });

    it('should answer 422 listing every problem of the edited draft', async () => {
      const id = await draft();

      const response = await as(organizer)
        .patch(`/campaigns/${id}`, { schedule: { noticeDays: 0 }, scopeJurisdictionId: 'pe-street-b' })
        .expect(422);
      expect(response.body.details.problems).toEqual([
        { field: 'schedule.noticeDays', message: 'expected a whole number of days from 1 to 60' },
        {
          field: 'scopeJurisdictionId',
          message: "expected a jurisdiction within the organizer's subtree (pe-street-a); pe-street-b is not",
        },
      ]);
    });

    it('should let a launched campaign change only its title, targets and tie-break', async () => {
      const id = await launched();

      const response = await as(organizer)
        .patch(`/campaigns/${id}`, {
          title: '更正后的标题',
          targets: { newTitlesPercent: 25, cumulativeTitlesPercent: 65 },
          awardPolicy: { tieBreak: '自查得分高者优先', validityYears: 3 },
        })
        .expect(200);

      expect(response.body).toMatchObject({
        title: '更正后的标题',
        targets: { newTitlesPercent: 25, cumulativeTitlesPercent: 65 },
        awardPolicy: { topN: null, tieBreak: '自查得分高者优先', validityYears: 3 },
        status: 'LAUNCHED',
      });
    });

    it('should answer 409 naming every locked field when a launched campaign is edited beyond them', async () => {
      const id = await launched();

      const response = await as(organizer)
        .patch(`/campaigns/${id}`, {
          title: '更正后的标题',
          schedule: { applicationDueAt: at(40) },
          inspectionPolicy: { minInspectors: 1 },
          awardPolicy: { topN: 10 },
        })
        .expect(409);
      expect(response.body).toEqual({
        statusCode: 409,
        code: 'CONFLICT',
        message: `Campaign ${id} is launched; schedule.applicationDueAt, inspectionPolicy.minInspectors, awardPolicy.topN can no longer change (only title, targets.newTitlesPercent, targets.cumulativeTitlesPercent, awardPolicy.tieBreak can)`,
        details: {
          status: 'LAUNCHED',
          fields: ['schedule.applicationDueAt', 'inspectionPolicy.minInspectors', 'awardPolicy.topN'],
          editableFields: [
            'title',
            'targets.newTitlesPercent',
            'targets.cumulativeTitlesPercent',
            'awardPolicy.tieBreak',
          ],
        },
      });
      expect((await as(organizer).get(`/campaigns/${id}`).expect(200)).body.title).toBe(
        '2026年度平安社区创建',
      );
    });

    it('should answer 400 when the body names a field that cannot be patched', async () => {
      const id = await draft();

      const response = await as(organizer).patch(`/campaigns/${id}`, {
        status: 'LAUNCHED',
        schedule: { noticeDays: '7' },
      });
      expect(response.status).toBe(400);
      expect(response.body.details.problems).toEqual([
        { field: 'status', message: 'property status should not exist' },
        {
          field: 'schedule.noticeDays',
          message: 'noticeDays must be a number conforming to the specified constraints',
        },
      ]);
    });

    it('should answer 404 when the campaign is outside the organizer’s scope', async () => {
      const id = await draft();

      const response = await as(otherOrganizer).patch(`/campaigns/${id}`, { title: 'x' }).expect(404);
      expect(response.body.message).toBe(`No campaign ${id}`);
    });

    it.each([
      ['an observer', () => observer],
      ['a community clerk', () => clerk],
      ['an inspector', () => inspector],
    ])('should answer 403 when %s tries to edit', async (_who, user) => {
      const response = await as(user()).patch('/campaigns/pe-any', { title: 'x' }).expect(403);

      expect(response.body.details).toEqual({ requiredRoles: ['ORGANIZER', 'ADMIN'] });
    });
  });
});
