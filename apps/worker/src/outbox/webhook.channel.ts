import { DataSource } from 'typeorm';
import { DeliveryChannel } from '@app/persistence';
import { DeliveryChannelAdapter, describeFailure, errorName } from './delivery-channel';
import type { ClaimedDelivery } from './outbox-delivery.repository';
import type { DeliveryOutcome } from './retry-backoff';
import { signWebhook } from './webhook-signature';

interface Subscription {
  id: string;
  url: string;
  secret: string;
  active: boolean;
}

/** The body a receiver gets; `id` is the message key, the same on every retry. */
export function webhookBody(delivery: ClaimedDelivery): string {
  const { key, type, occurredAt, payload } = delivery;
  return JSON.stringify({ id: key, type, occurredAt, data: payload });
}

/** HTTP POST of each message to its subscription's URL, signed with the subscription's secret; 2xx is success. */
export class WebhookChannel implements DeliveryChannelAdapter {
  readonly channel = DeliveryChannel.WEBHOOK;

  constructor(
    private readonly dataSource: DataSource,
    private readonly timeoutMs: number,
  ) {}

  async deliver(batch: ClaimedDelivery[]): Promise<DeliveryOutcome[]> {
    const subscriptions = await this.subscriptions(batch.map((delivery) => delivery.target));
    return Promise.all(batch.map((delivery) => this.post(delivery, subscriptions.get(delivery.target))));
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  private async post(delivery: ClaimedDelivery, subscription?: Subscription): Promise<DeliveryOutcome> {
    if (!subscription?.active) return { ok: false, error: 'subscription deactivated', final: true };
    const body = webhookBody(delivery);
    const timestamp = String(Math.floor(Date.now() / 1000));
    try {
      const response = await fetch(subscription.url, {
        method: 'POST',
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'chuangjian-webhooks/1',
          'X-Chuangjian-Event': delivery.type,
          'X-Chuangjian-Delivery': delivery.key,
          'X-Chuangjian-Timestamp': timestamp,
          'X-Chuangjian-Signature': signWebhook(subscription.secret, timestamp, body),
        },
      });
      await response.body?.cancel();
      return response.ok ? { ok: true } : { ok: false, error: `HTTP ${response.status}` };
    } catch (error) {
      const timedOut = errorName(error) === 'TimeoutError';
      return {
        ok: false,
        error: timedOut ? `no answer within ${this.timeoutMs} ms` : describeFailure(error),
      };
    }
  }

  private async subscriptions(ids: string[]): Promise<Map<string, Subscription>> {
    const rows: Subscription[] = await this.dataSource.query(
      `SELECT id::text AS id, url, secret, active FROM webhook_subscription WHERE id::text = ANY($1::text[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }
}
