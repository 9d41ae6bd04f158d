import { auditLinkHash, GENESIS_HASH, payloadDigest } from '@app/persistence';
import { caseWorkflowId } from '@app/workflows/community-case/community-case.contract';
import {
  actorOf,
  admin,
  as,
  audit,
  campaignWithActs,
  clerk,
  EventView,
  fieldsOf,
  HEX64,
  inspector,
  newCampaign,
  newCampaignId,
  observer,
  organizer,
  otherObserver,
  otherOrganizer,
  sql,
  trail,
  useAuditWorld,
} from '../support/audit-world';

// The audit trail as the API lists it, and kept append-only by PostgreSQL. The au- tree and the accounts
// are in test/support/audit-world.ts; verification and case trails are in audit-*.e2e-spec.ts.
describe('/campaigns/:campaignId/audit', () => {
  useAuditWorld();

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
});
