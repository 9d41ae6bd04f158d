import { createServer as createHttpServer, ServerResponse } from 'node:http';
import { AddressInfo, createServer as createTcpServer, Server as TcpServer, Socket } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { CaseNotification, CaseStage, closureEventKey } from '@app/domain';
import {
  CaseNotificationRepository,
  CaseProjectionRepository,
  OutboxDeliveryRepository,
} from '@app/persistence';
import * as contract from '@app/workflows/community-case/community-case.contract';
import { CaseProjectionActivities } from '../../apps/worker/src/activities/case-projection.activities';
import { NotificationActivities } from '../../apps/worker/src/activities/notification.activities';
import { DrainResult, OutboxDispatcher } from '../../apps/worker/src/outbox/outbox-dispatcher.service';
import { confirm, FULL_MARKS, inspect, toInspection } from '../support/case-driver';
import { ORGANIZER as ORGANIZER_ACTOR, startCase } from '../support/case-fixtures';
import { eventually } from '../support/eventually';
import { WebhookReceiver } from '../support/webhook-receiver';
import {
  as,
  clerk,
  createCampaign,
  NOWHERE,
  organizer,
  outboxConfig,
  query,
  STREET_A,
  subscribe,
  t,
  treeCase,
  useWebhooksWorld,
} from '../support/webhooks-world';

