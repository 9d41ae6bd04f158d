import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { AddressPolicy } from '@app/net';
import { OutboxDeliveryRepository } from '@app/persistence';
import { DeliveryChannelAdapter } from './delivery-channel';
import { EmailChannel } from './email.channel';
import { RetryPolicy, settle, Settlement } from './retry-backoff';
import { WebhookChannel } from './webhook.channel';

/** What one pass did: deliveries claimed, and how each attempt ended. */
export interface DrainResult {
  claimed: number;
  delivered: number;
  retrying: number;
  failed: number;
}

const NOTHING: DrainResult = { claimed: 0, delivered: 0, retrying: 0, failed: 0 };

function summaryOf(settlements: Settlement[]): DrainResult {
  const count = (status: Settlement['status']) => settlements.filter((s) => s.status === status).length;
  return {
    claimed: settlements.length,
    delivered: count('DELIVERED'),
    retrying: count('PENDING'),
    failed: count('FAILED'),
  };
}

/**
 * Delivers the outbox: one loop per channel claims small batches of due deliveries, attempts them
 * concurrently and records each outcome (delivered, retried with backoff, or FAILED after the last
 * attempt). Channels never wait on each other, and any number of workers can run it side by side.
 */
@Injectable()
export class OutboxDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxDispatcher.name);
  private readonly channels: DeliveryChannelAdapter[];
  private readonly policy: RetryPolicy;
  private readonly leaseMs: number;
  private loops: Promise<void>[] = [];
  private readonly sleepers = new Set<() => void>();
  private stopping = false;

  constructor(
    private readonly deliveries: OutboxDeliveryRepository,
    private readonly config: AppConfig,
  ) {
    const policy = new AddressPolicy(config.WEBHOOK_ALLOWED_NETWORKS);
    this.channels = [new WebhookChannel(deliveries, { timeoutMs: config.WEBHOOK_TIMEOUT_MS, policy })];
    if (config.SMTP_URL) {
      const { SMTP_URL: smtpUrl, SMTP_FROM: from, SMTP_TIMEOUT_MS: timeoutMs } = config;
      this.channels.push(new EmailChannel({ smtpUrl, from, timeoutMs }));
    }
    this.policy = {
      maxAttempts: config.OUTBOX_MAX_ATTEMPTS,
      baseMs: config.OUTBOX_RETRY_BASE_MS,
      capMs: config.OUTBOX_RETRY_CAP_MS,
    };
    // Longer than any one attempt can take (SMTP: connect, greeting, then each command), so a held
    // delivery is only claimed again if this process died.
    this.leaseMs = 3 * Math.max(config.WEBHOOK_TIMEOUT_MS, config.SMTP_TIMEOUT_MS) + 30_000;
  }

  onApplicationBootstrap(): void {
    this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  /** Starts the background loops (one per channel). */
  start(): void {
    this.stopping = false;
    this.loops = this.channels.map((channel) => this.run(channel));
    this.logger.log({ channels: this.channels.map((c) => c.channel) }, 'Outbox dispatcher running');
  }

  /** Stops the loops after their current batch (each attempt is bounded by its timeout). */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const wake of [...this.sleepers]) wake();
    await Promise.all(this.loops);
    this.loops = [];
    await Promise.all(this.channels.map((channel) => channel.close()));
  }

  /** One batch per channel, all channels at once, as of `now` (tests pass their own clock). */
  async drainOnce(now = new Date()): Promise<DrainResult> {
    const results = await Promise.all(this.channels.map((channel) => this.drainChannel(channel, now)));
    return results.reduce(
      (sum, r) => ({
        claimed: sum.claimed + r.claimed,
        delivered: sum.delivered + r.delivered,
        retrying: sum.retrying + r.retrying,
        failed: sum.failed + r.failed,
      }),
      NOTHING,
    );
  }

  private async drainChannel(channel: DeliveryChannelAdapter, now: Date): Promise<DrainResult> {
    const { OUTBOX_BATCH_SIZE: batchSize } = this.config;
    const batch = await this.deliveries.claim(channel.channel, now, batchSize, this.leaseMs);
    if (batch.length === 0) return NOTHING;
    const started = Date.now();
    const outcomes = await channel.deliver(batch);
    // Retries are scheduled from the end of the attempt, on the caller's clock.
    const settledAt = new Date(now.getTime() + (Date.now() - started));
    const results = batch.map((delivery, index) => ({
      delivery,
      settlement: settle(outcomes[index], delivery.attempts, settledAt, this.policy),
    }));
    await this.deliveries.settle(results);
    for (const { delivery, settlement } of results) {
      if (settlement.status !== 'FAILED') continue;
      const { id, channel: via, target, key, attempts } = delivery;
      this.logger.warn(
        { id, channel: via, target, key, attempts, error: settlement.error },
        'Delivery given up',
      );
    }
    return summaryOf(results.map((result) => result.settlement));
  }

  private async run(channel: DeliveryChannelAdapter): Promise<void> {
    while (!this.stopping) {
      let claimed = 0;
      try {
        claimed = (await this.drainChannel(channel, new Date())).claimed;
      } catch (error) {
        this.logger.error({ err: error, channel: channel.channel }, 'Outbox pass failed; trying again');
      }
      // A full batch means more may be due: go again at once; otherwise wait for the next poll.
      if (claimed < this.config.OUTBOX_BATCH_SIZE) await this.pause();
    }
  }

  private pause(): Promise<void> {
    if (this.stopping) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, this.config.OUTBOX_POLL_MS);
      this.sleepers.add(wake);
    });
  }
}
