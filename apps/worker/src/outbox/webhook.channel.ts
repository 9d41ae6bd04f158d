import { AddressPolicy, AddressRefusedError, pinnedLookup, ResolveAll, systemResolveAll } from '@app/net';
import { ClaimedDelivery, DeliveryChannel, OutboxDeliveryRepository, WebhookTarget } from '@app/persistence';
import { DeliveryChannelAdapter, describeFailure } from './delivery-channel';
import { GuardedPoster } from './guarded-post';
import type { DeliveryOutcome } from './retry-backoff';
import { signWebhook } from './webhook-signature';

/** The body a receiver gets; `id` is the message key, the same on every retry. */
export function webhookBody(delivery: ClaimedDelivery): string {
  const { key, type, occurredAt, payload } = delivery;
  return JSON.stringify({ id: key, type, occurredAt, data: payload });
}

/** How the webhook channel reaches out: its timeout, which addresses it may reach, and how names resolve. */
export interface WebhookChannelOptions {
  timeoutMs: number;
  policy: AddressPolicy;
  /** Tests pass their own DNS; otherwise the system's. */
  resolveAll?: ResolveAll;
}

/**
 * HTTP POST of each message to its subscription's URL, signed with the subscription's secret; 2xx is
 * success. The address is checked when the connection is made (see GuardedPoster): a URL that was
 * public when subscribed but resolves to a private address now is refused, and the refusal recorded.
 */
export class WebhookChannel implements DeliveryChannelAdapter {
  readonly channel = DeliveryChannel.WEBHOOK;
  private readonly poster: GuardedPoster;

  constructor(
    private readonly deliveries: OutboxDeliveryRepository,
    { timeoutMs, policy, resolveAll = systemResolveAll }: WebhookChannelOptions,
  ) {
    this.poster = new GuardedPoster(policy, pinnedLookup(policy, resolveAll), timeoutMs);
  }

  async deliver(batch: ClaimedDelivery[]): Promise<DeliveryOutcome[]> {
    const subscriptions = await this.deliveries.webhookTargets(batch.map((delivery) => delivery.target));
    return Promise.all(batch.map((delivery) => this.post(delivery, subscriptions.get(delivery.target))));
  }

  close(): Promise<void> {
    this.poster.close();
    return Promise.resolve();
  }

  private async post(delivery: ClaimedDelivery, subscription?: WebhookTarget): Promise<DeliveryOutcome> {
    if (!subscription?.active) return { ok: false, error: 'subscription deactivated', final: true };
    const body = webhookBody(delivery);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const result = await this.poster.post(subscription.url, body, {
      'Content-Type': 'application/json',
      'User-Agent': 'chuangjian-webhooks/1',
      'X-Chuangjian-Event': delivery.type,
      'X-Chuangjian-Delivery': delivery.key,
      'X-Chuangjian-Timestamp': timestamp,
      'X-Chuangjian-Signature': signWebhook(subscription.secret, timestamp, body),
    });
    if ('error' in result) {
      // A refused address is retried like any failure (the name may be fixed), and says so.
      const refused = result.error instanceof AddressRefusedError ? 'refused: ' : '';
      return { ok: false, error: `${refused}${describeFailure(result.error)}` };
    }
    const ok = result.status >= 200 && result.status < 300;
    return ok ? { ok: true } : { ok: false, error: `HTTP ${result.status}` };
  }
}
