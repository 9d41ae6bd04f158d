import { Body, Controller, Delete, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UserRole } from '@app/persistence';
import { AuthenticatedActor, CurrentActor } from '../auth/authenticated-actor';
import { Roles } from '../auth/roles.decorator';
import { CreateWebhookDto, DeliveryListQueryDto } from './webhook.dto';
import { CreatedWebhookView, DeliveryView, WebhookView } from './webhook.view';
import { WebhooksService } from './webhooks.service';

/** Integrators' endpoints for domain events, signed with a per-subscription secret (see the README). */
@ApiTags('webhooks')
@ApiBearerAuth()
@Roles(UserRole.ADMIN, UserRole.ORGANIZER)
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @ApiOperation({ summary: 'Subscribes a URL to event types; the answer carries the signing secret, once' })
  @ApiCreatedResponse({ type: CreatedWebhookView })
  create(
    @CurrentActor() actor: AuthenticatedActor,
    @Body() body: CreateWebhookDto,
  ): Promise<CreatedWebhookView> {
    return this.webhooks.create(actor, body);
  }

  @Get()
  @ApiOkResponse({ type: [WebhookView] })
  list(@CurrentActor() actor: AuthenticatedActor): Promise<WebhookView[]> {
    return this.webhooks.list(actor);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Deactivates the subscription; its pending deliveries become FAILED' })
  @ApiOkResponse({ type: WebhookView })
  deactivate(@CurrentActor() actor: AuthenticatedActor, @Param('id') id: string): Promise<WebhookView> {
    return this.webhooks.deactivate(actor, id);
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: 'Newest deliveries first, with attempts and the last error' })
  @ApiOkResponse({ type: [DeliveryView] })
  deliveries(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('id') id: string,
    @Query() query: DeliveryListQueryDto,
  ): Promise<DeliveryView[]> {
    return this.webhooks.deliveriesOf(actor, id, query);
  }
}
