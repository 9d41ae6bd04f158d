import { EntityManager } from 'typeorm';
import type { DomainEvent } from '@app/domain';

/**
 * One webhook delivery per active subscription that wants a message of the CTE `message` (id, type,
 * campaign_id): its campaign or every campaign, its types or '*'. The one place that rule lives.
 */
export const WEBHOOK_DELIVERIES_FROM_MESSAGE = `
  INSERT INTO outbox_delivery (message_id, channel, target)
  SELECT m.id, 'WEBHOOK', s.id::text
    FROM message m
    JOIN webhook_subscription s
      ON s.active
     AND (s.campaign_id IS NULL OR s.campaign_id = m.campaign_id)
     AND ('*' = ANY (s.event_types) OR m.type = ANY (s.event_types))
  ON CONFLICT (message_id, channel, target) DO NOTHING`;

// Each event once per key; then one webhook delivery per active subscription that wants it (its
// campaign or every campaign, its types or '*'). One statement, so a retry finds both or neither.
const ENQUEUE_EVENTS = `
  WITH message AS (
    INSERT INTO outbox_message (key, type, campaign_id, payload, occurred_at)
    SELECT e.key, e.type, e."campaignId", e.data, e."occurredAt"
      FROM jsonb_to_recordset($1::jsonb)
        AS e(key text, type text, "campaignId" text, "occurredAt" timestamptz, data jsonb)
    ON CONFLICT (key) DO NOTHING
    RETURNING id, type, campaign_id
  )
  ${WEBHOOK_DELIVERIES_FROM_MESSAGE}`;

// An e-mail copy of a notification to each inbox owner with an address; the inbox rows (same key)
// are the recipients, so the audience rule lives in one place.
const ENQUEUE_EMAILS = `
  INSERT INTO outbox_delivery (message_id, channel, target)
  SELECT DISTINCT m.id, 'EMAIL', lower(u.email)
    FROM outbox_message m
    JOIN notification n ON n.key = m.key
    JOIN app_user u ON u.id = n.user_id
   WHERE m.key = $1 AND u.email IS NOT NULL AND u.email <> ''
  ON CONFLICT (message_id, channel, target) DO NOTHING`;

/**
 * Writes outbound messages and their deliveries inside the caller's transaction (the outbox): what is
 * committed with the change is delivered later by the dispatcher, at least once. Idempotent by key.
 */
export class OutboxWriter {
  /** Domain events of one committed step, with a delivery to every matching webhook subscription. */
  async enqueue(manager: EntityManager, events: DomainEvent[]): Promise<void> {
    if (events.length === 0) return;
    await manager.query(ENQUEUE_EVENTS, [JSON.stringify(events)]);
  }

  /** A notification's outbound copy; with `email`, also an e-mail to each recipient that has an address. */
  async enqueueNotification(
    manager: EntityManager,
    event: DomainEvent,
    { email }: { email: boolean },
  ): Promise<void> {
    await this.enqueue(manager, [event]);
    if (email) await manager.query(ENQUEUE_EMAILS, [event.key]);
  }
}
