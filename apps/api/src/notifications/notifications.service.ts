import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { DomainError, DomainErrorCode } from '@app/domain';
import { NotificationEntity } from '@app/persistence';
import { InboxPageView, NotificationView } from './notification.view';
import { notificationViewOf } from './notification.mapper';

export type InboxPage = InboxPageView;

/** The caller's in-app inbox (reminders, escalations, chases); one user never sees another's. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
  ) {}

  async inbox(userId: string, unreadOnly: boolean, limit: number): Promise<InboxPage> {
    const where = unreadOnly ? { userId, readAt: IsNull() } : { userId };
    const [items, unread] = await Promise.all([
      this.notifications.find({ where, order: { id: 'DESC' }, take: limit }),
      this.notifications.count({ where: { userId, readAt: IsNull() } }),
    ]);
    return { items: items.map(notificationViewOf), unread };
  }

  async markRead(userId: string, id: string): Promise<NotificationView> {
    const notification = /^\d{1,18}$/.test(id)
      ? await this.notifications.findOne({ where: { id, userId } })
      : null;
    if (!notification)
      throw new DomainError(DomainErrorCode.NOT_FOUND, `No notification ${id} in your inbox`);
    if (notification.readAt === null) {
      notification.readAt = new Date();
      await this.notifications.update({ id, userId }, { readAt: notification.readAt });
    }
    return notificationViewOf(notification);
  }
}