// Ids prefixed wh- so this file's tree never meets another spec file's in the shared database. Every
// describe here drains the whole outbox of the shared database, so they stay in one file (one at a time);
// managing subscriptions is in webhooks-subscriptions.e2e-spec.ts.
describe('outbox delivery (real API, worker, Temporal, PostgreSQL and a local HTTP receiver)', () => {
  useWebhooksWorld('wh');

  describe('delivery to a receiver that is down for a while', () => {
    const receiver = new WebhookReceiver();
    let campaignId: string;
    let subscriptionId: string;
    let dispatcher: OutboxDispatcher;
    let produced: { key: string; type: string }[];
    let awardSeq: number;

    /** Passes of drainOnce at a fixed clock until nothing is due at that time (bounded). */
    async function drainAt(clock: number): Promise<DrainResult> {
      const total: DrainResult = { claimed: 0, delivered: 0, retrying: 0, failed: 0 };
      for (let pass = 0; pass < 50; pass += 1) {
        const result = await dispatcher.drainOnce(new Date(clock));
        if (result.claimed === 0) return total;
        for (const name of Object.keys(total) as (keyof DrainResult)[]) total[name] += result[name];
      }
      throw new Error('the outbox did not drain in 50 passes');
    }
    const deliveries = (status: string) =>
      as(organizer).get(`/webhooks/${subscriptionId}/deliveries?status=${status}&limit=200`).expect(200);

    beforeAll(async () => {
      await receiver.start();
      campaignId = await createCampaign();
      const subscription = await subscribe(campaignId, receiver.url);
      subscriptionId = subscription.id;
      receiver.secret = subscription.secret;
      await query(`UPDATE app_user SET email = 'clerk@wh.test' WHERE username = $1`, [clerk.username]);
      dispatcher = new OutboxDispatcher(
        new OutboxDeliveryRepository(t.harness.dataSource),
        outboxConfig({ OUTBOX_BATCH_SIZE: 4, OUTBOX_RETRY_BASE_MS: 1_000, OUTBOX_RETRY_CAP_MS: 60_000 }),
      );

      // Case 1 is awarded; case 2 misses its application deadline; case 3 is chased, then withdrawn.
      const awarded = await startCase(t.harness, treeCase(campaignId, 'wh-a1'));
      await toInspection(awarded.handle);
      await inspect(awarded.handle, [FULL_MARKS]);
      await confirm(awarded.handle);
      const base = treeCase(campaignId, 'wh-a2');
      const missed = await startCase(t.harness, {
        ...base,
        schedule: { ...base.schedule, applicationDueAt: new Date(Date.now() + 1_500).toISOString() },
      });
      const chased = await startCase(t.harness, treeCase(campaignId, 'wh-a3'));
      await chased.handle.executeUpdate(contract.chaseUpdate, {
        args: [{ message: '请尽快申报', actor: ORGANIZER_ACTOR }],
      });
      await chased.handle.executeUpdate(contract.withdrawCaseUpdate, {
        args: [{ reason: '撤销', actor: ORGANIZER_ACTOR }],
      });
      const final = await awarded.handle.result();
      expect(final.stage).toBe(CaseStage.AWARDED);
      awardSeq = final.seq;
      expect((await missed.handle.result()).stage).toBe(CaseStage.NOT_APPLIED);
      expect((await chased.handle.result()).stage).toBe(CaseStage.WITHDRAWN);
      produced = await query('SELECT key, type FROM outbox_message WHERE campaign_id = $1 ORDER BY id', [
        campaignId,
      ]);
    });
    afterAll(async () => {
      await receiver.stop();
    });

    it('should produce every kind of event from the real case workflows, keyed by workflow, seq and type (closures by closure)', () => {
      expect(new Set(produced.map((message) => message.type))).toEqual(
        new Set([
          'case.stage_changed',
          'case.submission_received',
          'case.award_granted',
          'case.deadline_missed',
          'notification.created',
        ]),
      );
      const awardKey = produced.find((message) => message.type === 'case.award_granted')!.key;
      expect(awardKey).toBe(
        closureEventKey(contract.caseWorkflowId(campaignId, 'wh-a1'), 'case.award_granted'),
      );
      const submissions = produced.filter((message) => message.type === 'case.submission_received');
      expect(submissions.every((message) => /#\d+#case\.submission_received$/.test(message.key))).toBe(true);
    });

    it('should enqueue no e-mail when SMTP_URL is unset, even for a recipient with an address', async () => {
      const emails = await query(
        `SELECT d.id FROM outbox_delivery d JOIN outbox_message m ON m.id = d.message_id
          WHERE m.campaign_id = $1 AND d.channel = 'EMAIL'`,
        [campaignId],
      );
      expect(emails).toEqual([]);
    });

    it('should write nothing twice when the activity is retried with the same change', async () => {
      const [row] = await query<{ snapshot: { workflowId: string; seq: number; award: unknown } }>(
        `SELECT snapshot FROM case_projection WHERE campaign_id = $1 AND community_id = 'wh-a1'`,
        [campaignId],
      );
      const state = row.snapshot as unknown as Parameters<
        CaseProjectionActivities['recordCaseChange']
      >[0]['state'];
      const event = {
        workflowId: state.workflowId,
        campaignId,
        communityId: 'wh-a1',
        seq: state.seq,
        action: 'AWARD',
        actor: { userId: 'system', role: 'SYSTEM', displayName: '系统' },
        stageBefore: 'NOTICE',
        stageAfter: 'AWARDED',
        payload: null,
        at: new Date().toISOString(),
      };
      await new CaseProjectionActivities(new CaseProjectionRepository(t.harness.dataSource)).recordCaseChange(
        { state, events: [event] },
      );
      const count = async () =>
        query<{ messages: string; deliveries: string }>(
          `SELECT count(DISTINCT m.id) AS messages, count(d.id) AS deliveries
             FROM outbox_message m LEFT JOIN outbox_delivery d ON d.message_id = m.id WHERE m.campaign_id = $1`,
          [campaignId],
        );
      expect(await count()).toEqual([
        { messages: String(produced.length), deliveries: String(produced.length) },
      ]);
    });

    it('should retry while the receiver answers 503 or refuses connections, then deliver every event once it is back', async () => {
      let clock = Date.now();
      receiver.down = true;
      expect(await drainAt(clock)).toMatchObject({ delivered: 0, failed: 0 });
      expect(receiver.counts.refusedWhileDown).toBe(produced.length);
      const afterFirst = (await deliveries('PENDING')).body as {
        attempts: number;
        lastError: string;
        nextAttemptAt: string | null;
      }[];
      expect(afterFirst).toHaveLength(produced.length);
      expect(afterFirst.every((d) => d.attempts === 1 && d.lastError === 'HTTP 503')).toBe(true);
      // A pending delivery says when it is tried next: after the backoff from this attempt.
      expect(afterFirst.every((d) => d.nextAttemptAt !== null && Date.parse(d.nextAttemptAt) > clock)).toBe(
        true,
      );

      await receiver.stop();
      clock += 61_000;
      expect(await drainAt(clock)).toMatchObject({ delivered: 0, failed: 0 });
      const afterSecond = (await deliveries('PENDING')).body as { attempts: number; lastError: string }[];
      expect(afterSecond.every((d) => d.attempts === 2 && /ECONNREFUSED/.test(d.lastError))).toBe(true);

      // Back up, but the answer to the award event is lost once: it is redelivered, and shown once.
      await receiver.start();
      receiver.down = false;
      const awardKey = produced.find((message) => message.type === 'case.award_granted')!.key;
      receiver.loseAnswerFor.add(awardKey);
      clock += 61_000;
      await drainAt(clock);
      clock += 61_000;
      await drainAt(clock);

      expect(new Set(receiver.shown.keys())).toEqual(new Set(produced.map((message) => message.key)));
      expect(receiver.counts).toMatchObject({ badSignatures: 0, duplicates: 1 });
      const perMessage = await query<{ key: string; delivered: string; total: string }>(
        `SELECT m.key, count(*) FILTER (WHERE d.status = 'DELIVERED') AS delivered, count(*) AS total
           FROM outbox_message m JOIN outbox_delivery d ON d.message_id = m.id AND d.target = $2
          WHERE m.campaign_id = $1 GROUP BY m.key`,
        [campaignId, subscriptionId],
      );
      expect(perMessage).toHaveLength(produced.length);
      expect(perMessage.every((row) => row.delivered === '1' && row.total === '1')).toBe(true);
      expect((await deliveries('PENDING')).body).toEqual([]);
      // Delivered: no next attempt is shown (none will be made), and when it was delivered is.
      const delivered = (await deliveries('DELIVERED')).body as {
        nextAttemptAt: string | null;
        deliveredAt: string | null;
      }[];
      expect(delivered).toHaveLength(produced.length);
      expect(delivered.every((d) => d.nextAttemptAt === null && d.deliveredAt !== null)).toBe(true);
    });

    it('should show no next attempt for a delivery that FAILED, after its last attempt or on deactivation', async () => {
      const campaignId = await createCampaign();
      const refused = await subscribe(campaignId, NOWHERE);
      const deactivated = await subscribe(campaignId, NOWHERE);
      const key = `${campaignId}|failed`;
      await new NotificationActivities(new CaseNotificationRepository(t.harness.dataSource)).notify({
        key,
        kind: 'CHASE',
        campaignId,
        workflowId: contract.caseWorkflowId(campaignId, 'wh-a1'),
        communityId: 'wh-a1',
        communityPath: `${STREET_A}wh-a1/`,
        audience: { kind: 'COMMUNITY' },
        title: '催办',
        body: '请尽快申报',
      });
      await as(organizer).delete(`/webhooks/${deactivated.id}`).expect(200);
      const lastAttempt = new OutboxDispatcher(
        new OutboxDeliveryRepository(t.harness.dataSource),
        outboxConfig({ OUTBOX_MAX_ATTEMPTS: 1 }),
      );
      await lastAttempt.drainOnce();
      await lastAttempt.stop();

      for (const { id } of [refused, deactivated]) {
        const listed = (await as(organizer).get(`/webhooks/${id}/deliveries`).expect(200)).body;
        expect(listed).toEqual([
          expect.objectContaining({ messageKey: key, status: 'FAILED', nextAttemptAt: null }),
        ]);
      }
      const stored = await query<{ next_attempt_at: Date | null }>(
        `SELECT d.next_attempt_at FROM outbox_delivery d JOIN outbox_message m ON m.id = d.message_id WHERE m.key = $1`,
        [key],
      );
      expect(stored).toEqual([{ next_attempt_at: null }, { next_attempt_at: null }]);
    });

    it('should send the documented body and headers, the key as id, and the award with its certificate', () => {
      const award = [...receiver.shown.values()].find((event) => event.type === 'case.award_granted')!;
      expect(award.body).toEqual({
        id: award.key,
        type: 'case.award_granted',
        occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as string,
        data: expect.objectContaining({
          campaignId,
          communityId: 'wh-a1',
          seq: awardSeq,
          action: 'AWARD',
          stageBefore: 'NOTICE',
          stageAfter: 'AWARDED',
          award: expect.objectContaining({
            certificateNumber: expect.stringMatching(/^PA-\d{4}-wh-a1$/) as string,
          }) as object,
        }) as object,
      });
      const missed = [...receiver.shown.values()].find((event) => event.type === 'case.deadline_missed')!;
      expect(missed.body.data).toMatchObject({
        communityId: 'wh-a2',
        deadline: 'application',
        stageAfter: 'NOT_APPLIED',
      });
      const chase = [...receiver.shown.values()].find((event) => event.type === 'notification.created')!;
      expect(chase.body.data).toMatchObject({ kind: 'CHASE', audience: 'COMMUNITY', communityId: 'wh-a3' });
      // The page it is about, as a path for the console and as an address for a reader outside it.
      expect(chase.body.data.link).toMatch(/^\/console\/my\/[^/]+$/);
      expect(chase.body.data.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/console\/my\/[^/]+$/);
    });
  });

  describe('a receiver that never answers', () => {
    it('should cut the attempt off after WEBHOOK_TIMEOUT_MS without holding up another subscriber', async () => {
      const receiver = new WebhookReceiver();
      await receiver.start();
      const requests = new Set<ServerResponse>();
      const silent = createHttpServer((_request, response) => void requests.add(response));
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      try {
        const campaignId = await createCampaign();
        const silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/hooks`;
        const mute = await subscribe(campaignId, silentUrl);
        receiver.secret = (await subscribe(campaignId, receiver.url)).secret;
        const key = `${campaignId}|timeout`;
        await new NotificationActivities(new CaseNotificationRepository(t.harness.dataSource)).notify({
          key,
          kind: 'CHASE',
          campaignId,
          workflowId: contract.caseWorkflowId(campaignId, 'wh-a1'),
          communityId: 'wh-a1',
          communityPath: `${STREET_A}wh-a1/`,
          audience: { kind: 'COMMUNITY' },
          title: '催办',
          body: '请尽快申报',
        });

        const dispatcher = new OutboxDispatcher(
          new OutboxDeliveryRepository(t.harness.dataSource),
          outboxConfig({ WEBHOOK_TIMEOUT_MS: 300 }),
        );
        await dispatcher.drainOnce();
        await dispatcher.stop();

        expect(receiver.shown.has(key)).toBe(true);
        expect(requests.size).toBe(1);
        const [stuck] = (await as(organizer).get(`/webhooks/${mute.id}/deliveries`).expect(200)).body;
        expect(stuck).toMatchObject({
          messageKey: key,
          status: 'PENDING',
          attempts: 1,
          lastError: 'no answer within 300 ms',
        });
        await as(organizer).delete(`/webhooks/${mute.id}`).expect(200);
      } finally {
        silent.closeAllConnections();
        await new Promise((resolve) => silent.close(resolve));
        await receiver.stop();
      }
    });
  });

  describe('e-mail alongside webhooks', () => {
    const receiver = new WebhookReceiver();
    let campaignId: string;

    function notification(key: string): CaseNotification {
      return {
        key: `${campaignId}|${key}`,
        kind: 'ESCALATION',
        campaignId,
        workflowId: `case/${campaignId}/wh-a1`,
        communityId: 'wh-a1',
        communityPath: `${STREET_A}wh-a1/`,
        audience: { kind: 'ORGANIZERS' },
        title: '督办：wh-a1 自查逾期',
        body: '请督促社区尽快提交自查报告',
      };
    }
    const delivery = async (key: string, channel: string) =>
      (
        await query<{ status: string; attempts: number; last_error: string | null; target: string }>(
          `SELECT d.status, d.attempts, d.last_error, d.target FROM outbox_delivery d
             JOIN outbox_message m ON m.id = d.message_id WHERE m.key = $1 AND d.channel = $2`,
          [`${campaignId}|${key}`, channel],
        )
      )[0];

    beforeAll(async () => {
      await receiver.start();
      campaignId = await createCampaign();
      receiver.secret = (await subscribe(campaignId, receiver.url, ['notification.created'])).secret;
      await query(`UPDATE app_user SET email = 'Organizer@WH.test' WHERE username = $1`, [
        organizer.username,
      ]);
    });
    afterAll(async () => {
      await receiver.stop();
    });

    it('should deliver webhooks while the SMTP server hangs, and record the e-mail failure for a retry', async () => {
      const sockets = new Set<Socket>();
      const blackHole: TcpServer = createTcpServer((socket) => void sockets.add(socket));
      await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
      const smtpUrl = `smtp://127.0.0.1:${(blackHole.address() as { port: number }).port}`;
      await new NotificationActivities(
        new CaseNotificationRepository(t.harness.dataSource),
        outboxConfig({ SMTP_URL: smtpUrl }),
      ).notify(notification('hang'));
      expect(await delivery('hang', 'EMAIL')).toMatchObject({
        status: 'PENDING',
        target: 'organizer@wh.test',
      });

      const dispatcher = new OutboxDispatcher(
        new OutboxDeliveryRepository(t.harness.dataSource),
        outboxConfig({ SMTP_URL: smtpUrl, SMTP_TIMEOUT_MS: 30_000, OUTBOX_POLL_MS: 50 }),
      );
      dispatcher.start();
      try {
        await eventually(() => expect(receiver.shown.has(`${campaignId}|hang`)).toBe(true));
        await eventually(() => expect(sockets.size).toBeGreaterThan(0));
        expect(await delivery('hang', 'EMAIL')).toMatchObject({
          status: 'PENDING',
          attempts: 1,
          last_error: null,
        });
        // The SMTP server drops the connection: the attempt fails and is scheduled again.
        for (const socket of sockets) socket.destroy();
        await eventually(async () => expect((await delivery('hang', 'EMAIL')).last_error).not.toBeNull());
        expect(await delivery('hang', 'WEBHOOK')).toMatchObject({ status: 'DELIVERED', attempts: 1 });
      } finally {
        await dispatcher.stop();
        await new Promise((resolve) => blackHole.close(resolve));
      }
    });

    it('should e-mail each recipient with an address through a real SMTP server', async () => {
      const received: string[] = [];
      const smtp = new SMTPServer({
        disabledCommands: ['AUTH', 'STARTTLS'],
        logger: false,
        onData(stream, _session, callback) {
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            received.push(Buffer.concat(chunks).toString('utf8'));
            callback();
          });
        },
      });
      await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
      const smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as { port: number }).port}`;
      try {
        await new NotificationActivities(
          new CaseNotificationRepository(t.harness.dataSource),
          outboxConfig({ SMTP_URL: smtpUrl }),
        ).notify(notification('sent'));
        const dispatcher = new OutboxDispatcher(
          new OutboxDeliveryRepository(t.harness.dataSource),
          outboxConfig({ SMTP_URL: smtpUrl }),
        );
        await dispatcher.drainOnce(new Date(Date.now() + 3_600_000));
        await dispatcher.stop();

        expect(await delivery('sent', 'EMAIL')).toMatchObject({
          status: 'DELIVERED',
          target: 'organizer@wh.test',
        });
        const mail = received.find((raw) => raw.includes(`X-Chuangjian-Delivery: ${campaignId}|sent`));
        expect(mail).toMatch(/^To: organizer@wh\.test$/m);
        expect(receiver.shown.has(`${campaignId}|sent`)).toBe(true);
      } finally {
        await new Promise<void>((resolve) => smtp.close(() => resolve()));
      }
    });
  });
});
