import { auditLinkHash } from '@app/persistence';
import {
  admin,
  as,
  campaignWithActs,
  clerk,
  fieldsOf,
  HEAD_OK,
  newCampaignId,
  observer,
  organizer,
  otherOrganizer,
  sql,
  t,
  trail,
  useAuditWorld,
} from '../support/audit-world';

// Verifying the chain, untouched and tampered with behind the trigger. The au- tree and the accounts are
// in test/support/audit-world.ts.
describe('/campaigns/:campaignId/audit', () => {
  useAuditWorld();

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
});
