import { randomUUID } from 'node:crypto';
import { loadConfig } from '@app/config';
import { CaseNotification } from '@app/domain';
import { systemResolveAll } from '@app/net';
import { CaseNotificationRepository, OutboxDeliveryRepository, UserRole } from '@app/persistence';
import { NotificationActivities } from '../../apps/worker/src/activities/notification.activities';
import { OutboxDispatcher } from '../../apps/worker/src/outbox/outbox-dispatcher.service';
import { WebhooksService } from '../../apps/api/src/webhooks/webhooks.service';
import { buildStandard } from '../../libs/domain/src/standard/standard.fixture';
import { campaignBody } from '../support/campaign-body';
import { seedTree } from '../support/reference-tree';
import { createTestApp, TestApp, TestUser } from '../support/test-app';
import { WebhookReceiver } from '../support/webhook-receiver';

// Ids prefixed ssrf- so this file's tree never meets another spec file's in the shared database.
const STREET = '/ssrf/ssrf-street/';
const TREE: Parameters<typeof seedTree>[1] = [
  ['ssrf', null, 'PROVINCE'],
  ['ssrf-street', 'ssrf', 'STREET'],
  ['ssrf-c1', 'ssrf-street', 'COMMUNITY', 'URBAN'],
];

const HINT = 'add its network to WEBHOOK_ALLOWED_NETWORKS to allow it';

