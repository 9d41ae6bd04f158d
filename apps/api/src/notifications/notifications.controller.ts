import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuthenticatedActor, CurrentActor } from '../auth/authenticated-actor';
import { InboxQueryDto } from './inbox-query.dto';
import { InboxPage, NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  /** The newest messages first, with the unread count. */
  @Get()
  inbox(@CurrentActor() actor: AuthenticatedActor, @Query() query: InboxQueryDto): Promise<InboxPage> {
    return this.notifications.inbox(actor.userId, query.unread, query.limit);
  }

  @Post(':id/read')
  @HttpCode(200)
  markRead(@CurrentActor() actor: AuthenticatedActor, @Param('id') id: string) {
    return this.notifications.markRead(actor.userId, id);
  }
}
