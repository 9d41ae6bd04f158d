import type { CaseNotification } from '../case/reminders';
import type { DomainEvent } from './case-domain-events';

/** The outbound copy of an in-app message (reminder, escalation, chase), keyed like the inbox row. */
export function notificationDomainEvent(notification: CaseNotification, occurredAt: string): DomainEvent {
  const { key, kind, campaignId, workflowId, communityId, audience, title, body } = notification;
  return {
    key,
    type: 'notification.created',
    campaignId,
    occurredAt,
    data: { key, kind, campaignId, workflowId, communityId, audience: audience.kind, title, body },
  };
}
