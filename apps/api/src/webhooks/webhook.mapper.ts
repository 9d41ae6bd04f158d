import type { OutboxDeliveryEntity, WebhookSubscriptionEntity } from '@app/persistence';
import type { DeliveryView, WebhookView } from './webhook.view';

export function webhookViewOf(row: WebhookSubscriptionEntity): WebhookView {
  const { id, name, url, eventTypes, campaignId, active, createdBy, createdAt, deactivatedAt } = row;
  return {
    id,
    name,
    url,
    eventTypes,
    campaignId,
    active,
    createdBy,
    createdAt: createdAt.toISOString(),
    deactivatedAt: deactivatedAt?.toISOString() ?? null,
  };
}

export function deliveryViewOf(row: OutboxDeliveryEntity): DeliveryView {
  return {
    id: row.id,
    messageKey: row.message?.key ?? '',
    type: row.message?.type ?? '',
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
    lastError: row.lastError,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
