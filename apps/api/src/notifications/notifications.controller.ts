import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedActor, CurrentActor } from '../auth/authenticated-actor';
import { InboxQueryDto } from './inbox-query.dto';
import { InboxPageView, NotificationView } from './notification.view';
import { InboxPage, NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  /** The newest messages first, with the unread count. */
  @Get()
  @ApiOkResponse({ type: InboxPageView })
  inbox(@CurrentActor() actor: AuthenticatedActor, @Query() query: InboxQueryDto): Promise<InboxPage> {
    return this.notifications.inbox(actor.userId, query.unread, query.limit);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOkResponse({ type: NotificationView })
  markRead(@CurrentActor() actor: AuthenticatedActor, @Param('id') id: string) {
    return this.notifications.markRead(actor.userId, id);
  }
}
