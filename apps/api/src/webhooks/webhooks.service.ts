import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { DomainError, DomainErrorCode, Problem, validateWebhookSubscription } from '@app/domain';
import {
  DeliveryChannel,
  DeliveryStatus,
  OutboxDeliveryEntity,
  UserRole,
  WebhookSubscriptionEntity,
} from '@app/persistence';
import { AuditService, SYSTEM_AUDIT_CHAIN } from '../audit/audit.service';
import { AuthenticatedActor } from '../auth/authenticated-actor';
import { CampaignAccess } from '../campaigns/campaign-access.service';
import { CreateWebhookDto, DeliveryListQueryDto } from './webhook.dto';
import { CreatedWebhookView, DeliveryView, deliveryViewOf, WebhookView, webhookViewOf } from './webhook.view';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Webhook subscriptions (integrators' endpoints for domain events). An ADMIN may subscribe to every
 * campaign; an ORGANIZER to one campaign of its jurisdiction, and sees only those.
 */
@Injectable()
export class WebhooksService {
  constructor(
    @InjectRepository(WebhookSubscriptionEntity)
    private readonly subscriptions: Repository<WebhookSubscriptionEntity>,
    @InjectRepository(OutboxDeliveryEntity) private readonly deliveries: Repository<OutboxDeliveryEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly campaigns: CampaignAccess,
    private readonly audit: AuditService,
  ) {}

  /** Creates an active subscription and answers its secret, once; 422 lists every problem. */
  async create(actor: AuthenticatedActor, dto: CreateWebhookDto): Promise<CreatedWebhookView> {
    const draft = {
      url: dto.url,
      eventTypes: [...new Set(dto.eventTypes)],
      campaignId: dto.campaignId ?? null,
    };
    const problems: Problem[] = validateWebhookSubscription(draft);
    if (draft.campaignId === null && actor.role !== UserRole.ADMIN) {
      problems.push({
        field: 'campaignId',
        message: 'an organizer subscribes to one campaign of its jurisdiction',
      });
    }
    if (problems.length > 0) throw DomainError.validation(problems);
    if (draft.campaignId !== null) await this.campaigns.find(actor, draft.campaignId, 'MANAGE');
    const secret = `whsec_${randomBytes(24).toString('base64url')}`;
    return this.dataSource.transaction(async (tx) => {
      const repository = tx.getRepository(WebhookSubscriptionEntity);
      const row = await repository.save(
        repository.create({ ...draft, name: dto.name, secret, active: true, createdBy: actor.userId }),
      );
      const view = webhookViewOf(row);
      const { id, name, url, eventTypes, campaignId } = view;
      await this.audit.record(
        actor,
        {
          action: 'CREATE_WEBHOOK',
          campaignId: campaignId ?? SYSTEM_AUDIT_CHAIN,
          payload: { id, name, url, eventTypes },
        },
        tx,
      );
      return { ...view, secret };
    });
  }

  /** The subscriptions the caller may manage, newest first. */
  async list(actor: AuthenticatedActor): Promise<WebhookView[]> {
    const order = { createdAt: 'DESC' as const, id: 'ASC' as const };
    if (actor.role === UserRole.ADMIN) return (await this.subscriptions.find({ order })).map(webhookViewOf);
    const visible = await this.campaigns.visible(actor, 'MANAGE').select('c.id').getMany();
    const rows = await this.subscriptions.find({
      where: { campaignId: In(visible.map((c) => c.id)) },
      order,
    });
    return rows.map(webhookViewOf);
  }

  /** Stops deliveries: the subscription turns inactive and its pending deliveries FAILED. */
  async deactivate(actor: AuthenticatedActor, id: string): Promise<WebhookView> {
    const row = await this.find(actor, id);
    if (!row.active) return webhookViewOf(row);
    return this.dataSource.transaction(async (tx) => {
      await tx.query(`UPDATE webhook_subscription SET active = false, deactivated_at = now() WHERE id = $1`, [
        id,
      ]);
      await tx.query(
        `UPDATE outbox_delivery SET status = 'FAILED', next_attempt_at = NULL, last_error = 'subscription deactivated'
          WHERE channel = 'WEBHOOK' AND target = $1 AND status = 'PENDING'`,
        [id],
      );
      const campaignId = row.campaignId ?? SYSTEM_AUDIT_CHAIN;
      await this.audit.record(actor, { action: 'DEACTIVATE_WEBHOOK', campaignId, payload: { id } }, tx);
      return webhookViewOf(await tx.getRepository(WebhookSubscriptionEntity).findOneByOrFail({ id }));
    });
  }

  /** The subscription's newest deliveries, optionally of one status, with attempts and the last error. */
  async deliveriesOf(
    actor: AuthenticatedActor,
    id: string,
    query: DeliveryListQueryDto,
  ): Promise<DeliveryView[]> {
    await this.find(actor, id);
    const status: DeliveryStatus | undefined = query.status;
    const rows = await this.deliveries.find({
      where: { channel: DeliveryChannel.WEBHOOK, target: id, ...(status ? { status } : {}) },
      relations: { message: true },
      order: { id: 'DESC' },
      take: query.limit,
    });
    return rows.map(deliveryViewOf);
  }

  /** The subscription if the caller may manage it; 404 otherwise, so ids outside scope do not leak. */
  private async find(actor: AuthenticatedActor, id: string): Promise<WebhookSubscriptionEntity> {
    const row = UUID.test(id) ? await this.subscriptions.findOneBy({ id }) : null;
    const notFound = new DomainError(DomainErrorCode.NOT_FOUND, `No webhook subscription ${id}`);
    if (row === null) throw notFound;
    if (actor.role === UserRole.ADMIN) return row;
    if (row.campaignId === null) throw notFound;
    await this.campaigns.find(actor, row.campaignId, 'MANAGE').catch(() => {
      throw notFound;
    });
    return row;
  }
}
