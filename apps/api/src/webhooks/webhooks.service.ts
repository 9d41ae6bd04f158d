import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { DomainError, DomainErrorCode, Problem, validateWebhookSubscription } from '@app/domain';
import { AddressPolicy, AddressRefusedError, checkedAddresses, hostOf, systemResolveAll } from '@app/net';
import {
  DeliveryStatus,
  Transactions,
  UserRole,
  WebhookSubscriptionEntity,
  WebhookSubscriptionRepository,
} from '@app/persistence';
import { AuditService, SYSTEM_AUDIT_CHAIN } from '../audit/audit.service';
import { AuthenticatedActor } from '../auth/authenticated-actor';
import { CampaignAccess } from '../campaigns/campaign-access.service';
import { CreateWebhookDto, DeliveryListQueryDto } from './webhook.dto';
import { CreatedWebhookView, DeliveryView, WebhookView } from './webhook.view';
import { deliveryViewOf, webhookViewOf } from './webhook.mapper';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Webhook subscriptions (integrators' endpoints for domain events). An ADMIN may subscribe to every
 * campaign; an ORGANIZER to one campaign of its jurisdiction, and sees only those.
 */
@Injectable()
export class WebhooksService {
  private readonly policy: AddressPolicy;
  /** How host names resolve; tests may swap in their own DNS. */
  resolveAll = systemResolveAll;

  constructor(
    private readonly subscriptions: WebhookSubscriptionRepository,
    private readonly transactions: Transactions,
    private readonly campaigns: CampaignAccess,
    private readonly audit: AuditService,
    config: AppConfig,
  ) {
    this.policy = new AddressPolicy(config.WEBHOOK_ALLOWED_NETWORKS);
  }

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
    if (!problems.some((problem) => problem.field === 'url')) {
      problems.unshift(...(await this.addressProblems(draft.url)));
    }
    if (problems.length > 0) throw DomainError.validation(problems);
    if (draft.campaignId !== null) await this.campaigns.find(actor, draft.campaignId, 'MANAGE');
    const secret = `whsec_${randomBytes(24).toString('base64url')}`;
    return this.transactions.run(async (tx) => {
      const row = await this.subscriptions.insert(tx, {
        ...draft,
        name: dto.name,
        secret,
        active: true,
        createdBy: actor.userId,
      });
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
    if (actor.role === UserRole.ADMIN) return (await this.subscriptions.all()).map(webhookViewOf);
    const managed = await this.campaigns.managedIds(actor);
    const rows = await this.subscriptions.ofCampaigns(managed);
    return rows.map(webhookViewOf);
  }

  /** Stops deliveries: the subscription turns inactive and its pending deliveries FAILED. */
  async deactivate(actor: AuthenticatedActor, id: string): Promise<WebhookView> {
    const row = await this.find(actor, id);
    if (!row.active) return webhookViewOf(row);
    return this.transactions.run(async (tx) => {
      await this.subscriptions.deactivate(tx, id);
      const campaignId = row.campaignId ?? SYSTEM_AUDIT_CHAIN;
      await this.audit.record(actor, { action: 'DEACTIVATE_WEBHOOK', campaignId, payload: { id } }, tx);
      return webhookViewOf(await this.subscriptions.getById(tx, id));
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
    const rows = await this.subscriptions.deliveries(id, status, query.limit);
    return rows.map(deliveryViewOf);
  }

  /**
   * SSRF: the URL's host must resolve only to addresses the policy allows (public unicast, or a network
   * in WEBHOOK_ALLOWED_NETWORKS). Checked again at every delivery, where the connection is pinned to
   * the checked address; this check tells the subscriber now.
   */
  private async addressProblems(url: string): Promise<Problem[]> {
    try {
      await checkedAddresses(hostOf(new URL(url)), this.policy, this.resolveAll);
      return [];
    } catch (error) {
      if (error instanceof AddressRefusedError) return [{ field: 'url', message: error.message }];
      throw error;
    }
  }

  /** The subscription if the caller may manage it; 404 otherwise, so ids outside scope do not leak. */
  private async find(actor: AuthenticatedActor, id: string): Promise<WebhookSubscriptionEntity> {
    const row = UUID.test(id) ? await this.subscriptions.findById(id) : null;
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
