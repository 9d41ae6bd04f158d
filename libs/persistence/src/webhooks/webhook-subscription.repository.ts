import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { DeliveryChannel, DeliveryStatus, OutboxDeliveryEntity } from '../entities/outbox-delivery.entity';
import { WebhookSubscriptionEntity } from '../entities/webhook-subscription.entity';
import type { Transaction } from '../transactions';

const NEWEST_FIRST = { createdAt: 'DESC' as const, id: 'ASC' as const };

/** Every statement on webhook subscriptions (推送订阅) and the deliveries made to them. */
@Injectable()
export class WebhookSubscriptionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Writes a new subscription in the caller's transaction; the row as saved. */
  insert(
    transaction: Transaction,
    fields: Partial<WebhookSubscriptionEntity>,
  ): Promise<WebhookSubscriptionEntity> {
    const repository = transaction.getRepository(WebhookSubscriptionEntity);
    return repository.save(repository.create(fields));
  }

  /** Every subscription, newest first. */
  all(): Promise<WebhookSubscriptionEntity[]> {
    return this.dataSource.getRepository(WebhookSubscriptionEntity).find({ order: NEWEST_FIRST });
  }

  /** The subscriptions to any of these campaigns, newest first. */
  ofCampaigns(campaignIds: string[]): Promise<WebhookSubscriptionEntity[]> {
    return this.dataSource.getRepository(WebhookSubscriptionEntity).find({
      where: { campaignId: In(campaignIds) },
      order: NEWEST_FIRST,
    });
  }

  /** The subscription of that id, or null. */
  findById(id: string): Promise<WebhookSubscriptionEntity | null> {
    return this.dataSource.getRepository(WebhookSubscriptionEntity).findOneBy({ id });
  }

  /** The subscription of that id as the transaction sees it; throws when there is none. */
  getById(transaction: Transaction, id: string): Promise<WebhookSubscriptionEntity> {
    return transaction.getRepository(WebhookSubscriptionEntity).findOneByOrFail({ id });
  }

  /** Turns a subscription inactive and fails its pending deliveries, in the caller's transaction. */
  async deactivate(transaction: Transaction, id: string): Promise<void> {
    await transaction.query(
      `UPDATE webhook_subscription SET active = false, deactivated_at = now() WHERE id = $1`,
      [id],
    );
    await transaction.query(
      `UPDATE outbox_delivery SET status = 'FAILED', next_attempt_at = NULL, finished_at = now(),
              last_error = 'subscription deactivated'
        WHERE channel = 'WEBHOOK' AND target = $1 AND status = 'PENDING'`,
      [id],
    );
  }

  /** A subscription's newest deliveries with their messages, optionally of one status. */
  deliveries(
    id: string,
    status: DeliveryStatus | undefined,
    limit: number | undefined,
  ): Promise<OutboxDeliveryEntity[]> {
    return this.dataSource.getRepository(OutboxDeliveryEntity).find({
      where: { channel: DeliveryChannel.WEBHOOK, target: id, ...(status ? { status } : {}) },
      relations: { message: true },
      order: { id: 'DESC' },
      take: limit,
    });
  }
}
