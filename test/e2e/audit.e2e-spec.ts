import { randomUUID } from 'node:crypto';
import { CaseEvent, CaseInput, CaseStage, CaseState, newCaseState } from '@app/domain';
import {
  AuditLinkFields,
  auditLinkHash,
  CaseProjectionRepository,
  GENESIS_HASH,
  payloadDigest,
  UserRole,
} from '@app/persistence';
import { caseWorkflowId } from '@app/workflows/community-case/community-case.contract';
import type { CaseChange } from '@app/workflows/community-case/case-activities.contract';
import { AuditService } from '../../apps/api/src/audit/audit.service';
import { AuthenticatedActor } from '../../apps/api/src/auth/authenticated-actor';
import { CaseProjectionActivities } from '../../apps/worker/src/activities/case-projection.activities';
import { seedCampaignRow } from '../support/campaign-row';
import { seedCaseTree } from '../support/case-tree';
import { createTestApp, TestApp, TestUser } from '../support/test-app';

interface EventView extends Omit<AuditLinkFields, 'actorId' | 'actorRole' | 'actorName'> {
  id: number;
  hash: string;
  actor: { userId: string; role: string; displayName: string };
}

const HEX64 = /^[0-9a-f]{64}$/;
/** The chain's end holds (its last link is its signed head); audit-head.e2e-spec.ts tests how it fails. */
const HEAD_OK = expect.objectContaining({ ok: true, problems: [] }) as unknown;
const newCampaignId = () => `audit-${randomUUID().slice(0, 8)}`;

/** The hashed fields of a link as the API returns it, to recompute its hash here. */
function fieldsOf({ actor, id: _id, hash: _hash, ...rest }: EventView): AuditLinkFields {
  return { ...rest, actorId: actor.userId, actorRole: actor.role, actorName: actor.displayName };
}

