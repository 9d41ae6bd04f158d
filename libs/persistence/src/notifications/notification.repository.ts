import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository } from 'typeorm';
import { NotificationEntity } from '../entities/notification.entity';

/** Every statement on the in-app inboxes (notification) that the API runs. */
@Injectable()
export class NotificationRepository {
  private readonly notifications: Repository<NotificationEntity>;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.notifications = dataSource.getRepository(NotificationEntity);
  }

  /** The newest `limit` of a user's notifications (unread only, if asked), and how many are unread. */
  async inbox(
    userId: string,
    unreadOnly: boolean,
    limit: number,
  ): Promise<{ items: NotificationEntity[]; unread: number }> {
    const where = unreadOnly ? { userId, readAt: IsNull() } : { userId };
    const [items, unread] = await Promise.all([
      this.notifications.find({ where, order: { id: 'DESC' }, take: limit }),
      this.notifications.count({ where: { userId, readAt: IsNull() } }),
    ]);
    return { items, unread };
  }

  /** One notification of the user's inbox, or null. */
  findInInbox(userId: string, id: string): Promise<NotificationEntity | null> {
    return this.notifications.findOne({ where: { id, userId } });
  }

  /** Marks one of the user's notifications read at the given time. */
  async markRead(userId: string, id: string, readAt: Date): Promise<void> {
    await this.notifications.update({ id, userId }, { readAt });
  }
}
