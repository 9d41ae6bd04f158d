import type { NotificationEntity } from '@app/persistence';
import type { NotificationView } from './notification.view';

export function notificationViewOf(row: NotificationEntity): NotificationView {
  const { id, kind, campaignId, workflowId, communityId, title, body, link } = row;
  return {
    id,
    kind,
    campaignId,
    workflowId,
    communityId,
    title,
    body,
    link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}
