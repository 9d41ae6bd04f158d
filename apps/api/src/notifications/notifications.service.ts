import { Injectable } from '@nestjs/common';
import { DomainError, DomainErrorCode } from '@app/domain';
import { NotificationRepository } from '@app/persistence';
import { InboxPageView, NotificationView } from './notification.view';
import { notificationViewOf } from './notification.mapper';

export type InboxPage = InboxPageView;

/** The caller's in-app inbox (reminders, escalations, chases); one user never sees another's. */
@Injectable()
export class NotificationsService {
  constructor(private readonly notifications: NotificationRepository) {}

  async inbox(userId: string, unreadOnly: boolean, limit: number): Promise<InboxPage> {
    const { items, unread } = await this.notifications.inbox(userId, unreadOnly, limit);
    return { items: items.map(notificationViewOf), unread };
  }

  async markRead(userId: string, id: string): Promise<NotificationView> {
    const notification = /^\d{1,18}$/.test(id) ? await this.notifications.findInInbox(userId, id) : null;
    if (!notification)
      throw new DomainError(DomainErrorCode.NOT_FOUND, `No notification ${id} in your inbox`);
    if (notification.readAt === null) {
      notification.readAt = new Date();
      await this.notifications.markRead(userId, id, notification.readAt);
    }
    return notificationViewOf(notification);
  }
}
