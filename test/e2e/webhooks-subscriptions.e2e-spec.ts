import {
  admin,
  as,
  clerk,
  createCampaign,
  NOWHERE,
  organizer,
  otherOrganizer,
  query,
  subscribe,
  useWebhooksWorld,
} from '../support/webhooks-world';

// Its own tree (ws-…), so this file never meets another spec file's in the shared database. Delivery is
// in webhooks-delivery.e2e-spec.ts.
describe('/webhooks (real API and PostgreSQL)', () => {
  useWebhooksWorld('ws');

  describe('managing subscriptions', () => {
    let campaignId: string;
    beforeAll(async () => {
      campaignId = await createCampaign();
    });

    it('should answer 201 with the secret once, list the subscription without it, and audit the act', async () => {
      const body = { name: '区综治中心', url: NOWHERE, eventTypes: ['case.award_granted'], campaignId };
      const created = await as(organizer).post('/webhooks', body).expect(201);
      expect(created.body).toMatchObject({ ...body, active: true, deactivatedAt: null });
      expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);

      const listed = await as(organizer).get('/webhooks').expect(200);
      const mine = listed.body.find((row: { id: string }) => row.id === created.body.id);
      expect(mine).toEqual({ ...created.body, secret: undefined });
      expect(Object.keys(mine)).not.toContain('secret');
      const trail = await query<{ action: string }>(
        `SELECT action FROM audit_event WHERE campaign_id = $1 AND action = 'CREATE_WEBHOOK'`,
        [campaignId],
      );
      expect(trail).toHaveLength(1);
    });

    it('should answer 422 naming every problem when the URL is not http(s) and an event type is unknown', async () => {
      const response = await as(organizer)
        .post('/webhooks', { name: 'x', url: 'ftp://127.0.0.1/x', eventTypes: ['case.exploded'], campaignId })
        .expect(422);
      expect(response.body).toEqual({
        statusCode: 422,
        code: 'VALIDATION_FAILED',
        message: 'The request has problems; each is listed.',
        details: {
          problems: [
            { field: 'url', message: 'expected http:// or https://; got ftp://' },
            {
              field: 'eventTypes[0]',
              message:
                'unknown event type "case.exploded"; expected one of case.stage_changed, case.submission_received, ' +
                'case.award_granted, case.deadline_missed, notification.created, or * alone for every type',
            },
          ],
        },
      });
    });

    it('should answer 422 when an organizer names no campaign, and 400 when the body is malformed', async () => {
      const noCampaign = await as(organizer)
        .post('/webhooks', { name: 'x', url: NOWHERE, eventTypes: ['*'] })
        .expect(422);
      expect(noCampaign.body.details.problems).toEqual([
        { field: 'campaignId', message: 'an organizer subscribes to one campaign of its jurisdiction' },
      ]);
      const malformed = await as(organizer)
        .post('/webhooks', { name: 'x', url: NOWHERE, eventTypes: 'all' })
        .expect(400);
      expect(malformed.body.code).toBe('INVALID_REQUEST');
      expect(malformed.body.details.problems.map((p: { field: string }) => p.field)).toContain('eventTypes');
    });

    it('should answer 403 to a community and 404 to an organizer of another street', async () => {
      const forbidden = await as(clerk).get('/webhooks').expect(403);
      expect(forbidden.body).toEqual({
        statusCode: 403,
        code: 'FORBIDDEN',
        message: 'Only ADMIN or ORGANIZER may do this; you are COMMUNITY',
        details: { requiredRoles: ['ADMIN', 'ORGANIZER'] },
      });
      const outside = await as(otherOrganizer)
        .post('/webhooks', { name: 'x', url: NOWHERE, eventTypes: ['*'], campaignId })
        .expect(404);
      expect(outside.body).toEqual({
        statusCode: 404,
        code: 'NOT_FOUND',
        message: `No campaign ${campaignId}`,
        details: {},
      });
      const { id } = await subscribe(campaignId, NOWHERE);
      await as(otherOrganizer).delete(`/webhooks/${id}`).expect(404);
      await as(otherOrganizer).get(`/webhooks/${id}/deliveries`).expect(404);
      expect((await as(otherOrganizer).get('/webhooks').expect(200)).body).toEqual([]);
    });

    it('should let an ADMIN subscribe to every campaign, and deactivate it with its pending deliveries FAILED', async () => {
      const created = await as(admin)
        .post('/webhooks', { name: '省平台', url: NOWHERE, eventTypes: ['case.stage_changed'] })
        .expect(201);
      expect(created.body.campaignId).toBeNull();
      const deactivated = await as(admin).delete(`/webhooks/${created.body.id}`).expect(200);
      expect(deactivated.body).toMatchObject({ id: created.body.id, active: false });
      expect(deactivated.body.deactivatedAt).not.toBeNull();
      const pending = await as(admin)
        .get(`/webhooks/${created.body.id}/deliveries?status=PENDING`)
        .expect(200);
      expect(pending.body).toEqual([]);
      const trail = await query<{ action: string }>(
        `SELECT action FROM audit_event WHERE campaign_id = '_system' AND action LIKE '%_WEBHOOK' AND actor_id = $1`,
        [
          (await query<{ id: string }>('SELECT id FROM app_user WHERE username = $1', [admin.username]))[0]
            .id,
        ],
      );
      expect(trail.map((row) => row.action)).toEqual(['CREATE_WEBHOOK', 'DEACTIVATE_WEBHOOK']);
    });

    it('should answer 400 for an unknown status filter and 404 for an id that is not one', async () => {
      const { id } = await subscribe(campaignId, NOWHERE);
      const response = await as(organizer).get(`/webhooks/${id}/deliveries?status=LOST`).expect(400);
      expect(response.body.details.problems).toEqual([
        { field: 'status', message: 'status must be one of PENDING, DELIVERED, FAILED' },
      ]);
      await as(organizer).get('/webhooks/not-a-uuid/deliveries').expect(404);
    });
  });
});
