import { Controller, Get, HttpCode, Param, ParseBoolPipe, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AuthenticatedActor, CurrentActor } from '../auth/authenticated-actor';
import { InboxPage, NotificationsService } from './notifications.service';
import { InboxPageView, NotificationView } from './notification.view';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  /** The newest messages first, with the unread count. */
  @Get()
  @ApiQuery({ name: 'unread', required: false, type: Boolean })
  @ApiQuery({ name: 'limit', required: false, type: Number })
  @ApiOkResponse({ type: InboxPageView })
  inbox(
    @CurrentActor() actor: AuthenticatedActor,
    @Query('unread', new ParseBoolPipe({ optional: true })) unread?: boolean,
    @Query('limit', new ParseIntPipe({ optional: true })) limit?: number,
  ): Promise<InboxPage> {
    return this.notifications.inbox(actor.userId, unread ?? false, Math.min(Math.max(limit ?? 50, 1), 200));
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOkResponse({ type: NotificationView })
  markRead(@CurrentActor() actor: AuthenticatedActor, @Param('id') id: string) {
    return this.notifications.markRead(actor.userId, id);
  }
}