describe('webhook URLs may not reach loopback, private or metadata addresses (SSRF)', () => {
  let t: TestApp;
  let organizer: TestUser;
  let campaignId: string;

  const subscribe = (url: string) =>
    t.as(organizer).post('/webhooks', { name: '内网', url, eventTypes: ['*'], campaignId });

  beforeAll(async () => {
    // No allow-list: only public unicast addresses are reachable.
    delete process.env.WEBHOOK_ALLOWED_NETWORKS;
    t = await createTestApp();
    await seedTree(t.harness.dataSource, TREE);
    const admin = await t.user(UserRole.ADMIN);
    organizer = await t.user(UserRole.ORGANIZER, 'ssrf-street');
    const standardCode = `SSRF-${randomUUID().slice(0, 8)}`;
    const { version: _version, ...standard } = { ...buildStandard(), code: standardCode };
    await t.as(admin).post('/standards', standard).expect(201);
    campaignId = `ssrf-${randomUUID().slice(0, 8)}`;
    await t
      .as(organizer)
      .post('/campaigns', campaignBody(campaignId, standardCode, 'ssrf-street'))
      .expect(201);
  });
  afterAll(async () => {
    await t.close();
  });

  it.each([
    ['http://127.0.0.1:8080/hook', '127.0.0.1 is a loopback address'],
    ['http://2130706433/hook', '127.0.0.1 is a loopback address'],
    ['http://0177.0.0.1/hook', '127.0.0.1 is a loopback address'],
    ['http://0x7f.1/hook', '127.0.0.1 is a loopback address'],
    ['http://127.1/hook', '127.0.0.1 is a loopback address'],
    ['http://10.0.0.8/hook', '10.0.0.8 is a private-network address'],
    ['https://192.168.1.20/hook', '192.168.1.20 is a private-network address'],
    ['http://172.20.0.1/hook', '172.20.0.1 is a private-network address'],
    [
      'http://169.254.169.254/latest/meta-data/',
      '169.254.169.254 is a link-local address (where cloud metadata services such as 169.254.169.254 live)',
    ],
    ['http://0.0.0.0/hook', '0.0.0.0 is the unspecified address'],
    ['http://[::1]/hook', '::1 is a loopback address'],
    ['http://[fc00::1]/hook', 'fc00::1 is a unique-local (private) IPv6 address'],
    [
      'http://[fe80::1]/hook',
      'fe80::1 is a link-local address (where cloud metadata services such as 169.254.169.254 live)',
    ],
    ['http://[::ffff:127.0.0.1]/hook', '127.0.0.1 is a loopback address'],
    [
      'http://[::ffff:169.254.169.254]/hook',
      '169.254.169.254 is a link-local address (where cloud metadata services such as 169.254.169.254 live)',
    ],
    ['http://localhost:3000/hook', 'host "localhost" resolves to 127.0.0.1, a loopback address'],
  ])('should answer 422 naming the url when it is %s', async (url, why) => {
    const response = await subscribe(url).expect(422);
    expect(response.body).toEqual({
      statusCode: 422,
      code: 'VALIDATION_FAILED',
      message: 'The request has problems; each is listed.',
      details: { problems: [{ field: 'url', message: `${why}; ${HINT}` }] },
    });
  });

  it('should answer 422 when the host does not resolve, and 201 for a public address', async () => {
    const unresolvable = await subscribe('https://no-such-host.invalid/hook').expect(422);
    expect(unresolvable.body.details.problems).toEqual([
      {
        field: 'url',
        message: expect.stringMatching(/^host "no-such-host\.invalid" does not resolve/) as string,
      },
    ]);
    const created = await subscribe('https://93.184.216.34/hook').expect(201);
    // Deactivated at once: nothing here may try to reach the outside world.
    await t.as(organizer).delete(`/webhooks/${created.body.id}`).expect(200);
  });

  describe('at delivery time', () => {
    const receiver = new WebhookReceiver();
    const notification = (key: string): CaseNotification => ({
      key: `${campaignId}|${key}`,
      kind: 'CHASE',
      campaignId,
      workflowId: `case:${campaignId}:ssrf-c1`,
      communityId: 'ssrf-c1',
      communityPath: `${STREET}ssrf-c1/`,
      audience: { kind: 'COMMUNITY' },
      title: '催办',
      body: '请尽快申报',
    });
    const deliveryOf = async (key: string) =>
      (
        await t.harness.dataSource.query(
          `SELECT d.status, d.attempts, d.last_error FROM outbox_delivery d
             JOIN outbox_message m ON m.id = d.message_id WHERE m.key = $1 AND d.channel = 'WEBHOOK'`,
          [`${campaignId}|${key}`],
        )
      )[0] as { status: string; attempts: number; last_error: string | null };

    beforeAll(async () => {
      await receiver.start();
    });
    afterAll(async () => {
      await receiver.stop();
    });

    it('should refuse and record a delivery whose host resolved publicly when subscribed but privately now', async () => {
      // DNS rebinding: at subscription time "localhost" answers with a public address …
      const webhooks = t.app.get(WebhooksService);
      webhooks.resolveAll = () => Promise.resolve([{ address: '93.184.216.34', family: 4 }]);
      const url = receiver.url.replace('127.0.0.1', 'localhost');
      try {
        receiver.secret = (await subscribe(url).expect(201)).body.secret;
      } finally {
        webhooks.resolveAll = systemResolveAll;
      }
      // … and at delivery time it resolves (as the system resolver really does) to 127.0.0.1.
      await new NotificationActivities(new CaseNotificationRepository(t.harness.dataSource)).notify(
        notification('rebound'),
      );
      const guarded = new OutboxDispatcher(new OutboxDeliveryRepository(t.harness.dataSource), {
        ...loadConfig(process.env),
        SMTP_URL: undefined,
      });
      await guarded.drainOnce();
      await guarded.stop();

      expect(receiver.counts.requests).toBe(0);
      expect(await deliveryOf('rebound')).toEqual({
        status: 'PENDING',
        attempts: 1,
        last_error: `refused: host "localhost" resolves to 127.0.0.1, a loopback address; ${HINT}`,
      });
      const listed = await t.as(organizer).get(`/webhooks?limit=50`).expect(200);
      const subscription = (listed.body as { id: string; url: string }[]).find((row) => row.url === url)!;
      const [shown] = (await t.as(organizer).get(`/webhooks/${subscription.id}/deliveries`).expect(200)).body;
      expect(shown.lastError).toMatch(/^refused: host "localhost" resolves to 127\.0\.0\.1/);

      // The same delivery goes through once the operator allows that network: the refusal was the guard's.
      const allowing = new OutboxDispatcher(new OutboxDeliveryRepository(t.harness.dataSource), {
        ...loadConfig({ ...process.env, WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1/32' }),
        SMTP_URL: undefined,
      });
      await allowing.drainOnce(new Date(Date.now() + 3_600_000));
      await allowing.stop();
      expect(receiver.shown.has(`${campaignId}|rebound`)).toBe(true);
      expect((await deliveryOf('rebound')).status).toBe('DELIVERED');
    });

    it('should refuse, without connecting, a subscription stored before the guard that names a metadata address', async () => {
      await t.harness.dataSource.query(
        `INSERT INTO webhook_subscription (name, url, secret, event_types, campaign_id, created_by)
         VALUES ('旧订阅', 'http://169.254.169.254/latest/meta-data/', 'whsec_old', '{*}', $1, 'test')`,
        [campaignId],
      );
      await new NotificationActivities(new CaseNotificationRepository(t.harness.dataSource)).notify(
        notification('metadata'),
      );
      const dispatcher = new OutboxDispatcher(new OutboxDeliveryRepository(t.harness.dataSource), {
        ...loadConfig(process.env),
        SMTP_URL: undefined,
      });
      await dispatcher.drainOnce(new Date(Date.now() + 7_200_000));
      await dispatcher.stop();
      const rows: { last_error: string }[] = await t.harness.dataSource.query(
        `SELECT d.last_error FROM outbox_delivery d JOIN outbox_message m ON m.id = d.message_id
           JOIN webhook_subscription s ON s.id::text = d.target
          WHERE m.key = $1 AND s.name = '旧订阅'`,
        [`${campaignId}|metadata`],
      );
      expect(rows).toEqual([
        {
          last_error: `refused: 169.254.169.254 is a link-local address (where cloud metadata services such as 169.254.169.254 live); ${HINT}`,
        },
      ]);
    });
  });
});
