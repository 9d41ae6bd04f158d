import { randomUUID } from 'node:crypto';
import { caseInputFor, WEEKENDS_ONLY } from '@app/domain';
import { UserRole } from '@app/persistence';
import { CaseWorkflowClient } from '../../apps/api/src/cases/case-workflow.client';
import { buildStandard } from '../../libs/domain/src/standard/standard.fixture';
import { seedTree, userIdOf } from '../support/reference-tree';
import {
  campaignBody as sharedCampaignBody,
  daysFromNow,
  echoed,
  echoedSchedule,
} from '../support/campaign-body';
import { createTestApp, TestApp, TestUser } from '../support/test-app';

// Ids prefixed px- so this file's tree never meets another spec file's in the shared database.
const STREET_A = '/px/px-city/px-dist/px-street-a/';
const TREE: Parameters<typeof seedTree>[1] = [
  ['px', null, 'PROVINCE'],
  ['px-city', 'px', 'CITY'],
  ['px-dist', 'px-city', 'DISTRICT'],
  ['px-street-a', 'px-dist', 'STREET'],
  ['px-street-b', 'px-dist', 'STREET'],
  ['px-a1', 'px-street-a', 'COMMUNITY', 'URBAN'],
  ['px-a2', 'px-street-a', 'COMMUNITY', 'URBAN'],
  ['px-a3', 'px-street-a', 'COMMUNITY', 'RURAL'],
  ['px-a4', 'px-street-a', 'COMMUNITY', 'URBAN', '组织尚未建立'],
  ['px-b1', 'px-street-b', 'COMMUNITY', 'RURAL'],
];

const at = daysFromNow;

/** A valid POST /campaigns body by street A over itself, with two to three inspectors per case. */
function campaignBody(id: string, standardCode: string, overrides: object = {}) {
  const base = sharedCampaignBody(id, standardCode, 'px-street-a');
  return { ...base, inspectionPolicy: { ...base.inspectionPolicy, minInspectors: 2 }, ...overrides };
}

describe('/campaigns', () => {
  let t: TestApp;
  let admin: TestUser;
  let organizer: TestUser;
  let districtOrganizer: TestUser;
  let otherOrganizer: TestUser;
  let observer: TestUser;
  let otherObserver: TestUser;
  let clerk: TestUser;
  let otherClerk: TestUser;
  let inspector: TestUser;
  let standardCode: string;

  beforeAll(async () => {
    t = await createTestApp();
    await seedTree(t.harness.dataSource, TREE);
    [
      admin,
      organizer,
      districtOrganizer,
      otherOrganizer,
      observer,
      otherObserver,
      clerk,
      otherClerk,
      inspector,
    ] = await Promise.all([
      t.user(UserRole.ADMIN),
      t.user(UserRole.ORGANIZER, 'px-street-a'),
      t.user(UserRole.ORGANIZER, 'px-dist'),
      t.user(UserRole.ORGANIZER, 'px-street-b'),
      t.user(UserRole.OBSERVER, 'px-street-a'),
      t.user(UserRole.OBSERVER, 'px-street-b'),
      t.user(UserRole.COMMUNITY, 'px-a1'),
      t.user(UserRole.COMMUNITY, 'px-b1'),
      t.user(UserRole.INSPECTOR, 'px-street-b'),
    ]);
    standardCode = await createStandard();
  });
  afterAll(async () => {
    await t.close();
  });

  const as = (user: TestUser) => t.as(user);
  const newId = () => `px-${randomUUID().slice(0, 8)}`;

  async function createStandard(mutate: (body: ReturnType<typeof buildStandard>) => void = () => {}) {
    const code = `PX-${randomUUID().slice(0, 8)}`;
    const body = { ...buildStandard(), code };
    mutate(body);
    const { version: _version, ...content } = body;
    await as(admin).post('/standards', content).expect(201);
    return code;
  }

  async function draft(overrides: object = {}, by: TestUser = organizer): Promise<string> {
    const id = newId();
    await as(by)
      .post('/campaigns', campaignBody(id, standardCode, overrides))
      .expect(201);
    return id;
  }

  async function launched(overrides: object = {}): Promise<string> {
    const id = await draft(overrides);
    await as(organizer).post(`/campaigns/${id}/launch`).expect(200);
    return id;
  }

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
        organizerJurisdictionId: 'px-street-b',
        scopeJurisdictionId: 'px-street-a',
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
              message: 'expected a jurisdiction within your scope; px-street-b is unknown or outside it',
            },
            {
              field: 'scopeJurisdictionId',
              message:
                "expected a jurisdiction within the organizer's subtree (px-street-b); px-street-a is not",
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
        organizerJurisdictionId: 'px-a1',
        scopeJurisdictionId: 'px-a1',
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
        { organizerJurisdictionId: 'px-street-b', scopeJurisdictionId: 'px-street-b' },
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
      ['an admin, for an unknown id', () => admin, () => 'px-nowhere'],
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
        .patch(`/campaigns/${id}`, { schedule: { noticeDays: 0 }, scopeJurisdictionId: 'px-street-b' })
        .expect(422);
      expect(response.body.details.problems).toEqual([
        { field: 'schedule.noticeDays', message: 'expected a whole number of days from 1 to 60' },
        {
          field: 'scopeJurisdictionId',
          message: "expected a jurisdiction within the organizer's subtree (px-street-a); px-street-b is not",
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
      const response = await as(user()).patch('/campaigns/px-any', { title: 'x' }).expect(403);

      expect(response.body.details).toEqual({ requiredRoles: ['ORGANIZER', 'ADMIN'] });
    });
  });

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
        leftOut: [{ communityId: 'px-a4', name: 'px-a4 名称', reason: '组织尚未建立' }],
      });
      const cases = await as(organizer).get(`/campaigns/${id}/cases`).expect(200);
      expect(cases.body.total).toBe(3);
      expect(cases.body.items.map((item: { communityId: string }) => item.communityId)).toEqual([
        'px-a1',
        'px-a2',
        'px-a3',
      ]);
      const rural = await as(organizer).get(`/campaigns/${id}/cases/px-a3`).expect(200);
      expect(rural.body.state.community).toEqual({
        id: 'px-a3',
        name: 'px-a3 名称',
        kind: 'RURAL',
        streetId: 'px-street-a',
        path: `${STREET_A}px-a3/`,
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
        id: 'px-a2',
        name: 'px-a2 名称',
        kind: 'URBAN' as const,
        streetId: 'px-street-a',
        path: `${STREET_A}px-a2/`,
      };
      const standard = { ...buildStandard(), code: standardCode, version: 1 };
      const time = { timeZone: 'Asia/Shanghai', calendar: WEEKENDS_ONLY };
      await t.app.get(CaseWorkflowClient).start(caseInputFor(campaign, community, standard, time));

      const response = await as(organizer).post(`/campaigns/${id}/launch`).expect(200);

      expect(response.body).toMatchObject({ casesOpened: 2, casesAlreadyOpen: 1 });
      expect((await caseRows(id)).map((row) => row.community_id)).toEqual(['px-a1', 'px-a2', 'px-a3']);
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
      const id = await draft({ scopeJurisdictionId: 'px-a4' });

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
          message: `standard ${urbanOnly} v1 has no items for rural communities, but the scope has px-a3`,
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
      const response = await as(user()).post('/campaigns/px-any/launch').expect(403);

      expect(response.body.details).toEqual({ requiredRoles: ['ORGANIZER', 'ADMIN'] });
    });
  });
});
