import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DeliveryChannel } from '../entities/outbox-delivery.entity';

/** How one attempt settles its delivery (the dispatcher's retry policy decides). */
export type DeliverySettlement =
  | { status: 'DELIVERED'; deliveredAt: Date }
  | { status: 'PENDING'; nextAttemptAt: Date; error: string }
  | { status: 'FAILED'; error: string };

/** A webhook subscription as a delivery reads it. */
export interface WebhookTarget {
  id: string;
  url: string;
  secret: string;
  active: boolean;
}

/** A delivery the dispatcher holds for one attempt, with its message. */
export interface ClaimedDelivery {
  id: string;
  channel: DeliveryChannel;
  target: string;
  /** Counting this attempt. */
  attempts: number;
  key: string;
  type: string;
  occurredAt: string;
  payload: Record<string, unknown>;
}

// Takes the due pending deliveries of one channel that no other dispatcher holds (SKIP LOCKED), counts
// the attempt and leases them: until the lease runs out nobody else claims them, and if this process
// dies mid-send they come due again by themselves (at least once).
const CLAIM = `
  UPDATE outbox_delivery d
     SET attempts = d.attempts + 1, next_attempt_at = $3::timestamptz + make_interval(secs => $4::double precision / 1000)
    FROM (SELECT id FROM outbox_delivery
           WHERE channel = $1 AND status = 'PENDING' AND next_attempt_at <= $3::timestamptz
           ORDER BY next_attempt_at, id
           LIMIT $2
           FOR UPDATE SKIP LOCKED) due,
         outbox_message m
   WHERE d.id = due.id AND m.id = d.message_id
  RETURNING d.id, d.channel, d.target, d.attempts, m.key, m.type, m.occurred_at, m.payload`;

// One statement settles a whole batch. A late result of an attempt whose lease ran out and that was
// claimed again (attempts moved on) only counts if it is a success. Only a delivery still PENDING keeps a
// next attempt; a delivered or failed one has none (null).
const SETTLE = `
  UPDATE outbox_delivery d
     SET status = r.status,
         next_attempt_at = r."nextAttemptAt",
         last_error = CASE WHEN r.status = 'DELIVERED' THEN d.last_error ELSE r.error END,
         delivered_at = r."deliveredAt",
         finished_at = CASE WHEN r.status = 'PENDING' THEN NULL ELSE now() END
    FROM jsonb_to_recordset($1::jsonb)
      AS r(id bigint, attempts integer, status text, error text, "nextAttemptAt" timestamptz, "deliveredAt" timestamptz)
   WHERE d.id = r.id AND d.status = 'PENDING' AND (r.status = 'DELIVERED' OR d.attempts = r.attempts)`;

interface ClaimedRow {
  id: string;
  channel: DeliveryChannel;
  target: string;
  attempts: number;
  key: string;
  type: string;
  occurred_at: Date;
  payload: Record<string, unknown>;
}

/**
 * The dispatcher's SQL: claim a batch of due deliveries, read the webhook subscriptions they go to, then
 * record how each attempt went.
 */
@Injectable()
export class OutboxDeliveryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async claim(
    channel: DeliveryChannel,
    now: Date,
    limit: number,
    leaseMs: number,
  ): Promise<ClaimedDelivery[]> {
    // pg returns [rows, affected] for UPDATE … RETURNING.
    const [rows] = await this.dataSource.query<[ClaimedRow[], number]>(CLAIM, [
      channel,
      limit,
      now.toISOString(),
      leaseMs,
    ]);
    return rows.map(({ occurred_at, ...row }) => ({ ...row, occurredAt: occurred_at.toISOString() }));
  }

  async settle(results: { delivery: ClaimedDelivery; settlement: DeliverySettlement }[]): Promise<void> {
    if (results.length === 0) return;
    const rows = results.map(({ delivery, settlement }) => ({
      id: delivery.id,
      attempts: delivery.attempts,
      status: settlement.status,
      error: settlement.status === 'DELIVERED' ? null : settlement.error.slice(0, 1000),
      nextAttemptAt: settlement.status === 'PENDING' ? settlement.nextAttemptAt.toISOString() : null,
      deliveredAt: settlement.status === 'DELIVERED' ? settlement.deliveredAt.toISOString() : null,
    }));
    await this.dataSource.query(SETTLE, [JSON.stringify(rows)]);
  }

  /** The subscriptions of these ids (one statement for a batch), by id; unknown ids absent. */
  async webhookTargets(ids: string[]): Promise<Map<string, WebhookTarget>> {
    const rows: WebhookTarget[] = await this.dataSource.query(
      `SELECT id::text AS id, url, secret, active FROM webhook_subscription WHERE id::text = ANY($1::text[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }
}