describe('/campaigns/:campaignId/audit', () => {
  let t: TestApp;
  let organizer: TestUser;
  let observer: TestUser;
  let admin: TestUser;
  let clerk: TestUser;
  let otherClerk: TestUser;
  let inspector: TestUser;
  let otherOrganizer: TestUser;
  let otherObserver: TestUser;
  let audit: AuditService;
  let activities: CaseProjectionActivities;

  beforeAll(async () => {
    t = await createTestApp();
    await seedCaseTree(t.harness.dataSource, 'au');
    [organizer, observer, admin, clerk, otherClerk, inspector, otherOrganizer, otherObserver] =
      await Promise.all([
        t.user(UserRole.ORGANIZER, 'au-street-a'),
        t.user(UserRole.OBSERVER, 'au-street-a'),
        t.user(UserRole.ADMIN),
        t.user(UserRole.COMMUNITY, 'au-01'),
        t.user(UserRole.COMMUNITY, 'au-02'),
        t.user(UserRole.INSPECTOR, 'au-street-b'),
        t.user(UserRole.ORGANIZER, 'au-street-b'),
        t.user(UserRole.OBSERVER, 'au-street-b'),
      ]);
    audit = t.app.get(AuditService);
    activities = new CaseProjectionActivities(new CaseProjectionRepository(t.harness.dataSource));
  });
  afterAll(async () => {
    await t.close();
  });

  const as = (user: TestUser) => t.as(user);
  const sql = (text: string, params: unknown[] = []): Promise<unknown> =>
    t.harness.dataSource.query(text, params);

  async function actorOf(user: TestUser): Promise<AuthenticatedActor> {
    const [row] = (await sql('SELECT id, display_name FROM app_user WHERE username = $1', [
      user.username,
    ])) as {
      id: string;
      display_name: string;
    }[];
    return {
      userId: row.id,
      role: user.role,
      displayName: row.display_name,
      scopeId: user.scopeId,
      scopePath: null,
    };
  }

  /** A fresh launched campaign of street a (the trail checks the campaign and the caller's level on it). */
  async function newCampaign(): Promise<string> {
    const campaignId = newCampaignId();
    await seedCampaignRow(t.harness.dataSource, campaignId, 'au-street-a');
    return campaignId;
  }

  /** Records `count` API-side acts in a fresh campaign; returns the campaign id. */
  async function campaignWithActs(count: number): Promise<string> {
    const campaignId = await newCampaign();
    const actor = await actorOf(organizer);
    for (let i = 1; i <= count; i++) {
      await audit.record(actor, { action: `ACT_${i}`, campaignId, payload: { step: i } });
    }
    return campaignId;
  }

  async function trail(campaignId: string, query = ''): Promise<EventView[]> {
    const response = await as(organizer).get(`/campaigns/${campaignId}/audit${query}`).expect(200);
    return (response.body as { items: EventView[] }).items;
  }

  describe('GET /campaigns/:campaignId/audit', () => {
    it('should list what AuditService recorded in chain order, each link hashing the one before', async () => {
      const campaignId = await newCampaign();
      const actor = await actorOf(organizer);
      await audit.record(actor, {
        action: 'CAMPAIGN_CREATED',
        campaignId,
        payload: { title: '平安社区', year: 2026 },
      });
      await audit.record(actor, { action: 'CAMPAIGN_LAUNCHED', campaignId, payload: null });
      await audit.record(actor, {
        action: 'CASE_WITHDRAWN',
        campaignId,
        payload: { reason: '撤并' },
        communityId: 'au-03',
      });

      const response = await as(organizer).get(`/campaigns/${campaignId}/audit`).expect(200);
      const items = (response.body as { items: EventView[] }).items;
      expect(response.body).toEqual({ items: expect.any(Array), nextAfterChainIndex: null });
      expect(items[0]).toEqual({
        id: expect.any(Number),
        chainIndex: 1,
        campaignId,
        workflowId: null,
        communityId: null,
        seq: null,
        actor: { userId: actor.userId, role: 'ORGANIZER', displayName: actor.displayName },
        action: 'CAMPAIGN_CREATED',
        stageBefore: null,
        stageAfter: null,
        payloadDigest: payloadDigest({ year: 2026, title: '平安社区' }),
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        prevHash: GENESIS_HASH,
        hash: expect.stringMatching(HEX64),
      });
      expect(items.map((item) => [item.chainIndex, item.action])).toEqual([
        [1, 'CAMPAIGN_CREATED'],
        [2, 'CAMPAIGN_LAUNCHED'],
        [3, 'CASE_WITHDRAWN'],
      ]);
      expect(items[2]).toMatchObject({
        communityId: 'au-03',
        workflowId: caseWorkflowId(campaignId, 'au-03'),
      });
      for (const [index, item] of items.entries()) {
        expect(item.hash).toBe(auditLinkHash(fieldsOf(item)));
        if (index > 0) expect(item.prevHash).toBe(items[index - 1].hash);
      }
    });

    it('should page by chain index when a limit is given', async () => {
      const campaignId = await campaignWithActs(3);
      const first = await as(organizer).get(`/campaigns/${campaignId}/audit?limit=2`).expect(200);
      expect(first.body.items.map((item: EventView) => item.chainIndex)).toEqual([1, 2]);
      expect(first.body.nextAfterChainIndex).toBe(2);
      const next = await as(organizer)
        .get(`/campaigns/${campaignId}/audit?afterChainIndex=2&limit=2`)
        .expect(200);
      expect(next.body.items.map((item: EventView) => item.chainIndex)).toEqual([3]);
      expect(next.body.nextAfterChainIndex).toBeNull();
    });

    it('should answer 200 with an empty trail when the campaign has none', async () => {
      const response = await as(observer)
        .get(`/campaigns/${await newCampaign()}/audit`)
        .expect(200);
      expect(response.body).toEqual({ items: [], nextAfterChainIndex: null });
    });

    it("should answer 404 to another street's organizer and observer, and for an unknown campaign", async () => {
      const campaignId = await campaignWithActs(1);
      for (const user of [otherOrganizer, otherObserver]) {
        const response = await as(user).get(`/campaigns/${campaignId}/audit`).expect(404);
        expect(response.body).toEqual({
          statusCode: 404,
          code: 'NOT_FOUND',
          message: `No campaign ${campaignId}`,
          details: {},
        });
        await as(user).get(`/campaigns/${campaignId}`).expect(404);
      }
      await as(admin).get(`/campaigns/${newCampaignId()}/audit`).expect(404);
    });

    it('should let the observer and the admin read the campaign trail', async () => {
      const campaignId = await campaignWithActs(1);
      for (const user of [observer, admin]) {
        const response = await as(user).get(`/campaigns/${campaignId}/audit`).expect(200);
        expect(response.body.items).toHaveLength(1);
      }
    });

    it('should answer 400 listing each problem when the paging is out of range', async () => {
      const response = await as(organizer).get(
        `/campaigns/${await newCampaign()}/audit?limit=501&afterChainIndex=-1`,
      );
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        statusCode: 400,
        code: 'INVALID_REQUEST',
        message: 'The query parameters have problems; each is listed.',
        details: {
          problems: [
            {
              field: 'afterChainIndex',
              message: 'afterChainIndex must be a whole number from 0 to 2147483647, written in digits',
            },
            { field: 'limit', message: 'limit must be a whole number from 1 to 500, written in digits' },
          ],
        },
      });
    });

    it.each([
      ['a community clerk', () => clerk, 'COMMUNITY'],
      ['an inspector', () => inspector, 'INSPECTOR'],
    ])('should answer 403 when %s asks for the campaign trail', async (_who, user, role) => {
      const response = await as(user()).get(`/campaigns/${newCampaignId()}/audit`).expect(403);
      expect(response.body).toEqual({
        statusCode: 403,
        code: 'FORBIDDEN',
        message: `Only ORGANIZER or OBSERVER or ADMIN may do this; you are ${role}`,
        details: { requiredRoles: ['ORGANIZER', 'OBSERVER', 'ADMIN'] },
      });
    });
  });

  describe('append-only, enforced by PostgreSQL', () => {
    let campaignId: string;
    beforeAll(async () => {
      campaignId = await campaignWithActs(2);
    });

    it.each([
      ['UPDATE', `UPDATE audit_event SET action = 'FORGED' WHERE campaign_id = $1`],
      ['DELETE', 'DELETE FROM audit_event WHERE campaign_id = $1'],
    ])('should refuse %s through the normal connection', async (operation, statement) => {
      await expect(sql(statement, [campaignId])).rejects.toThrow(
        `audit_event is append-only: ${operation} is not allowed`,
      );
      expect((await trail(campaignId)).map((item) => item.action)).toEqual(['ACT_1', 'ACT_2']);
    });

    it('should refuse TRUNCATE through the normal connection', async () => {
      await expect(sql('TRUNCATE audit_event')).rejects.toThrow(
        'audit_event is append-only: TRUNCATE is not allowed',
      );
      expect(await trail(campaignId)).toHaveLength(2);
    });
  });

  describe('POST /campaigns/:campaignId/audit/verify', () => {
    it('should answer ok with every link checked when nobody tampered', async () => {
      const campaignId = await campaignWithActs(3);
      const response = await as(organizer).post(`/campaigns/${campaignId}/audit/verify`).expect(200);
      expect(response.body).toEqual({ ok: true, checked: 3, firstBrokenLink: null, head: HEAD_OK });
    });

    it("should answer 404, not ok, for an unknown campaign or another street's", async () => {
      const unknown = newCampaignId();
      const response = await as(admin).post(`/campaigns/${unknown}/audit/verify`).expect(404);
      expect(response.body.message).toBe(`No campaign ${unknown}`);
      await as(otherOrganizer)
        .post(`/campaigns/${await campaignWithActs(1)}/audit/verify`)
        .expect(404);
    });

    it('should name exactly the link the DB owner edited behind the trigger', async () => {
      const campaignId = await campaignWithActs(5);
      const before = await trail(campaignId);
      await t.harness.dataSource.transaction(async (tx) => {
        await tx.query('ALTER TABLE audit_event DISABLE TRIGGER USER');
        await tx.query(
          `UPDATE audit_event SET action = 'FORGED' WHERE campaign_id = $1 AND chain_index = 3`,
          [campaignId],
        );
        await tx.query('ALTER TABLE audit_event ENABLE TRIGGER USER');
      });
      const forged = (await trail(campaignId))[2];
      expect(forged.action).toBe('FORGED');

      const response = await as(admin).post(`/campaigns/${campaignId}/audit/verify`).expect(200);
      expect(response.body).toEqual({
        ok: false,
        checked: 3,
        firstBrokenLink: {
          chainIndex: 3,
          id: before[2].id,
          reason: 'hash mismatch',
          expected: auditLinkHash(fieldsOf(forged)),
          actual: before[2].hash,
        },
        head: HEAD_OK,
      });
      // The trigger is back on for everyone else.
      await expect(
        sql(`UPDATE audit_event SET action = 'AGAIN' WHERE campaign_id = $1`, [campaignId]),
      ).rejects.toThrow('audit_event is append-only');
    });

    it('should name the link after the hole when the DB owner deleted one in replica mode', async () => {
      const campaignId = await campaignWithActs(4);
      const before = await trail(campaignId);
      await t.harness.dataSource.transaction(async (tx) => {
        await tx.query('SET LOCAL session_replication_role = replica');
        await tx.query('DELETE FROM audit_event WHERE campaign_id = $1 AND chain_index = 2', [campaignId]);
      });
      const response = await as(organizer).post(`/campaigns/${campaignId}/audit/verify`).expect(200);
      expect(response.body).toEqual({
        ok: false,
        checked: 2,
        firstBrokenLink: {
          chainIndex: 3,
          id: before[2].id,
          reason: 'gap in chain',
          expected: '2',
          actual: '3',
        },
        head: HEAD_OK,
      });
    });

    it.each([
      ['an observer', () => observer, 'OBSERVER'],
      ['a community clerk', () => clerk, 'COMMUNITY'],
    ])('should answer 403 when %s asks to verify', async (_who, user, role) => {
      const response = await as(user()).post(`/campaigns/${newCampaignId()}/audit/verify`).expect(403);
      expect(response.body).toEqual({
        statusCode: 403,
        code: 'FORBIDDEN',
        message: `Only ORGANIZER or ADMIN may do this; you are ${role}`,
        details: { requiredRoles: ['ORGANIZER', 'ADMIN'] },
      });
    });
  });

  describe('recordCaseChange (worker activity) and GET /campaigns/:campaignId/cases/:communityId/audit', () => {
    let campaignId: string;
    let invited: CaseState;

    function caseEvent(seq: number, stageBefore: CaseStage | null, stageAfter: CaseStage): CaseEvent {
      return {
        workflowId: invited.workflowId,
        campaignId,
        communityId: 'au-01',
        seq,
        action: seq === 1 ? 'SUBMIT_APPLICATION' : 'RETURN_APPLICATION',
        actor: { userId: 'u-clerk', role: 'COMMUNITY', displayName: '一社区居委会' },
        stageBefore,
        stageAfter,
        payload: { content: { summary: '平安社区创建申报' }, seq },
        at: `2026-03-0${seq}T08:00:00Z`,
      };
    }

    beforeAll(async () => {
      campaignId = await newCampaign();
      // The case file as a launch would create it; only the fields newCaseState reads are given.
      const input = {
        campaignId,
        community: {
          id: 'au-01',
          name: '一社区',
          kind: 'URBAN',
          streetId: 'au-street-a',
          path: '/au/au-street-a/au-01/',
        },
        schedule: { applicationDueAt: new Date(Date.now() + 3_600_000).toISOString() },
      } as unknown as CaseInput;
      invited = newCaseState(caseWorkflowId(campaignId, 'au-01'), input, Date.now());
      await activities.recordCaseChange({ state: invited, events: [] });
    });

    it('should write the projection and no audit link when there are no events', async () => {
      expect(
        await sql('SELECT seq, stage FROM case_projection WHERE workflow_id = $1', [invited.workflowId]),
      ).toEqual([{ seq: 0, stage: 'INVITED' }]);
      expect(await trail(campaignId)).toEqual([]);
    });

    it('should write one audit link when the same event is recorded twice, even at the same time', async () => {
      const change = {
        state: { ...invited, seq: 1, stage: CaseStage.APPLICATION_REVIEW },
        events: [caseEvent(1, CaseStage.INVITED, CaseStage.APPLICATION_REVIEW)],
      };
      await Promise.all([activities.recordCaseChange(change), activities.recordCaseChange(change)]);
      // A retry of a write scheduled before `events` existed carries the one-event shape.
      await activities.recordCaseChange({
        state: change.state,
        event: change.events[0],
      } as unknown as CaseChange);

      const response = await as(clerk).get(`/campaigns/${campaignId}/cases/au-01/audit`).expect(200);
      expect(response.body).toEqual({
        items: [
          {
            id: expect.any(Number),
            chainIndex: 1,
            campaignId,
            workflowId: invited.workflowId,
            communityId: 'au-01',
            seq: 1,
            actor: { userId: 'u-clerk', role: 'COMMUNITY', displayName: '一社区居委会' },
            action: 'SUBMIT_APPLICATION',
            stageBefore: 'INVITED',
            stageAfter: 'APPLICATION_REVIEW',
            payloadDigest: payloadDigest(change.events[0].payload),
            at: '2026-03-01T08:00:00.000Z',
            prevHash: GENESIS_HASH,
            hash: expect.stringMatching(HEX64),
          },
        ],
        nextAfterChainIndex: null,
      });
      expect(
        await sql('SELECT seq, stage FROM case_projection WHERE workflow_id = $1', [invited.workflowId]),
      ).toEqual([{ seq: 1, stage: 'APPLICATION_REVIEW' }]);
    });

    it("should list the case's events and API acts about it, and no other case's, in chain order", async () => {
      await activities.recordCaseChange({
        state: { ...invited, seq: 2, stage: CaseStage.RETURNED },
        events: [caseEvent(2, CaseStage.APPLICATION_REVIEW, CaseStage.RETURNED)],
      });
      const actor = await actorOf(organizer);
      await audit.record(actor, {
        action: 'NOTE_ADDED',
        campaignId,
        payload: { note: '电话催报' },
        communityId: 'au-01',
      });
      await audit.record(actor, { action: 'NOTE_ADDED', campaignId, payload: {}, communityId: 'au-02' });

      const response = await as(admin).get(`/campaigns/${campaignId}/cases/au-01/audit`).expect(200);
      expect(response.body.items.map((item: EventView) => [item.chainIndex, item.seq, item.action])).toEqual([
        [1, 1, 'SUBMIT_APPLICATION'],
        [2, 2, 'RETURN_APPLICATION'],
        [3, null, 'NOTE_ADDED'],
      ]);
      const verified = await as(organizer).post(`/campaigns/${campaignId}/audit/verify`).expect(200);
      expect(verified.body).toEqual({ ok: true, checked: 4, firstBrokenLink: null, head: HEAD_OK });
    });

    it('should fail without retry and write nothing when the event does not fit the case file', async () => {
      const change = {
        state: { ...invited, seq: 9, stage: CaseStage.WITHDRAWN },
        events: [caseEvent(9, null, CaseStage.WITHDRAWN)],
      };
      await expect(
        activities.recordCaseChange({ ...change, events: [{ ...change.events[0], at: 'soon' }] }),
      ).rejects.toMatchObject({
        name: 'ApplicationFailure',
        type: 'VALIDATION_FAILED',
        nonRetryable: true,
      });
      await expect(
        activities.recordCaseChange({
          ...change,
          events: [{ ...change.events[0], workflowId: 'case:other:au-01' }],
        }),
      ).rejects.toMatchObject({ type: 'AUDIT_EVENT_MISMATCH', nonRetryable: true });
      expect(
        await sql('SELECT seq FROM case_projection WHERE workflow_id = $1', [invited.workflowId]),
      ).toEqual([{ seq: 2 }]);
      expect(
        await sql('SELECT 1 FROM audit_event WHERE workflow_id = $1 AND seq = 9', [invited.workflowId]),
      ).toEqual([]);
    });

    it('should keep the newer projection when an older change is retried late', async () => {
      await activities.recordCaseChange({
        state: { ...invited, seq: 1, stage: CaseStage.APPLICATION_REVIEW },
        events: [caseEvent(1, CaseStage.INVITED, CaseStage.APPLICATION_REVIEW)],
      });
      expect(
        await sql('SELECT seq, stage FROM case_projection WHERE workflow_id = $1', [invited.workflowId]),
      ).toEqual([{ seq: 2, stage: 'RETURNED' }]);
      expect(await trail(campaignId)).toHaveLength(4);
    });

    it.each([
      ['a clerk of another community', () => otherClerk],
      ['an inspector', () => inspector],
    ])('should answer 404 when %s asks for the case trail', async (_who, user) => {
      const response = await as(user()).get(`/campaigns/${campaignId}/cases/au-01/audit`).expect(404);
      expect(response.body).toEqual({
        statusCode: 404,
        code: 'NOT_FOUND',
        message: `No case for community au-01 in campaign ${campaignId}`,
        details: {},
      });
    });
  });
});
